// Reads a story pack a teacher gives the explorer — a folder, a .zip, or a folder served next to the app — into
// its files' text, then into a validated pack. Nothing in a pack is run or rendered as HTML: every file is data,
// decoded as strict UTF-8, parsed as JSON and validated by the one schema. What cannot be read at all (no
// pack.json, a zip that is too big, too many features, another origin) is refused with a message; a file that
// is unreadable or invalid costs only itself, as in the built-in pack.
import { unzipSync } from 'fflate';
import { formatProblem, problemsFromZod, type Problem } from './problems.ts';
import { baseLines, basePoints, basePolygons, packManifest, PACK_FILE_NAMES, type PackFileName, type PackManifest } from './schema.ts';
import { MAP_ONLY_FILES, PACK_FILES, validatePack, type PackKey, type RawPack, type ValidPack } from './validate.ts';

export const LIMITS = {
  /** A .zip larger than this is refused before it is opened. */
  zipBytes: 25 * 1024 * 1024,
  /** A pack whose files add up to more than this (a zip's expanded size, or a folder's) is refused. */
  packBytes: 100 * 1024 * 1024,
  /** Features across all of a pack's files. */
  features: 20_000,
} as const;

/** The files the explorer needs in every pack. */
export const REQUIRED_FILES: readonly PackFileName[] = ['pack.json', 'sources.json', 'places.geojson', 'article.json'];

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

/** A pack's files as read: path inside the pack → text. Kept on the device as it is. */
export interface PackTexts {
  readonly manifest: PackManifest;
  readonly texts: Readonly<Partial<Record<PackFileName, string>>>;
  /** Problems of reading (a file that is not UTF-8 or is missing), before validation. */
  readonly problems: readonly Problem[];
}

export type MapOnlyKey = keyof typeof MAP_ONLY_FILES;

