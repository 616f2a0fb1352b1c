// Validates a whole content pack: each file against its schema, then the links between files
// (sources, waypoints, passage links). Used by the app at load, by the tests and by `npm run validate`.
import type { z } from 'zod/mini';
import { formatPath, problemsFromZod, type Problem } from './problems.ts';
import type { CorridorStatus } from './types.ts';
import {
  articleFile,
  baseCountries,
  baseCountryLabels,
  corridorsFile,
  countriesFile,
  packManifest,
  placesFile,
  sourcesFile,
  tourFile,
  withRegion,
  MARKUP,
  type ArticleFile,
  type BaseCountries,
  type BaseCountryLabels,
  type CorridorsFile,
  type CountriesFile,
  type PackManifest,
  type PlacesFile,
  type Source,
  type TourFile,
} from './schema.ts';

/** The files of a pack that the app validates and uses itself (the rest of geo/base goes straight to the map). */
export const PACK_FILES = {
  /** The pack's manifest: its titles, extent, first view, comparison, kinds and types, and its list of files. */
  manifest: 'pack.json',
  countries: 'base/countries.geojson',
  countryLabels: 'base/country-labels.geojson',
  sources: 'sources.json',
  places: 'places.geojson',
  corridors: 'corridors.geojson',
  article: 'article.json',
  facts: 'countries.json',
  tour: 'tour.json',
} as const;
export type PackKey = keyof typeof PACK_FILES;

/** Base-map files the map draws as they are (validated by the unit tests and the CLI, not at run time). */
export const MAP_ONLY_FILES = {
  borders: 'base/borders.geojson',
  mekong: 'base/mekong.geojson',
  rivers: 'base/rivers.geojson',
  lakes: 'base/lakes.geojson',
  towns: 'base/towns.geojson',
  seaLabels: 'base/sea-labels.geojson',
} as const;

export interface ValidPack {
  readonly manifest: PackManifest | null;
  readonly countries: BaseCountries | null;
  readonly countryLabels: BaseCountryLabels | null;
  readonly sources: ReadonlyMap<string, Source>;
  readonly places: PlacesFile | null;
  readonly corridors: CorridorsFile | null;
  readonly article: ArticleFile | null;
  readonly facts: CountriesFile | null;
  readonly tour: TourFile | null;
  readonly problems: readonly Problem[];
}

export type RawPack = Partial<Record<PackKey, unknown>>;

