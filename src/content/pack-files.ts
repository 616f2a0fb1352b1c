// Where a pack's bytes come from: a chosen .zip, a chosen folder, or a folder served next to the app (same
// origin only); each within the limits. pack-reader.ts turns the bytes into a validated pack.
import type { Problem } from './problems.ts';
import { PACK_FILE_NAMES } from './schema.ts';

export const LIMITS = {
  /** A .zip larger than this is refused before it is opened. */
  zipBytes: 25 * 1024 * 1024,
  /** A pack whose files add up to more than this (a zip's expanded size, or a folder's) is refused. */
  packBytes: 100 * 1024 * 1024,
  /** Features across all of a pack's files. */
  features: 20_000,
} as const;

/** A pack refused as a whole: nothing of it is kept or opened. */
export class PackRefused extends Error {
  constructor(
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
    this.name = 'PackRefused';
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
export const KNOWN = new Set<string>(PACK_FILE_NAMES);

export function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Something with a name and bytes: a File from a file picker or a drop. */
export interface PackFile {
  readonly name: string;
  /** The path inside the chosen folder (a file picker's webkitRelativePath), if any. */
  readonly webkitRelativePath?: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads the files of a chosen folder (or of files chosen together); only JSON files are read. */
export async function filesFromFolder(list: readonly PackFile[]): Promise<Map<string, Uint8Array>> {
  const wanted = list.filter((f) => /\.(geo)?json$/i.test(f.name));
  const total = wanted.reduce((n, f) => n + f.size, 0);
  if (total > LIMITS.packBytes) throw new PackRefused(`The folder is too big: its files add up to ${mb(total)}, more than ${mb(LIMITS.packBytes)}.`);
  const files = new Map<string, Uint8Array>();
  for (const f of wanted) files.set(f.webkitRelativePath || f.name, new Uint8Array(await f.arrayBuffer()));
  return files;
}

/** The address of a pack served next to the app (?pack=…), refused unless it is on the app's own origin. */
export function sameOriginPackUrl(param: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(param, base);
  } catch {
    throw new PackRefused(`“${param.slice(0, 100)}” is not an address the explorer can read.`);
  }
  if (url.origin !== new URL(base).origin) {
    throw new PackRefused(`The explorer opens only packs served from its own site (${new URL(base).origin}); it does not fetch “${url.origin}”.`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** Reads a pack served next to the app: its pack.json, then every file it lists. Same origin only. */
export async function filesFromUrl(param: string, base: string, fetcher: typeof fetch = fetch): Promise<Map<string, Uint8Array>> {
  const root = sameOriginPackUrl(param, base);
  const get = async (name: string): Promise<Uint8Array | null> => {
    const url = new URL(name, root);
    if (url.origin !== root.origin) return null;
    const res = await fetcher(url.href, { credentials: 'same-origin', redirect: 'error' });
    if (!res.ok) return null;
    return new Uint8Array(await res.arrayBuffer());
  };
  let manifestBytes: Uint8Array | null;
  try {
    manifestBytes = await get('pack.json');
  } catch (e) {
    throw new PackRefused(`The pack at ${root.pathname} could not be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!manifestBytes) throw new PackRefused(`There is no story pack at ${root.pathname}: it has no pack.json.`);
  const files = new Map<string, Uint8Array>([['pack.json', manifestBytes]]);
  // The list of files is read from pack.json as it is; readPackFiles checks it properly afterwards.
  let listed: unknown = null;
  const text = decode(manifestBytes);
  try {
    listed = text === null ? null : (JSON.parse(text) as { files?: unknown }).files;
  } catch {
    listed = null;
  }
  const names = Array.isArray(listed) ? listed.filter((n): n is string => typeof n === 'string' && KNOWN.has(n) && n !== 'pack.json') : [];
  let total = manifestBytes.byteLength;
  await Promise.all(
    names.map(async (name) => {
      const bytes = await get(name).catch(() => null);
      if (!bytes) return;
      total += bytes.byteLength;
      files.set(name, bytes);
    }),
  );
  if (total > LIMITS.packBytes) throw new PackRefused(`The pack is too big: its files add up to ${mb(total)}, more than ${mb(LIMITS.packBytes)}.`);
  return files;
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
