// A story pack written as a .zip that any copy of the explorer opens (src/content/pack-reader.ts reads it): one
// entry per pack file, under the names of the story-packs layout. The same pack always gives the same bytes, so a
// teacher who exports, opens and exports again gets the very same file, and two copies of a lesson can be
// compared byte for byte. Pure: no DOM (the browser's download is in download.ts).
import { zipSync, type Zippable } from 'fflate';
import { REQUIRED_FILES, type OpenedPack, type PackTexts } from '../content/pack-reader.ts';
import { formatProblem, problemsFromZod } from '../content/problems.ts';
import { PACK_FILE_NAMES, packManifest, type PackFileName } from '../content/schema.ts';
import { MAP_ONLY_FILES, PACK_FILES } from '../content/validate.ts';
import { t } from '../i18n/index.ts';

/** A pack's files: name → parsed JSON value, or the file's text (a string). Order does not matter. */
export type PackFiles = ReadonlyMap<PackFileName, unknown>;

export interface ZipOptions {
  /** Put the files in this folder inside the zip (the reader finds pack.json in it); default: at the top. */
  readonly folder?: string;
  /** Deflate level, 0 (stored) to 9; default 6. Part of what makes the bytes: keep it the same to compare. */
  readonly level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The pack cannot be written as it is (the reasons say what to fix); nothing was written. */
export class ExportRefused extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(t('lesson.exportRefused', { reasons: reasons.join('; ') }));
    this.name = 'ExportRefused';
  }
}

/**
 * Every entry gets this date. fflate writes the DOS date from the local-time fields of the Date it is given, so
 * a Date built from local fields writes the same bytes in every time zone (a fixed instant would not). Noon:
 * no time zone skips it. 1980-01-01 is the first date a zip can hold, the usual choice for reproducible zips.
 */
const ENTRY_DATE = (): Date => new Date(1980, 0, 1, 12, 0, 0);

const KNOWN = new Set<string>(PACK_FILE_NAMES);

/** Numbers, or arrays nesting only numbers (a position, a line, a ring, a box): written on one line. */
function numeric(v: readonly unknown[]): boolean {
  return v.every((x) => typeof x === 'number' || (Array.isArray(x) && numeric(x)));
}

