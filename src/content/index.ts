// Indexes derived from the loaded pack at start-up: what each id names, where it is, and the links between
// passages and features in both directions (the reverse index is derived here, never written by hand).
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { corridorMetrics, type CorridorMetrics, type CountryShape } from '../analysis/corridors.ts';
import type { ValidPack } from './validate.ts';
import type { ArticleFile, CorridorFeature, CountriesFile, CountryFacts, Passage, PlacesFile, Source, TourFile } from './schema.ts';
import { isSelectableId, kindOf, type CountryRole, type FeatureKind, type PassageId, type SelectableId } from './types.ts';

export interface FeatureInfo {
  readonly id: SelectableId;
  readonly kind: FeatureKind;
  readonly name: string;
  readonly nameNative?: { readonly text: string; readonly lang: string } | undefined;
  readonly role?: CountryRole | undefined;
}

export type PlaceFeature = PlacesFile['features'][number];

export interface PassageInfo {
  readonly passage: Passage;
  readonly sectionId: string;
  readonly heading: string | null;
}

export interface ContentIndex {
  readonly features: ReadonlyMap<SelectableId, FeatureInfo>;
  readonly geometries: ReadonlyMap<SelectableId, Geometry>;
  readonly corridors: ReadonlyMap<string, CorridorFeature>;
  readonly corridorMetrics: ReadonlyMap<string, CorridorMetrics>;
  readonly places: ReadonlyMap<string, PlaceFeature>;
  readonly countryFacts: ReadonlyMap<string, CountryFacts>;
  readonly passages: ReadonlyMap<string, PassageInfo>;
  /** feature id → ids of the passages that speak of it, in article order. */
  readonly passagesOf: ReadonlyMap<string, readonly PassageId[]>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly tour: TourFile | null;
  /** The whole validated countries.json: country facts, the Mekong, and the story's two-country pair. */
  readonly facts: CountriesFile | null;
  readonly article: Pick<ArticleFile, 'title' | 'context' | 'headline' | 'caption' | 'sources'> | null;
  /** Map features a selection stands for: itself, or every feature a passage links. */
  readonly targetsOf: (id: SelectableId) => readonly SelectableId[];
  readonly isKnownId: (id: string) => id is SelectableId;
}

/** What an id names in the pack, if anything: any string (an id read from a figure or a note may be unknown). */
export function featureInfo(index: Pick<ContentIndex, 'features'>, id: string): FeatureInfo | undefined {
  return isSelectableId(id) ? index.features.get(id) : undefined;
}

export function buildIndex(pack: ValidPack): ContentIndex {
  const features = new Map<SelectableId, FeatureInfo>();
  const geometries = new Map<SelectableId, Geometry>();
  const countryFacts = new Map<string, CountryFacts>((pack.facts?.countries ?? []).map((c) => [c.id, c]));

  for (const f of pack.countryLabels?.features ?? []) {
    const p = f.properties;
    const id = p.id;
    const facts = countryFacts.get(id);
    const native = facts?.nativeNames[0];
    features.set(id, {
      id,
      kind: 'country',
      name: p.name,
      nameNative: native ? { text: native.common, lang: native.lang } : p.nameNative && p.nativeLang ? { text: p.nameNative, lang: p.nativeLang } : undefined,
      role: p.role,
    });
  }
  const shapes: CountryShape[] = [];
  for (const f of pack.countries?.features ?? []) {
    geometries.set(f.properties.id, f.geometry as Geometry);
    shapes.push({ id: f.properties.id, geometry: f.geometry as Polygon | MultiPolygon });
  }
  features.set('river:mekong', { id: 'river:mekong', kind: 'river', name: 'Mekong' });

  const places = new Map<string, PlaceFeature>();
  for (const f of pack.places?.features ?? []) {
    const p = f.properties;
    places.set(p.id, f);
    features.set(p.id, {
      id: p.id,
      kind: 'place',
      name: p.name,
      nameNative: p.localName && p.localLang ? { text: p.localName, lang: p.localLang } : undefined,
    });
    geometries.set(p.id, f.geometry as Geometry);
  }

  const corridors = new Map<string, CorridorFeature>();
  for (const f of pack.corridors?.features ?? []) {
    const id = f.properties.id;
    corridors.set(id, f);
    features.set(id, { id, kind: 'corridor', name: f.properties.name });
    geometries.set(id, f.geometry as Geometry);
  }

  const passages = new Map<string, PassageInfo>();
  const passagesOf = new Map<string, PassageId[]>();
  for (const section of pack.article?.sections ?? []) {
    for (const passage of section.passages) {
      passages.set(passage.id, { passage, sectionId: section.id, heading: section.heading });
      const id = passage.id;
      features.set(id, { id, kind: 'passage', name: section.heading ? `${section.heading}: “${shorten(passage.text)}”` : `“${shorten(passage.text)}”` });
      for (const link of passage.links) {
        const list = passagesOf.get(link.feature) ?? [];
        if (!list.includes(passage.id)) list.push(passage.id);
        passagesOf.set(link.feature, list);
      }
    }
  }

  const targetsOf = (id: SelectableId): readonly SelectableId[] => {
    if (kindOf(id) !== 'passage') return [id];
    return (passages.get(id)?.passage.links ?? []).map((l) => l.feature).filter((f) => features.has(f));
  };

  return {
    features,
    geometries,
    corridors,
    // Measured against the country polygons when first asked for, not while the page loads.
    corridorMetrics: lazyMap(corridors, (f) => corridorMetrics(f, shapes)),
    places,
    countryFacts,
    passages,
    passagesOf,
    sources: pack.sources,
    article: pack.article,
    tour: pack.tour,
    facts: pack.facts,
    targetsOf,
    isKnownId: (id): id is SelectableId => isSelectableId(id) && features.has(id),
  };
}

/** A read-only map with the keys of `from` whose values are computed on first use, then kept. */
export function lazyMap<K, A, V>(from: ReadonlyMap<K, A>, compute: (a: A, key: K) => V): ReadonlyMap<K, V> {
  const done = new Map<K, V>();
  const get = (key: K): V | undefined => {
    if (done.has(key)) return done.get(key);
    if (!from.has(key)) return undefined;
    const value = compute(from.get(key) as A, key);
    done.set(key, value);
    return value;
  };
  function* entries(): MapIterator<[K, V]> {
    for (const key of from.keys()) yield [key, get(key) as V];
  }
  function* values(): MapIterator<V> {
    for (const key of from.keys()) yield get(key) as V;
  }
  const lazy: ReadonlyMap<K, V> = {
    get size() {
      return from.size;
    },
    get,
    has: (key) => from.has(key),
    keys: () => from.keys(),
    values,
    entries,
    forEach(fn, thisArg) {
      for (const [k, v] of entries()) fn.call(thisArg, v, k, lazy);
    },
    [Symbol.iterator]: entries,
  };
  return lazy;
}

function shorten(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
