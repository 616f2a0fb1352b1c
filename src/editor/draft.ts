// The story pack a teacher is editing: the parsed content of each of its files, as plain data of the schema's own
// types, so that what the editor holds is what a pack's files say and validatePack can check it as it is.
// Every edit returns a new draft and never changes the one it was given (src/editor/*.ts).
import type { MapOnlyKey } from '../content/pack-reader.ts';
import {
  PACK_FILE_NAMES,
  type ArticleFile,
  type CorridorsFile,
  type CountriesFile,
  type PackFileName,
  type PackManifest,
  type PlacesFile,
  type SourcesFile,
  type TourFile,
} from '../content/schema.ts';
import { DEFAULT_STORY } from '../content/story.ts';
import type { Bbox } from '../content/types.ts';
import { locale, t } from '../i18n/index.ts';
import { MAP_ONLY_FILES, PACK_FILES, type RawPack, type ValidPack } from '../content/validate.ts';
import { cleanLine, slugOf } from './text.ts';

/** The base map's files, by the keys the reader gives them. */
export type BaseKey = 'countries' | 'countryLabels' | MapOnlyKey;
export const BASE_FILES: Readonly<Record<BaseKey, PackFileName>> = {
  countries: PACK_FILES.countries,
  countryLabels: PACK_FILES.countryLabels,
  ...MAP_ONLY_FILES,
};

export interface Draft {
  /** pack.json. Its `files` always lists exactly the files the draft holds (kept so by every edit). */
  readonly manifest: PackManifest;
  readonly sources: SourcesFile;
  readonly places: PlacesFile;
  /** corridors.geojson, tour.json and countries.json are optional: null while the pack has none. */
  readonly corridors: CorridorsFile | null;
  readonly article: ArticleFile;
  readonly facts: CountriesFile | null;
  readonly tour: TourFile | null;
  /**
   * Base-map files the pack holds itself, as data; never edited. With "baseMap": "built-in", those it does not
   * hold are the explorer's own (usually all of them).
   */
  readonly base: Readonly<Partial<Record<BaseKey, unknown>>>;
}

export type Place = PlacesFile['features'][number];
export type Route = CorridorsFile['features'][number];
export type Step = TourFile['steps'][number];
export type Section = ArticleFile['sections'][number];

/**
 * The extent of the explorer's own base map as the docs give it (docs/STORY-PACKS.md). A caller that has the
 * built-in pack's manifest at hand passes its extent instead.
 */
export const BUILT_IN_EXTENT: Bbox = [92, 5, 112, 27];

/** The source every blank draft's article cites: the lesson itself, written by its teacher. */
const LESSON_SOURCE = 'lesson';

/** The files a draft holds, in the order of the schema's list (which is how pack.json lists them). */
function filesHeld(d: Omit<Draft, 'manifest'>): PackFileName[] {
  const held = new Set<PackFileName>(['pack.json', 'sources.json', 'places.geojson', 'article.json']);
  if (d.corridors) held.add('corridors.geojson');
  if (d.facts) held.add('countries.json');
  if (d.tour) held.add('tour.json');
  for (const key of Object.keys(d.base) as BaseKey[]) if (d.base[key] !== undefined) held.add(BASE_FILES[key]);
  return PACK_FILE_NAMES.filter((name) => held.has(name));
}

/**
 * A draft with some parts replaced, its pack.json listing the files it now holds: a pack that gains its first
 * route or tour step gains the file that holds it (and loses tour.json with its last step).
 */
export function put(draft: Draft, patch: Partial<Draft>): Draft {
  const next: Draft = { ...draft, ...patch };
  const files = filesHeld(next);
  const same = files.length === next.manifest.files.length && files.every((f, i) => next.manifest.files[i] === f);
  return same ? next : { ...next, manifest: { ...next.manifest, files } };
}

/**
 * Every file of the draft as the JSON value it is written as, by its name in the pack, in pack.json's order (the
 * shape export.ts writes a pack from).
 */
