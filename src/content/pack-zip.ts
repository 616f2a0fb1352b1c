// Reading a story pack from a .zip: its own module, so that the zip library (fflate) is loaded only when a teacher
// opens a .zip, not with the app.
import { unzipSync } from 'fflate';
import { LIMITS, mb, PackRefused, type PackFile } from './pack-files.ts';

/** Reads a .zip's files. Refuses a zip over 25 MB, or one whose files would expand past 100 MB. */
export function filesFromZip(zip: Uint8Array): Map<string, Uint8Array> {
  if (zip.byteLength > LIMITS.zipBytes) throw new PackRefused(`The .zip is too big: ${mb(zip.byteLength)}, more than ${mb(LIMITS.zipBytes)}.`);
  let expanded = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(zip, {
      // Judged by the sizes the zip declares, before anything is expanded; only the files a pack can hold.
      filter: (f) => {
        expanded += f.originalSize;
        if (expanded > LIMITS.packBytes) throw new PackRefused(`The .zip expands to more than ${mb(LIMITS.packBytes)}: it was not opened.`);
        return !f.name.endsWith('/') && /\.(geo)?json$/i.test(f.name);
      },
    });
  } catch (e) {
    if (e instanceof PackRefused) throw e;
    throw new PackRefused(`The file is not a .zip that can be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const [name, bytes] of Object.entries(unzipped)) {
    // A zip may say one size and hold another: count what came out, too.
    total += bytes.byteLength;
    if (total > LIMITS.packBytes) throw new PackRefused(`The .zip expands to more than ${mb(LIMITS.packBytes)}: it was not opened.`);
    files.set(name, bytes);
  }
  return files;
}

/** Reads a chosen .zip file: its size is checked before it is read. */
export async function filesFromZipFile(file: PackFile): Promise<Map<string, Uint8Array>> {
  if (file.size > LIMITS.zipBytes) throw new PackRefused(`The .zip is too big: ${mb(file.size)}, more than ${mb(LIMITS.zipBytes)}.`);
  return filesFromZip(new Uint8Array(await file.arrayBuffer()));
}
