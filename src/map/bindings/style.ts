// store → map: theme, label language and layer toggles rebuild the style as data; MapLibre's style diff
// applies only what changed (a filter, a layout property), so sources and feature-state are kept.
import type { Map as MlMap, StyleSpecification } from 'maplibre-gl';
import { revealedCorridors } from '../../state/selectors.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { SOURCE } from '../style/ids.ts';
import { buildStyle, type StyleOptions } from '../style/index.ts';

type StyleState = Pick<StyleOptions, 'theme' | 'labelLang' | 'hiddenKinds' | 'hiddenPlaceTypes' | 'revealedCorridors'>;
export type BaseStyleOptions = Omit<StyleOptions, keyof StyleState>;

export function styleState(s: AppState): StyleState {
  return {
    theme: s.theme,
    labelLang: s.labelLang,
    hiddenKinds: s.hiddenKinds,
    hiddenPlaceTypes: s.hiddenPlaceTypes,
    // In the tour only the corridors revealed so far are drawn (derived from the step).
    revealedCorridors: revealedCorridors(s),
  };
}

/**
 * A source the map loaded from a URL reports the data it loaded, not the URL, so MapLibre's style diff would see
 * the URL of the next style as new data and download the file again (and a page offline would lose the layer).
 * A source's file never changes while the app runs (`sourceData` in data.ts): every source the map already loaded
 * from a URL keeps what it holds, and only a source it does not have yet is added (and loaded, once).
 */
export function keepLoadedData(previous: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  if (!previous) return next;
  const sources: StyleSpecification['sources'] = {};
  for (const [id, source] of Object.entries(next.sources)) {
    const had = previous.sources[id];
    // The ink and the measure (bindings/ink.ts, bindings/measure.ts) are given their data at run time: the style's
    // empty collection must not wipe it.
    const runtime = id === SOURCE.ink || id === SOURCE.measure;
    const kept = had?.type === 'geojson' && source.type === 'geojson' && (typeof source.data === 'string' || runtime);
    sources[id] = kept ? { ...source, data: had.data } : source;
  }
  return { ...next, sources };
}

const sameIds = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));

const same = (a: StyleState, b: StyleState) =>
  a.theme === b.theme &&
  a.labelLang === b.labelLang &&
  a.hiddenKinds === b.hiddenKinds &&
  a.hiddenPlaceTypes === b.hiddenPlaceTypes &&
  sameIds(a.revealedCorridors, b.revealedCorridors);

/**
 * Call once the first view is drawn. The map starts with the first view's style, without the base map's detail
 * (see LATER_SOURCES): the whole style is applied at once, from the store's state now (which also brings in what
 * changed while the map was loading: a tour started by a key, say), then again at every change.
 */
export function bindStyle(map: MlMap, store: AppStore, base: () => BaseStyleOptions): (() => void) & { readonly refresh: () => void } {
  // Not validated again here: see `validateStyle` in adapter.ts.
  const apply = (state: StyleState) => map.setStyle(buildStyle({ ...base(), ...state }), { validate: false, transformStyle: keepLoadedData });
  apply(styleState(store.getState()));
  const dispose = store.subscribe(styleState, apply, { equalityFn: same });
  // A draft being edited changes the pack's own data (its places and routes, as objects): the style diff then
  // gives only those sources their new data (MapLibre's setGeoJSONSourceData), and keeps everything else.
  return Object.assign(dispose, { refresh: () => apply(styleState(store.getState())) });
}
