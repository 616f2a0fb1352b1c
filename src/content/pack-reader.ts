// Reads a story pack a teacher gives the explorer — a folder, a .zip, or a folder served next to the app — into
// its files' text, then into a validated pack. Nothing in a pack is run or rendered as HTML: every file is data,
// decoded as strict UTF-8, parsed as JSON and validated by the one schema. What cannot be read at all (no
// pack.json, a zip that is too big, too many features, another origin) is refused with a message; a file that
// is unreadable or invalid costs only itself, as in the built-in pack.
import { decode, KNOWN, LIMITS, mb, PackRefused } from './pack-files.ts';
import { formatProblem, problemsFromZod, type Problem } from './problems.ts';
import { baseCountries, baseLines, basePoints, basePolygons, packManifest, type PackFileName, type PackManifest } from './schema.ts';
import { MAP_ONLY_FILES, nextTask, PACK_FILES, validatePackInSlices, type PackKey, type RawPack, type ValidPack } from './validate.ts';

export { filesFromFolder, filesFromUrl, LIMITS, PackRefused, sameOriginPackUrl, type PackFile } from './pack-files.ts';

/** The files the explorer needs in every pack. */
export const REQUIRED_FILES: readonly PackFileName[] = ['pack.json', 'sources.json', 'places.geojson', 'article.json'];

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

/** The pack's root inside a list of paths: the folder holding the shallowest pack.json. */
function rootOf(paths: readonly string[]): string {
  const manifests = paths.filter((p) => p === 'pack.json' || p.endsWith('/pack.json')).sort((a, b) => a.split('/').length - b.split('/').length);
  const first = manifests[0];
  if (first === undefined) throw new PackRefused('This is not a story pack: it has no pack.json.');
  return first.slice(0, first.length - 'pack.json'.length);
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
    throw new PackRefused('pack.json is not valid JSON.', [
      { file: 'pack.json', path: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` },
    ]);
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

const PART_OF: ReadonlyMap<string, PackKey> = new Map((Object.entries(PACK_FILES) as [PackKey, string][]).map(([k, f]) => [f, k]));
const MAP_ONLY_OF: ReadonlyMap<string, MapOnlyKey> = new Map((Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]).map(([k, f]) => [f, k]));
const MAP_ONLY_SCHEMA = {
  context: baseCountries,
  borders: baseLines,
  mekong: baseLines,
  rivers: baseLines,
  lakes: basePolygons,
  towns: basePoints,
  seaLabels: basePoints,
} as const;

function countFeatures(value: unknown): number {
  const features = (value as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features.length : 0;
}

/**
 * Parses a read pack and validates it with validatePack, as the built-in pack is. Base-map files the pack does
 * not hold come from `builtIn` (the explorer's own, fetched from its own origin) when pack.json says
 * "baseMap": "built-in". Refuses a pack with more than 20,000 features. A pack may be big: the page is let to
 * answer between files and between the slices of validation.
 */
export async function openPackTexts(pack: PackTexts, builtIn: { readonly baseUrl: string; readonly fetcher?: typeof fetch | undefined }): Promise<OpenedPack> {
  const problems: Problem[] = [...pack.problems];
  const raw: RawPack = {};
  const mapOnly: Partial<Record<MapOnlyKey, unknown>> = {};
  let features = 0;
  let since = performance.now();
  for (const [name, text] of Object.entries(pack.texts) as [PackFileName, string][]) {
    if (performance.now() - since > 40) {
      await nextTask();
      since = performance.now();
    }
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
  if (features > LIMITS.features)
    throw new PackRefused(
      `The pack has ${features.toLocaleString('en-GB')} features, more than the ${LIMITS.features.toLocaleString('en-GB')} the explorer opens.`,
    );

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
            problems.push({
              file: PACK_FILES[key],
              path: '(file)',
              message: `the explorer's own base map could not be read: ${e instanceof Error ? e.message : String(e)}`,
            });
          }
        }),
    );
  }
  raw.manifest = JSON.parse(pack.texts['pack.json'] ?? 'null') as unknown;
  const valid = await validatePackInSlices(raw);
  return { ...valid, mapFiles, problems: [...problems, ...valid.problems] };
}