export function filesOf(draft: Draft): Map<PackFileName, unknown> {
  const parts: Partial<Record<PackFileName, unknown>> = {
    'pack.json': draft.manifest,
    'sources.json': draft.sources,
    'places.geojson': draft.places,
    'corridors.geojson': draft.corridors,
    'article.json': draft.article,
    'countries.json': draft.facts,
    'tour.json': draft.tour,
  };
  for (const [key, value] of Object.entries(draft.base) as [BaseKey, unknown][]) parts[BASE_FILES[key]] = value;
  return new Map(draft.manifest.files.map((name) => [name, parts[name]]));
}

/**
 * The draft as validatePack takes a pack. With "baseMap": "built-in", the countries and their labels the pack
 * does not hold are the explorer's own, as the pack reader supplies them (`builtIn`; without them, links to
 * countries are not checked, as when the reader could not fetch them).
 */
export function rawPackOf(draft: Draft, builtIn: { readonly countries?: unknown; readonly countryLabels?: unknown } = {}): RawPack {
  const fromBuiltIn = (key: 'countries' | 'countryLabels') => draft.base[key] ?? (draft.manifest.baseMap === 'built-in' ? builtIn[key] : undefined);
  const raw: RawPack = {
    manifest: draft.manifest,
    sources: draft.sources,
    places: draft.places,
    article: draft.article,
    countries: fromBuiltIn('countries'),
    countryLabels: fromBuiltIn('countryLabels'),
  };
  if (draft.corridors) raw.corridors = draft.corridors;
  if (draft.facts) raw.facts = draft.facts;
  if (draft.tour) raw.tour = draft.tour;
  return raw;
}

/** A pack id from a title: a slug, never the built-in pack's own id (a kept pack under it could not be opened). */
function packIdOf(title: string): string {
  const slug = slugOf(title, 6) || 'lesson';
  return slug === 'built-in' ? 'built-in-lesson' : slug;
}

const blankArticle = (title: string): ArticleFile => ({
  title,
  context: t('lesson.blankContext'),
  headline: title,
  caption: title,
  sources: [LESSON_SOURCE],
  // The schema wants one passage at least: it says what to do, and is replaced by the teacher's text.
  sections: [{ id: 'section:article', heading: null, passages: [{ id: 'passage:start', text: t('lesson.blankPassage'), links: [] }] }],
});

/**
 * A minimal pack that validates: one source (the lesson itself, which the article cites), no places, a
 * one-passage article, no routes or tour, and the explorer's own base map ("baseMap": "built-in"). What it says
 * (an untitled lesson's title, the article's first line …) is in the interface's language, and so is the pack
 * unless `lang` says otherwise: the teacher replaces those words with their own.
 */
export function blankDraft(title: string, options: { readonly extent?: Bbox; readonly lang?: string } = {}): Draft {
  const name = cleanLine(title) || t('lesson.untitled');
  const extent: [number, number, number, number] = [...(options.extent ?? BUILT_IN_EXTENT)];
  const manifest: PackManifest = {
    id: packIdOf(name),
    title: name,
    subtitle: name,
    lang: options.lang ?? locale(),
    mapLabel: t('lesson.blankMapLabel', { title: name }),
    extent,
    firstView: { bounds: extent },
    corridorKinds: [],
    placeTypes: DEFAULT_STORY.placeTypes.map((type) => ({ id: type.id, label: type.label })),
    files: [],
    baseMap: 'built-in',
  };
  const draft: Draft = {
    manifest,
    sources: {
      sources: [
        { id: LESSON_SOURCE, title: name, publisher: null, url: null, date: null, weak: false, licence: null, supports: t('lesson.blankSourceSupports') },
      ],
    },
    places: { type: 'FeatureCollection', features: [] },
    corridors: null,
    article: blankArticle(name),
    facts: null,
    tour: null,
    base: {},
  };
  return put(draft, {});
}

