// buildStyle: the whole map style as typed data, from a theme and options. Pure: same input, same style.
import type { FontFacesSpecification, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { CorridorKind, LabelLang, PlaceType, ThemeName } from '../../content/types.ts';
import { corridorLayers } from './corridors.ts';
import { placeLayers } from './places.ts';
import { THEME_TOKENS } from '../../styles/tokens.ts';
import { basemapLayers, contextOutlineLayers, outsideData, outsideDataLayer } from './basemap.ts';
import { borderLayers } from './borders.ts';
import { SOURCE, type SourceId } from './ids.ts';
import { inkLayers } from './ink.ts';
import { labelLayers } from './labels.ts';
import { measureLayers } from './measure.ts';
import { waterLayers } from './water.ts';

export type SourceData = GeoJSONSourceSpecification['data'];

/** The sources drawn from the pack's data (the veil beyond the data, the ink and the measure are the map's own). */
export type ContentSourceId = Exclude<SourceId, 'outside-data' | 'ink' | 'measure'>;

const EMPTY_INK: SourceData = { type: 'FeatureCollection', features: [] };

export interface StyleOptions {
  readonly theme: ThemeName;
  readonly labelLang: LabelLang;
  readonly hiddenKinds: readonly CorridorKind[];
  readonly hiddenPlaceTypes: readonly PlaceType[];
  /** In the tour, the ids of the corridors revealed so far (only they are drawn); null outside the tour. */
  readonly revealedCorridors: readonly string[] | null;
  readonly fontFaces: FontFacesSpecification;
  readonly mapLangs: readonly string[];
  /** Data (URL or GeoJSON object) for every content source. */
  readonly data: Readonly<Record<ContentSourceId, SourceData>>;
  readonly attribution: string;
}

/**
 * The style without some of its sources and every layer drawing them: the first view leaves out the base map's
 * detail, whose sources and layers the full style then adds (MapLibre's style diff adds only what is new).
 */
export function withoutSources(style: StyleSpecification, ids: readonly string[]): StyleSpecification {
  const left = (id: string) => !ids.includes(id);
  return {
    ...style,
    sources: Object.fromEntries(Object.entries(style.sources).filter(([id]) => left(id))),
    layers: style.layers.filter((l) => !('source' in l) || typeof l.source !== 'string' || left(l.source)),
  };
}

/** Sources whose features carry a string `id` used for feature-state (hover, selection, emphasis). A corridor's legs share its id. */
const PROMOTED: ReadonlySet<SourceId> = new Set([
  SOURCE.countries,
  SOURCE.context,
  SOURCE.seams,
  SOURCE.mekong,
  SOURCE.corridors,
  SOURCE.corridorLegs,
  SOURCE.places,
]);

/**
 * The same layers in every state. Theme, label language, toggles and the tour change layers' filters, layout and
 * paint, never which layers there are (after the first view's, which only gains the later sources' layers). A
 * layer MapLibre adds has its default paint values (constants) until the next frame evaluates it, and a tile parsed
 * for an earlier layer of the same id can arrive before that frame: updating that tile's feature-state paint then
 * throws (it finds a constant where an expression was built). A layer removed and added again is that case.
 */
export function buildStyle(o: StyleOptions): StyleSpecification {
  const t = THEME_TOKENS[o.theme];
  const sources: StyleSpecification['sources'] = {};
  for (const id of Object.values(SOURCE)) {
    const runtime = id === SOURCE.ink || id === SOURCE.measure;
    const src: GeoJSONSourceSpecification = { type: 'geojson', data: id === SOURCE.outsideData ? outsideData() : runtime ? EMPTY_INK : o.data[id] };
    if (PROMOTED.has(id)) src.promoteId = 'id';
    if (id === SOURCE.countries) src.attribution = o.attribution;
    sources[id] = src;
  }
  return {
    version: 8,
    name: `Mekong Connectivity Explorer (${t.name})`,
    'font-faces': o.fontFaces,
    sources,
    layers: [
      ...basemapLayers(t),
      ...waterLayers(t),
      ...borderLayers(t),
      ...contextOutlineLayers(t),
      ...corridorLayers(t, o.hiddenKinds, o.revealedCorridors),
      outsideDataLayer(t),
      ...labelLayers(t, { labelLang: o.labelLang, mapLangs: o.mapLangs }),
      ...placeLayers(t, o.hiddenPlaceTypes),
      ...measureLayers(t),
      ...inkLayers(t),
    ],
  };
}
