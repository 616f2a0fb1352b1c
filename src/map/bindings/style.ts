// store → map: theme, label language and layer toggles rebuild the style as data; MapLibre's style diff
// applies only what changed (a filter, a layout property), so sources and feature-state are kept.
import type { Map as MlMap } from 'maplibre-gl';
import type { AppState, AppStore } from '../../state/store.ts';
import { buildStyle, type StyleOptions } from '../style/index.ts';

type StyleState = Pick<StyleOptions, 'theme' | 'labelLang' | 'hiddenKinds' | 'hiddenPlaceTypes'>;
export type BaseStyleOptions = Omit<StyleOptions, keyof StyleState>;

export function styleState(s: AppState): StyleState {
  return { theme: s.theme, labelLang: s.labelLang, hiddenKinds: s.hiddenKinds, hiddenPlaceTypes: s.hiddenPlaceTypes };
}

const same = (a: StyleState, b: StyleState) =>
  a.theme === b.theme && a.labelLang === b.labelLang && a.hiddenKinds === b.hiddenKinds && a.hiddenPlaceTypes === b.hiddenPlaceTypes;

export function bindStyle(map: MlMap, store: AppStore, base: BaseStyleOptions): () => void {
  return store.subscribe(styleState, (state) => map.setStyle(buildStyle({ ...base, ...state })), { equalityFn: same });
}