function print(v: unknown, indent: string): string {
  if (Array.isArray(v)) {
    if (v.length === 0 || numeric(v)) return JSON.stringify(v);
    const inner = `${indent}  `;
    return `[\n${v.map((x) => inner + print(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{}';
    const inner = `${indent}  `;
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)}: ${print(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(v);
}

/**
 * The canonical text of one JSON value: JSON.stringify's two-space layout and escaping, keys in the order given,
 * except that arrays of numbers (geometry coordinates, boxes) stay on one line without spaces, as the content
 * scripts write geo/places.geojson; LF line ends, one final newline. A teacher can read and diff it; coordinates
 * do not take one line per number. The value is first passed through JSON itself, so what JSON drops or changes
 * (undefined, functions, NaN, -0, a Date's toJSON) is dropped or changed the same way the reader would see it.
 */
export function canonicalJson(value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(t('lesson.notJsonValue'));
  return `${print(JSON.parse(json), '')}\n`;
}

/** The value a file holds: its text parsed (a string is a file's text), or the value as given. */
function valueOf(name: string, value: unknown, reasons: string[]): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value.replace(/^\uFEFF/, '')) as unknown;
  } catch (e) {
    reasons.push(t('lesson.exportNotJson', { file: name, detail: e instanceof Error ? e.message : String(e) }));
    return undefined;
  }
}

/**
 * What keeps the pack from being exported (empty: it can be). The writer refuses only what the reader would
 * refuse as a whole (pack.json missing or invalid) or report about the files themselves (a needed file missing, a
 * file that is not JSON, a name the pack cannot hold); problems inside a file are the reader's to list.
 */
export function exportProblems(files: PackFiles): string[] {
  try {
    prepare(files);
    return [];
  } catch (e) {
    if (e instanceof ExportRefused) return [...e.reasons];
    throw e;
  }
}

function prepare(files: PackFiles): Map<PackFileName, string> {
  const reasons: string[] = [];
  for (const name of files.keys()) if (!KNOWN.has(name)) reasons.push(t('lesson.exportFileNotAllowed', { file: String(name) }));
  // The fixed order of the layout, whatever the map's order: pack.json first, the base map last.
  const names = PACK_FILE_NAMES.filter((n) => files.has(n));
  for (const name of REQUIRED_FILES) if (!files.has(name)) reasons.push(t('lesson.exportFileMissing', { file: name }));

  const values = new Map<PackFileName, unknown>();
  for (const name of names) {
    const value = valueOf(name, files.get(name), reasons);
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
      if (typeof files.get(name) !== 'string') reasons.push(t('lesson.exportNothingToWrite', { file: name }));
      continue;
    }
    values.set(name, value);
  }

  // pack.json lists exactly the files written, in their order, so the reader finds none missing and none unlisted.
  // Its place among the manifest's keys is kept (spreading keeps an existing key where it was).
  const manifest = values.get('pack.json');
  if (manifest !== undefined) {
    if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) reasons.push(t('lesson.exportManifestNotObject'));
    else {
      const listed = { ...(manifest as Record<string, unknown>), files: [...values.keys()] };
      values.set('pack.json', listed);
      const checked = packManifest.safeParse(listed);
      if (!checked.success) reasons.push(...problemsFromZod('pack.json', checked.error).map(formatProblem));
    }
  }
  if (reasons.length > 0) throw new ExportRefused(reasons);

  const texts = new Map<PackFileName, string>();
  for (const [name, value] of values) {
    try {
      texts.set(name, canonicalJson(value));
    } catch (e) {
      reasons.push(t('lesson.exportCannotWrite', { file: name, detail: e instanceof Error ? e.message : String(e) }));
    }
  }
  if (reasons.length > 0) throw new ExportRefused(reasons);
  return texts;
}

/**
 * The canonical text of each file, in the layout's order, with pack.json's `files` set to the files there are.
 * Throws ExportRefused (with every reason) when the pack cannot be exported: see exportProblems.
 */
export function packFileTexts(files: PackFiles): ReadonlyMap<PackFileName, string> {
  return prepare(files);
}

/** The pack as the bytes of a .zip the explorer opens (Stories → Choose a .zip…). Throws ExportRefused. */
export function packZip(files: PackFiles, o: ZipOptions = {}): Uint8Array {
  const folder = o.folder ? `${o.folder.replace(/^\/+|\/+$/g, '')}/` : '';
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  // fflate writes the entries in the object's key order: the layout's order, as prepare() gives it.
  for (const [name, text] of prepare(files)) {
    entries[`${folder}${name}`] = [encoder.encode(text), { level: o.level ?? 6, mtime: ENTRY_DATE() }];
  }
  return zipSync(entries);
}

/** The name the downloaded file gets: the pack's id (a slug, safe as a file name), else a name in the interface's language. */
export function zipFileName(files: PackFiles): string {
  const manifest = valueOf('pack.json', files.get('pack.json'), []) as { id?: unknown } | null | undefined;
  const id = typeof manifest?.id === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(manifest.id) ? manifest.id : t('lesson.zipFallbackName');
  return `${id}.zip`;
}

/** A read pack's files (pack-reader's readPackFiles, or a pack kept on the device): each text parsed as it is. */
export function filesFromTexts(texts: PackTexts['texts']): Map<PackFileName, unknown> {
  const files = new Map<PackFileName, unknown>();
  for (const name of PACK_FILE_NAMES) {
    const text = texts[name];
    if (text === undefined) continue;
    try {
      files.set(name, JSON.parse(text) as unknown);
    } catch {
      files.set(name, text); // kept as text: export names it, and nothing the teacher wrote is lost
    }
  }
  return files;
}

const PART_OF = new Map<string, keyof typeof PACK_FILES>(Object.entries(PACK_FILES).map(([k, f]) => [f, k as keyof typeof PACK_FILES]));
const MAP_ONLY_OF = new Map<string, keyof typeof MAP_ONLY_FILES>(Object.entries(MAP_ONLY_FILES).map(([k, f]) => [f, k as keyof typeof MAP_ONLY_FILES]));

/**
 * An opened pack's files as the reader validated them: what the explorer shows. The schema orders each object's
 * keys its own way and drops what is invalid (an item, or a whole file), so this may differ from the files as
 * written; exported, it gives a pack that exports again to the same bytes. Only files pack.json lists are taken:
 * the base-map files a "built-in" pack borrows from the explorer are not the pack's.
 */
export function filesFromPack(pack: OpenedPack): Map<PackFileName, unknown> {
  const files = new Map<PackFileName, unknown>();
  const listed = new Set<string>(pack.manifest?.files ?? []);
  for (const name of PACK_FILE_NAMES) {
    if (!listed.has(name)) continue;
    const part = PART_OF.get(name);
    const mapKey = MAP_ONLY_OF.get(name);
    let value: unknown = null;
    if (part === 'sources') value = { sources: [...pack.sources.values()] };
    else if (part) value = pack[part];
    // A base-map file the pack holds is data; one it leaves to the explorer is the address of the explorer's own.
    else if (mapKey && typeof pack.mapFiles[mapKey] !== 'string') value = pack.mapFiles[mapKey];
    if (value !== null && value !== undefined) files.set(name, value);
  }
  return files;
}