/** A pack ready to open: validated parts, and what the map draws for each base-map file (data, or a URL). */
export interface OpenedPack extends ValidPack {
  readonly mapFiles: Readonly<Record<MapOnlyKey, unknown>>;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const KNOWN = new Set<string>(PACK_FILE_NAMES);

/** The pack's root inside a list of paths: the folder holding the shallowest pack.json. */
function rootOf(paths: readonly string[]): string {
  const manifests = paths.filter((p) => p === 'pack.json' || p.endsWith('/pack.json')).sort((a, b) => a.split('/').length - b.split('/').length);
  const first = manifests[0];
  if (first === undefined) throw new PackRefused('This is not a story pack: it has no pack.json.');
  return first.slice(0, first.length - 'pack.json'.length);
}

function decode(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/**
 * Reads a pack's files (path → bytes, as found in a folder or a zip, perhaps inside one top folder): finds its
 * pack.json, checks it, and decodes every file it lists. Refuses the pack when pack.json is missing or invalid.
 */
export function readPackFiles(files: ReadonlyMap<string, Uint8Array>): PackTexts {
  let total = 0;
  for (const bytes of files.values()) total += bytes.byteLength;
  if (total > LIMITS.packBytes) throw new PackRefused(`The pack is too big: its files add up to ${mb(total)}, more than ${mb(LIMITS.packBytes)}.`);
  const paths = [...files.keys()].map((p) => p.replace(/\\/g, '/').replace(/^\.?\//, ''));
  const root = rootOf(paths);
  const inPack = new Map<string, Uint8Array>();
  [...files.values()].forEach((bytes, i) => {
    const p = paths[i]!;
    if (p.startsWith(root)) inPack.set(p.slice(root.length), bytes);
  });

  const manifestText = decode(inPack.get('pack.json')!);
  if (manifestText === null) throw new PackRefused('pack.json is not UTF-8 text.', [{ file: 'pack.json', path: '(file)', message: 'is not UTF-8 text' }]);
  let manifestRaw: unknown;
  try {
    manifestRaw = JSON.parse(manifestText);
  } catch (e) {
    throw new PackRefused('pack.json is not valid JSON.', [{ file: 'pack.json', path: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` }]);
  }
  const parsed = packManifest.safeParse(manifestRaw);
  if (!parsed.success) {
    const problems = problemsFromZod('pack.json', parsed.error);
    throw new PackRefused(`pack.json is not valid: ${problems.map(formatProblem).slice(0, 3).join('; ')}`, problems);
  }
  const manifest = parsed.data;

  const problems: Problem[] = [];
  const texts: Partial<Record<PackFileName, string>> = { 'pack.json': manifestText };
  for (const name of REQUIRED_FILES) {
    if (!manifest.files.includes(name)) problems.push({ file: 'pack.json', path: 'files', message: `does not list ${name}, which every pack needs` });
  }
  for (const name of manifest.files) {
    if (name === 'pack.json') continue;
    const bytes = inPack.get(name);
    if (!bytes) {
      problems.push({ file: name, path: '(file)', message: 'is listed in pack.json but the pack does not contain it' });
      continue;
    }
    const text = decode(bytes);
    if (text === null) problems.push({ file: name, path: '(file)', message: 'is not UTF-8 text: it was not read' });
    else texts[name] = text;
  }
  for (const path of inPack.keys()) {
    if (KNOWN.has(path) && !manifest.files.includes(path as PackFileName) && path !== 'pack.json') {
      problems.push({ file: path, path: '(file)', message: 'is in the pack but not listed in pack.json: it was not read' });
    }
  }
  return { manifest, texts, problems };
}

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

const PART_OF: ReadonlyMap<string, PackKey> = new Map((Object.entries(PACK_FILES) as [PackKey, string][]).map(([k, f]) => [f, k]));
const MAP_ONLY_OF: ReadonlyMap<string, MapOnlyKey> = new Map((Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]).map(([k, f]) => [f, k]));
const MAP_ONLY_SCHEMA = { borders: baseLines, mekong: baseLines, rivers: baseLines, lakes: basePolygons, towns: basePoints, seaLabels: basePoints } as const;

function countFeatures(value: unknown): number {
  const features = (value as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features.length : 0;
}

/**
 * Parses a read pack and validates it with validatePack, as the built-in pack is. Base-map files the pack does
 * not hold come from `builtIn` (the explorer's own, fetched from its own origin) when pack.json says
 * "baseMap": "built-in". Refuses a pack with more than 20,000 features.
 */
export async function openPackTexts(pack: PackTexts, builtIn: { readonly baseUrl: string; readonly fetcher?: typeof fetch | undefined }): Promise<OpenedPack> {
  const problems: Problem[] = [...pack.problems];
  const raw: RawPack = {};
  const mapOnly: Partial<Record<MapOnlyKey, unknown>> = {};
  let features = 0;
  for (const [name, text] of Object.entries(pack.texts) as [PackFileName, string][]) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      problems.push({ file: name, path: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
      continue;
    }
    features += countFeatures(value);
    const part = PART_OF.get(name);
    const mapKey = MAP_ONLY_OF.get(name);
    if (part) raw[part] = value;
    else if (mapKey) {
      // The map draws these as they are: a file that does not follow the schema is not drawn.
      const r = MAP_ONLY_SCHEMA[mapKey].safeParse(value);
      if (r.success) mapOnly[mapKey] = value;
      else problems.push(...problemsFromZod(name, r.error));
    }
  }
  if (features > LIMITS.features) throw new PackRefused(`The pack has ${features.toLocaleString('en-GB')} features, more than the ${LIMITS.features.toLocaleString('en-GB')} the explorer opens.`);

  // The explorer's own base map, for the parts the pack leaves to it.
  const fetcher = builtIn.fetcher ?? fetch;
  const mapFiles = {} as Record<MapOnlyKey, unknown>;
  for (const [key, file] of Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]) {
    mapFiles[key] = mapOnly[key] ?? (pack.manifest.baseMap === 'built-in' ? new URL(file, builtIn.baseUrl).href : { type: 'FeatureCollection', features: [] });
  }
  if (pack.manifest.baseMap === 'built-in') {
    await Promise.all(
      (['countries', 'countryLabels'] as const)
        .filter((key) => raw[key] === undefined)
        .map(async (key) => {
          try {
            const res = await fetcher(new URL(PACK_FILES[key], builtIn.baseUrl).href);
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            raw[key] = (await res.json()) as unknown;
          } catch (e) {
            problems.push({ file: PACK_FILES[key], path: '(file)', message: `the explorer's own base map could not be read: ${e instanceof Error ? e.message : String(e)}` });
          }
        }),
    );
  }
  raw.manifest = JSON.parse(pack.texts['pack.json'] ?? 'null') as unknown;
  const valid = validatePack(raw);
  return { ...valid, mapFiles, problems: [...problems, ...valid.problems] };
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
