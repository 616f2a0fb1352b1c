// Parsing one file of a pack against its schema, keeping what is valid: an invalid item is dropped (and
// reported with its path in the original file) while the rest of its file is kept.
import type { z } from 'zod/mini';
import { problemsFromZod, type Problem } from './problems.ts';
import { PACK_FILES, type PackKey, type RawPack } from './pack-layout.ts';

/** Where an invalid item can be dropped while the rest of its file is kept: the length of its path prefix. */
const PRUNABLE: Readonly<Record<PackKey, (path: readonly PropertyKey[]) => number>> = {
  manifest: (p) => (p[0] === 'questions' && typeof p[1] === 'number' ? 2 : 0),
  countries: (p) => (p[0] === 'features' && typeof p[1] === 'number' ? 2 : 0),
  countryLabels: (p) => (p[0] === 'features' && typeof p[1] === 'number' ? 2 : 0),
  places: (p) => (p[0] === 'features' && typeof p[1] === 'number' ? 2 : 0),
  corridors: (p) => (p[0] === 'features' && typeof p[1] === 'number' ? 2 : 0),
  sources: (p) => (p[0] === 'sources' && typeof p[1] === 'number' ? 2 : 0),
  facts: (p) => (p[0] === 'countries' && typeof p[1] === 'number' ? 2 : 0),
  tour: (p) => (p[0] === 'steps' && typeof p[1] === 'number' ? 2 : 0),
  article: (p) => (p[0] === 'sections' && typeof p[1] === 'number' && p[2] === 'passages' && typeof p[3] === 'number' ? 4 : 0),
};

/** Removes the items at the given paths (each ending in an array index) from a deep copy of `value`. */
function without(value: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  const copy = structuredClone(value) as Record<PropertyKey, unknown>;
  const doomed = new Map<unknown[], Set<number>>();
  for (const path of paths) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)[key];
    if (!Array.isArray(parent)) continue;
    const set = doomed.get(parent) ?? new Set<number>();
    set.add(path.at(-1) as number);
    doomed.set(parent, set);
  }
  for (const [arr, idx] of doomed) {
    const kept = arr.filter((_, i) => !idx.has(i));
    arr.splice(0, arr.length, ...kept);
  }
  return copy;
}

const itemId = (x: unknown): unknown => {
  const o = x as { id?: unknown; properties?: { id?: unknown } } | null;
  return o?.properties?.id ?? o?.id;
};

/** indexMap's answers, by the kept list (each problem of a file asks for the same one). */
const indexMaps = new WeakMap<readonly unknown[], { readonly raw: unknown; readonly map: number[] }>();

/** For items kept after pruning, their index in the file as written (so problems point at the right line). */
function indexMap(rawItems: unknown, kept: readonly unknown[]): number[] {
  const known = indexMaps.get(kept);
  if (known && known.raw === rawItems) return known.map;
  const map = computeIndexMap(rawItems, kept);
  indexMaps.set(kept, { raw: rawItems, map });
  return map;
}

function computeIndexMap(rawItems: unknown, kept: readonly unknown[]): number[] {
  const all = Array.isArray(rawItems) ? rawItems : [];
  const out: number[] = [];
  let j = 0;
  for (const item of kept) {
    while (j < all.length && itemId(all[j]) !== itemId(item)) j++;
    out.push(j < all.length ? j : out.length);
    j++;
  }
  return out;
}

/**
 * Parses one file. Every problem is reported; an invalid feature, passage, country or source is dropped and
 * the rest of the file is kept. A file whose envelope is wrong is dropped whole.
 */
export function parse<S extends z.ZodMiniType>(key: PackKey, raw: RawPack, schema: S, problems: Problem[]): z.infer<S> | null {
  if (!(key in raw) || raw[key] === undefined) return null;
  let value: unknown = raw[key];
  let r = schema.safeParse(value);
  if (r.success) return r.data as z.infer<S>;
  problems.push(...problemsFromZod(PACK_FILES[key], r.error));
  for (let round = 0; round < 3 && !r.success; round++) {
    const paths = r.error.issues.map((i) => i.path.slice(0, PRUNABLE[key](i.path)));
    if (paths.some((p) => p.length === 0)) return null;
    value = without(value, paths);
    r = schema.safeParse(value);
  }
  return r.success ? (r.data as z.infer<S>) : null;
}

/** Features parsed at a time in a big feature collection: each slice is parsed as a collection of its own. */
const FEATURES_PER_SLICE = 500;