/** Where an invalid item can be dropped while the rest of its file is kept: the length of its path prefix. */
const PRUNABLE: Readonly<Record<PackKey, (path: readonly PropertyKey[]) => number>> = {
  manifest: () => 0,
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

/** For items kept after pruning, their index in the file as written (so problems point at the right line). */
function indexMap(rawItems: unknown, kept: readonly unknown[]): number[] {
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
function parse<S extends z.ZodMiniType>(key: PackKey, raw: RawPack, schema: S, problems: Problem[]): z.infer<S> | null {
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

/** Geometries hold only numbers and the schema's own type names: nothing to look for in them (and most of the data). */
const SKIPPED = 'geometry';

/** Every `sources` array anywhere inside a value, with its path. */
function* sourceLists(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string[]]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* sourceLists(value[i], [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === SKIPPED) continue;
      if (k === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) yield [[...path, k], v as string[]];
      else yield* sourceLists(v, [...path, k]);
    }
  }
}

/** Every string anywhere inside a value, with its path. */
function* strings(value: unknown, path: PropertyKey[] = []): Generator<[PropertyKey[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (k !== SKIPPED) yield* strings(v, [...path, k]);
}

/** Maps a path inside the kept (pruned) data back to the same item in the file as written. */
function originalPath(key: PackKey, raw: RawPack, kept: unknown, path: readonly PropertyKey[]): PropertyKey[] {
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

/**
 * Words in a status note that say nobody is known to use a corridor (yet), or that part of it is planned or
 * unverified. A corridor whose note says so may not claim to be simply in use: a plan is never shown as a
 * working route.
 */
const DOUBT = /\b(no (scheduled |through |cargo )*(service|traffic|shipments|volumes|figures)|not (yet )?(in use|verified|found)|in principle|(a|stated|only) plan|planned|was not found)\b/i;

/** What is wrong with a corridor's status given its note, or null. */
export function statusProblem(status: CorridorStatus, note: string): string | null {
  const doubt = DOUBT.exec(note);
  if (status === 'in-use' && doubt) return `says "in-use" but its status note says "${doubt[0]}"`;
  if (status === 'partly-in-use' && !doubt) return 'says "partly-in-use" but its status note does not say which part is planned or unverified';
  return null;
}

/**
 * A claim that something is the only one of its kind on the border (the one road crossing, the sole road link)
 * is true only as of when its sources were written: such a sentence must say "as of <year>". Returns the
 * sentences of `text` that make the claim without saying when.
 */
export function undatedSoleClaims(text: string): string[] {
  const SOLE = /\b(only|sole|single|one)\s+(?:(?:official|overland|international|direct|paved)\s+)*(road|roads|crossing|crossings|checkpoint|border post|road link|route)\b|\bone road\b/i;
  const DATED = /\bas of (?:\w+ )?(?:1[89]|20)\d\d\b/i;
  return text.split(/(?<=[.;!?])\s+/).filter((sentence) => SOLE.test(sentence) && !DATED.test(sentence));
}

/**
 * Where a line crosses itself: the indexes of the first two segments that cross (segments that only share a
 * vertex, as consecutive ones do, do not count; nor pairs `counts` turns down), or null.
 */
export function selfCrossing(coords: readonly (readonly number[])[], counts: (i: number, j: number) => boolean = () => true): [number, number] | null {
  const n = coords.length - 1;
  const box = (i: number) => {
    const [a, b] = [coords[i]!, coords[i + 1]!];
    return [Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)] as const;
  };
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  for (let i = 0; i < n; i++) {
    const bi = box(i);
    for (let j = i + 2; j < n; j++) {
      const bj = box(j);
      if (bj[0] > bi[2] || bj[2] < bi[0] || bj[1] > bi[3] || bj[3] < bi[1]) continue;
      const [p, q, r, s] = [coords[i]!, coords[i + 1]!, coords[j]!, coords[j + 1]!];
      const d1 = cross(r, s, p);
      const d2 = cross(r, s, q);
      const d3 = cross(p, q, r);
      const d4 = cross(p, q, s);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) && counts(i, j)) return [i, j];
    }
  }
  return null;
}

export function validatePack(raw: RawPack): ValidPack {
  const problems: Problem[] = [];
  const manifest = parse('manifest', raw, packManifest, problems);
  // Positions must lie in the pack's own extent (and always within the world's bounds).
  return withRegion(manifest?.extent ?? null, () => validateParts(raw, manifest, problems));
}

