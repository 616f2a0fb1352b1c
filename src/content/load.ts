// Loads the built-in content pack over HTTP; a broken file costs only itself. The files the build validated are
// taken as they are (src/content/trusted.ts); anything else is validated in full, with the schema loaded for it.
import { BUILT_IN_DIGESTS } from 'virtual:built-in-pack';
import { MAP_ONLY_FILES, PACK_FILES, type PackKey, type RawPack } from './pack-layout.ts';
import type { MapOnlyKey, OpenedPack } from './pack-reader.ts';
import type { Problem } from './problems.ts';
import { asBuilt, trustedPack } from './trusted.ts';

/** A validated pack, with what the map draws for each base-map file: data, or the URL of a file to fetch. */
export type ContentPack = OpenedPack;

export function packUrl(baseUrl: string, file: string): string {
  return new URL(file, baseUrl).href;
}

export async function loadContent(baseUrl: string): Promise<ContentPack> {
  const fetchProblems: Problem[] = [];
  const bytes: Partial<Record<PackKey, ArrayBuffer>> = {};
  await Promise.all(
    (Object.entries(PACK_FILES) as [PackKey, string][]).map(async ([key, file]) => {
      try {
        const res = await fetch(packUrl(baseUrl, file));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        bytes[key] = await res.arrayBuffer();
      } catch (e) {
        fetchProblems.push({ file, path: '(file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` });
      }
    }),
  );
  const raw: RawPack = {};
  const decoder = new TextDecoder();
  for (const key of Object.keys(PACK_FILES) as PackKey[]) {
    const file = bytes[key];
    if (!file) continue;
    try {
      raw[key] = JSON.parse(decoder.decode(file)) as unknown;
    } catch (e) {
      fetchProblems.push({ file: PACK_FILES[key], path: '(file)', message: `could not be read: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  const valid = fetchProblems.length === 0 && (await asBuilt(bytes, BUILT_IN_DIGESTS)) ? trustedPack(raw) : (await import('./validate.ts')).validatePack(raw);
  const mapFiles = Object.fromEntries((Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]).map(([k, f]) => [k, packUrl(baseUrl, f)])) as Record<
    MapOnlyKey,
    string
  >;
  return { ...valid, mapFiles, problems: [...fetchProblems, ...valid.problems] };
}
