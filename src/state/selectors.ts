// Pure selectors over the store's state. They return primitives or stable references.
import { kindOf, type CorridorKind, type FeatureKind } from '../content/types.ts';
import type { AppState } from './store.ts';
import type { UrlState } from './url.ts';

export const selectSelected = (s: AppState) => s.selected;
export const selectHovered = (s: AppState) => s.hovered;

export function selectedKind(s: AppState): FeatureKind | null {
  return s.selected ? kindOf(s.selected) : null;
}

export function isKindVisible(s: AppState, kind: CorridorKind): boolean {
  return !s.hiddenKinds.includes(kind);
}

/** What a link carries: view, selection, layer toggles, preferences, and the tour step when it is open. */
export function urlStateOf(s: AppState): UrlState {
  return {
    view: s.view,
    selected: s.selected,
    hiddenKinds: s.hiddenKinds,
    hiddenPlaceTypes: s.hiddenPlaceTypes,
    labelLang: s.labelLang,
    theme: s.theme,
    step: s.tour.active ? s.tour.step : null,
  };
}

/** The state a URL asks for, as one partial update of the store. */
export function stateFromUrl(u: UrlState): Partial<AppState> {
  return {
    selected: u.selected,
    hiddenKinds: u.hiddenKinds,
    hiddenPlaceTypes: u.hiddenPlaceTypes,
    labelLang: u.labelLang,
    theme: u.theme,
    tour: u.step === null ? { active: false, step: 0 } : { active: true, step: u.step },
    ...(u.view ? { view: u.view, viewSource: 'external' as const } : {}),
  };
}