/**
 * A copy of an opened pack to edit (the built-in one, say): its valid parts, deep-copied so that no edit can
 * reach the pack the explorer shows. Base-map files it holds as data are kept; those it left to the explorer,
 * or that the app holds only as addresses (the built-in pack's map-only files), come from the explorer's own
 * base map ("baseMap": "built-in"). A required part that did not validate starts blank.
 */
export function draftFrom(pack: ValidPack & { readonly mapFiles?: Readonly<Partial<Record<MapOnlyKey, unknown>>> }): Draft {
  if (!pack.manifest) throw new Error(t('lesson.noManifestToCopy'));
  const manifest = structuredClone(pack.manifest);
  const listed = new Set<string>(manifest.files);
  const base: Partial<Record<BaseKey, unknown>> = {};
  let leftToExplorer = false;
  for (const key of Object.keys(BASE_FILES) as BaseKey[]) {
    if (!listed.has(BASE_FILES[key])) continue;
    const value = key === 'countries' || key === 'countryLabels' ? pack[key] : pack.mapFiles?.[key];
    if (value && typeof value === 'object') base[key] = structuredClone(value);
    else leftToExplorer = true;
  }
  const draft: Draft = {
    manifest: leftToExplorer ? { ...manifest, baseMap: 'built-in' } : manifest,
    sources: { sources: [...pack.sources.values()].map((s) => structuredClone(s)) },
    places: structuredClone(pack.places) ?? { type: 'FeatureCollection', features: [] },
    corridors: structuredClone(pack.corridors),
    article: structuredClone(pack.article) ?? blankArticle(manifest.title),
    facts: structuredClone(pack.facts),
    tour: structuredClone(pack.tour),
    base,
  };
  return put(draft, {});
}

/** Every id a draft gives to something (places, routes, passages, sections, steps, sources): new ids avoid them. */
export function idsOf(draft: Draft): Set<string> {
  return new Set<string>([
    ...draft.places.features.map((f) => f.properties.id),
    ...(draft.corridors?.features.map((f) => f.properties.id) ?? []),
    ...draft.article.sections.flatMap((s) => [s.id, ...s.passages.map((p) => p.id)]),
    ...(draft.tour?.steps.map((s) => s.id) ?? []),
    ...draft.sources.sources.map((s) => s.id),
  ]);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const listed = (v: unknown, key: string): boolean => isObject(v) && Array.isArray(v[key]);

/**
 * A draft again from the files it was kept as (filesOf, then drafts.ts): as they were, problems and all, so that
 * nothing the teacher wrote is lost on a reload (a pack opened through the reader would drop what is invalid).
 * Only the shape each file needs to be edited is checked; a file without it starts blank. Null when pack.json
 * is not there.
 */
export function draftOfFiles(files: ReadonlyMap<PackFileName, unknown>): Draft | null {
  const manifest = files.get('pack.json');
  if (!isObject(manifest) || typeof manifest['title'] !== 'string' || !Array.isArray(manifest['files'])) return null;
  const blank = blankDraft(manifest['title']);
  const part = <T>(name: PackFileName, key: string, fallback: T): T => {
    const v = files.get(name);
    // The editor's own files, written by filesOf: their items are of the schema's types, checked by problemsOf.
    return listed(v, key) ? (v as T) : fallback;
  };
  const base: Partial<Record<BaseKey, unknown>> = {};
  for (const key of Object.keys(BASE_FILES) as BaseKey[]) if (files.has(BASE_FILES[key])) base[key] = files.get(BASE_FILES[key]);
  const draft: Draft = {
    manifest: manifest as PackManifest,
    sources: part('sources.json', 'sources', blank.sources),
    places: part('places.geojson', 'features', blank.places),
    corridors: part<CorridorsFile | null>('corridors.geojson', 'features', null),
    article: part('article.json', 'sections', blank.article),
    facts: part<CountriesFile | null>('countries.json', 'countries', null),
    tour: part<TourFile | null>('tour.json', 'steps', null),
    base,
  };
  return put(draft, {});
}