function validateParts(raw: RawPack, manifest: PackManifest | null, problems: Problem[]): ValidPack {
  const countries = parse('countries', raw, baseCountries, problems);
  const countryLabels = parse('countryLabels', raw, baseCountryLabels, problems);
  const sourcesParsed = parse('sources', raw, sourcesFile, problems);
  const places = parse('places', raw, placesFile, problems);
  const corridors = parse('corridors', raw, corridorsFile, problems);
  const article = parse('article', raw, articleFile, problems);
  const facts = parse('facts', raw, countriesFile, problems);
  const tour = parse('tour', raw, tourFile, problems);

  const sources = new Map<string, Source>();
  sourcesParsed?.sources.forEach((s, i) => {
    if (sources.has(s.id)) problems.push({ file: PACK_FILES.sources, path: `sources[${i}].id`, message: `duplicate source id "${s.id}"` });
    sources.set(s.id, s);
  });

  // Every source cited anywhere resolves.
  if (sourcesParsed) {
    for (const key of ['places', 'corridors', 'article', 'facts', 'tour'] as const) {
      const data = { places, corridors, article, facts, tour }[key];
      if (!data) continue;
      for (const [path, ids] of sourceLists(data)) {
        ids.forEach((id, i) => {
          if (!sources.has(id)) problems.push({ file: PACK_FILES[key], path: formatPath(originalPath(key, raw, data, [...path, i])), message: `unknown source "${id}"` });
        });
      }
    }
  }

  // Text is never markup: report any (the app renders it as text regardless).
  for (const key of ['manifest', 'places', 'corridors', 'article', 'facts', 'tour', 'sources', 'countryLabels'] as const) {
    const data = { manifest, places, corridors, article, facts, tour, sources: sourcesParsed, countryLabels }[key];
    if (!data) continue;
    for (const [path, text] of strings(data)) {
      if (MARKUP.test(text)) problems.push({ file: PACK_FILES[key], path: formatPath(originalPath(key, raw, data, path)), message: 'contains HTML markup: it is shown as plain text' });
    }
  }

  // Ids are unique within and across features.
  const seen = new Map<string, string>();
  const claim = (id: string, file: string, path: string) => {
    const prior = seen.get(id);
    if (prior) problems.push({ file, path, message: `duplicate id "${id}" (also in ${prior})` });
    else seen.set(id, file);
  };
  const at = (key: PackKey, kept: unknown, path: PropertyKey[]) => formatPath(originalPath(key, raw, kept, path));
  countryLabels?.features.forEach((f, i) => claim(f.properties.id, PACK_FILES.countryLabels, at('countryLabels', countryLabels, ['features', i, 'properties', 'id'])));
  places?.features.forEach((f, i) => claim(f.properties.id, PACK_FILES.places, at('places', places, ['features', i, 'properties', 'id'])));
  corridors?.features.forEach((f, i) => claim(f.properties.id, PACK_FILES.corridors, at('corridors', corridors, ['features', i, 'properties', 'id'])));

  // Corridors: waypoints resolve, legs run from waypoint to waypoint and cover the line exactly.
  const placeIds = new Set(places?.features.map((f) => f.properties.id));
  corridors?.features.forEach((f, i) => {
    const p = f.properties;
    const base = at('corridors', corridors, ['features', i]);
    const at2 = (rest: string) => `${base}.properties.${rest}`;
    const file = PACK_FILES.corridors;
    if (places) {
      p.waypoints.forEach((w, j) => {
        if (!placeIds.has(w)) problems.push({ file, path: at2(`waypoints[${j}]`), message: `unknown place "${w}"` });
      });
    }
    if (p.origin !== p.waypoints[0]) problems.push({ file, path: at2('origin'), message: 'is not the first waypoint' });
    if (p.destination !== p.waypoints.at(-1)) problems.push({ file, path: at2('destination'), message: 'is not the last waypoint' });
    if (p.legs.length !== p.waypoints.length - 1) problems.push({ file, path: at2('legs'), message: `has ${p.legs.length} legs for ${p.waypoints.length} waypoints` });
    const last = f.geometry.coordinates.length - 1;
    p.legs.forEach((leg, j) => {
      if (leg.from !== p.waypoints[j] || leg.to !== p.waypoints[j + 1]) problems.push({ file, path: at2(`legs[${j}]`), message: 'does not run between consecutive waypoints' });
      const expectedStart = j === 0 ? 0 : p.legs[j - 1]!.end;
      if (leg.start !== expectedStart || leg.end < leg.start || leg.end > last) problems.push({ file, path: at2(`legs[${j}]`), message: `vertex range ${leg.start}..${leg.end} does not continue the line` });
    });
    if (p.legs.at(-1)?.end !== last) problems.push({ file, path: at2('legs'), message: 'do not reach the end of the line' });
    const traced = p.legs.filter((l) => l.quality === 'traced').length;
    const quality = traced === p.legs.length ? 'traced' : traced === 0 ? 'schematic' : 'partly-schematic';
    if (p.quality !== quality) problems.push({ file, path: at2('quality'), message: `says "${p.quality}" but its legs make it "${quality}"` });
    const claimed = statusProblem(p.status, p.statusNote);
    if (claimed) problems.push({ file, path: at2('status'), message: claimed });
    // A line drawn by its author (a schematic leg, straight from waypoint to waypoint) never crosses itself: if it
    // does, its waypoints or vertices are out of order. A traced leg follows a real road or railway from the map
    // data, which may loop through an interchange or into a town and out; such crossings are the road's own.
    const schematic = (k: number) => p.legs.some((leg) => leg.quality === 'schematic' && leg.start <= k && k < leg.end);
    const crossing = selfCrossing(f.geometry.coordinates, (a, b) => schematic(a) || schematic(b));
    if (crossing) problems.push({ file, path: `${base}.geometry.coordinates`, message: `the line crosses itself (segments ${crossing[0]} and ${crossing[1]})` });
  });

  // The manifest's comparison starts from places that exist.
  if (manifest && places) {
    const c = manifest.comparison;
    c?.origins.forEach((id, i) => {
      if (!placeIds.has(id)) problems.push({ file: PACK_FILES.manifest, path: `comparison.origins[${i}]`, message: `unknown place "${id}"` });
    });
    for (const [origin, ids] of Object.entries(c?.standIns ?? {})) {
      ids.forEach((id, i) => {
        if (!placeIds.has(id)) problems.push({ file: PACK_FILES.manifest, path: `comparison.standIns.${origin}[${i}]`, message: `unknown place "${id}"` });
      });
    }
  }

  // Passages: unique ids, links to features that exist, terms that occur in the text.
  let validArticle = article;
  if (article) {
    const known = new Set<string>([...seen.keys(), 'river:mekong']);
    const passageIds = new Set<string>();
    validArticle = {
      ...article,
      sections: article.sections.map((section, si) => ({
        ...section,
        passages: section.passages.map((passage, pi) => {
          const base = formatPath(originalPath('article', raw, article, ['sections', si, 'passages', pi]));
          const at = (rest: string) => `${base}${rest}`;
          if (passageIds.has(passage.id)) problems.push({ file: PACK_FILES.article, path: at('.id'), message: `duplicate passage id "${passage.id}"` });
          passageIds.add(passage.id);
          const links = passage.links.filter((link, li) => {
            // Links into a file that did not load are kept: that file's own problem is already reported.
            const checkable = (link.feature.startsWith('place:') && places) || (link.feature.startsWith('corridor:') && corridors) || (link.feature.startsWith('country:') && countryLabels) || link.feature.startsWith('river:');
            if (checkable && !known.has(link.feature)) {
              problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].feature`), message: `links to unknown feature "${link.feature}"` });
              return false;
            }
            link.terms.forEach((t, ti) => {
              if (!passage.text.includes(t)) problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].terms[${ti}]`), message: `"${t}" does not occur in the passage` });
            });
            // A note is the explorer's own word, not the article's: it must rest on sources of its own that resolve
            // (an unknown one is reported above) and not on weaker sources alone.
            const cited = link.note?.sources ?? [];
            if (sourcesParsed && cited.length && cited.every((id) => sources.get(id)?.weak === true)) {
              problems.push({ file: PACK_FILES.article, path: at(`.links[${li}].note.sources`), message: 'the note rests on weaker sources only' });
            }
            return true;
          });
          // A note whose sources do not all resolve is not shown: the link stays, without it.
          const shown = links.map((l) => (l.note && sourcesParsed && !l.note.sources.every((id) => sources.has(id)) ? { feature: l.feature, terms: l.terms } : l));
          return { ...passage, links: shown };
        }),
      })),
    };
  }

  // Tour steps: their passage and features exist.
  if (tour) {
    const passageIds = new Set<string>(article?.sections.flatMap((s) => s.passages.map((p) => p.id)));
    const known = new Set<string>([...seen.keys(), 'river:mekong']);
    tour.steps.forEach((step, i) => {
      const at = formatPath(originalPath('tour', raw, tour, ['steps', i]));
      if (step.passage && article && !passageIds.has(step.passage)) problems.push({ file: PACK_FILES.tour, path: `${at}.passage`, message: `unknown passage "${step.passage}"` });
      [...step.features, ...step.reveal].forEach((f) => {
        const checkable = (f.startsWith('place:') && places) || (f.startsWith('corridor:') && corridors) || (f.startsWith('country:') && countryLabels);
        if (checkable && !known.has(f)) problems.push({ file: PACK_FILES.tour, path: `${at}`, message: `unknown feature "${f}"` });
      });
    });
  }

  return { manifest, countries, countryLabels, sources, places, corridors, article: validArticle, facts, tour, problems };
}