/**
 * Parses one file as `parse` does; a feature collection with many features a slice at a time, with a `yield` before
 * each slice (where a caller may let the page run). `within` runs each parse (the region positions must lie in).
 */
export function* parseInSlices<S extends z.ZodMiniType>(
  key: PackKey,
  raw: RawPack,
  schema: S,
  problems: Problem[],
  within: <T>(run: () => T) => T,
): Generator<void, z.infer<S> | null> {
  const value = raw[key] as { features?: unknown } | null | undefined;
  const features = value && typeof value === 'object' ? value.features : undefined;
  if (!Array.isArray(features) || features.length <= FEATURES_PER_SLICE) return within(() => parse(key, raw, schema, problems));
  // The envelope first (a file whose envelope is wrong is dropped whole), then the features.
  const head = within(() => parse(key, { [key]: { ...value, features: [] } }, schema, problems)) as { features: unknown[] } | null;
  if (!head) return null;
  const kept: unknown[] = [];
  for (let start = 0; start < features.length; start += FEATURES_PER_SLICE) {
    yield;
    const found: Problem[] = [];
    const slice = { ...value, features: features.slice(start, start + FEATURES_PER_SLICE) };
    const part = within(() => parse(key, { [key]: slice }, schema, found)) as { features: unknown[] } | null;
    // A slice's problems name each feature by its place in the file.
    for (const p of found) problems.push({ ...p, path: p.path.replace(/^features\[(\d+)\]/, (_, i: string) => `features[${Number(i) + start}]`) });
    if (part) kept.push(...part.features);
  }
  return { ...head, features: kept } as z.infer<S>;
}

/** Geometries hold only numbers and the schema's own type names: nothing to look for in them (and most of the data). */
const SKIPPED = 'geometry';

/**
 * Calls `visit` with every `sources` array anywhere inside a value, and its path. The path is one array, changed as
 * the walk goes on: copy it to keep it. (A plain walk: a pack may hold tens of thousands of values.)
 */
export function walkSourceLists(value: unknown, visit: (ids: string[], path: readonly PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkSourceLists(value[i], visit, path);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const k in value) {
      if (k === SKIPPED) continue;
      const v = (value as Record<string, unknown>)[k];
      path.push(k);
      if (k === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) visit(v as string[], path);
      else walkSourceLists(v, visit, path);
      path.pop();
    }
  }
}

/** Calls `visit` with every string anywhere inside a value, and its path (one array, changed as the walk goes on). */
export function walkStrings(value: unknown, visit: (text: string, path: readonly PropertyKey[]) => void, path: PropertyKey[] = []): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walkStrings(value[i], visit, path);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const k in value) {
      if (k === SKIPPED) continue;
      path.push(k);
      walkStrings((value as Record<string, unknown>)[k], visit, path);
      path.pop();
    }
  }
}

/** Every `sources` array anywhere inside a value, with its path. */
export function sourceLists(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string[]][] {
  const out: [PropertyKey[], string[]][] = [];
  walkSourceLists(value, (ids, at) => out.push([[...at], ids]), [...path]);
  return out;
}

/** Every string anywhere inside a value, with its path. */
export function strings(value: unknown, path: PropertyKey[] = []): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  walkStrings(value, (text, at) => out.push([[...at], text]), [...path]);
  return out;
}

/** Maps a path inside the kept (pruned) data back to the same item in the file as written. */
export function originalPath(key: PackKey, raw: RawPack, kept: unknown, path: readonly PropertyKey[]): PropertyKey[] {
  const p = [...path];
  const r = raw[key] as Record<string, unknown> | undefined;
  const k = kept as Record<string, unknown> | null;
  if (!r || !k) return p;
  if ((p[0] === 'features' || p[0] === 'countries' || p[0] === 'sources' || p[0] === 'steps') && typeof p[1] === 'number') {
    p[1] = indexMap(r[p[0]], (k[p[0]] as unknown[]) ?? [])[p[1]] ?? p[1];
  } else if (p[0] === 'sections' && typeof p[1] === 'number' && p[2] === 'passages' && typeof p[3] === 'number') {
    const rawSection = (r['sections'] as { passages?: unknown }[] | undefined)?.[p[1]];
    const keptSection = (k['sections'] as { passages: unknown[] }[] | undefined)?.[p[1]];
    if (rawSection && keptSection) p[3] = indexMap(rawSection.passages, keptSection.passages)[p[3]] ?? p[3];
  }
  return p;
}
