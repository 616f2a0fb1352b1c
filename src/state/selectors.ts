// Pure selectors over the store's state. They return primitives or stable references.
import { kindOf, type FeatureKind } from '../content/types.ts';
import type { AppState } from './store.ts';
import type { UrlState } from './url.ts';
import type { View } from './view.ts';

export function selectedKind(s: AppState): FeatureKind | null {
  return s.selected ? kindOf(s.selected) : null;
}

/** Whether the sidebar shows the selection's card in place of the open tab: a map feature's, until put away. */
export function cardShown(s: Pick<AppState, 'selected' | 'cardDismissed'>): boolean {
  return s.selected !== null && kindOf(s.selected) !== 'passage' && s.cardDismissed !== s.selected;
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
    ui: s.ui,
    step: s.tour.active ? s.tour.step : null,
  };
}

/** What a link asks of the store (`applyLink`): settings it leaves out keep their value, as does a view. */
export interface LinkState {
  readonly selected: AppState['selected'];
  readonly hiddenKinds: AppState['hiddenKinds'];
  readonly hiddenPlaceTypes: AppState['hiddenPlaceTypes'];
  readonly labelLang?: AppState['labelLang'];
  readonly theme?: AppState['theme'];
  /** The tour's step, or null: no tour. */
  readonly step: number | null;
  readonly view?: View;
}

/** The state a URL asks for, as one change of the store. */
export function stateFromUrl(u: UrlState): LinkState {
  return {
    selected: u.selected,
    hiddenKinds: u.hiddenKinds,
    hiddenPlaceTypes: u.hiddenPlaceTypes,
    labelLang: u.labelLang,
    theme: u.theme,
    step: u.step,
    ...(u.view ? { view: u.view } : {}),
  };
}

/** The corridors revealed once a tour has reached `step`: every step's reveals up to it (they stay revealed). */
export function revealedUpTo(reveals: readonly (readonly string[])[], step: number): readonly string[] {
  const out: string[] = [];
  for (const list of reveals.slice(0, Math.max(0, step) + 1)) for (const id of list) if (!out.includes(id)) out.push(id);
  return out;
}

let revealedCache: { reveals: AppState['tourReveals']; step: number; ids: readonly string[] } | null = null;

/**
 * What the map draws of the corridors: null (all of them) outside the tour; in the tour, only those revealed so
 * far. Derived from the step and the tour's plan; the same step gives the same array (a stable reference).
 */
export function revealedCorridors(s: AppState): readonly string[] | null {
  if (!s.tour.active) return null;
  const c = revealedCache;
  if (c && c.reveals === s.tourReveals && c.step === s.tour.step) return c.ids;
  const ids = revealedUpTo(s.tourReveals, s.tour.step);
  revealedCache = { reveals: s.tourReveals, step: s.tour.step, ids };
  return ids;
}
