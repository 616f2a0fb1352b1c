import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import { kindOf, type CorridorKind, type LabelLang, type PlaceType, type SelectableId, type ThemeName } from '../content/types.ts';
import type { LinkState } from './selectors.ts';
import { CLOSED_TOUR, tourTransition, withinTour, type ExplorerState, type SidebarTab, type TourCommand, type TourSession } from './tour-session.ts';
import { clampView, type View } from './view.ts';
import { createEditorSlice, type EditorSlice } from './editor-slice.ts';
import { createInkSlice, type InkSlice } from './ink-slice.ts';
import { createMeasureSlice, type MeasureSlice } from './measure-slice.ts';
import { createQuizSlice, type QuizSlice } from './quiz-slice.ts';
import { INK_COLOUR_NAMES } from '../styles/ink-colours.ts';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locales.ts';

// One store for the whole app. Slices keep their actions next to their state (zustand's slices pattern);
// the middleware is applied once, on the combined store.

export interface SelectionSlice {
  /** The one selection: a map feature or an article passage. */
  selected: SelectableId | null;
  hovered: SelectableId | null;
  /** Intent to frame something on the map; `seq` makes repeated requests for the same target distinct. */
  frameRequest: { readonly target: SelectableId; readonly seq: number } | null;
  select: (id: SelectableId | null, options?: { frame?: boolean }) => void;
  hover: (id: SelectableId | null) => void;
  clearSelection: () => void;
}

export type ViewSource = 'map' | 'external';

export interface ViewSlice {
  view: View | null;
  /** Who moved the view last: the map's own moves are never echoed back to it. */
  viewSource: ViewSource;
  setView: (view: View, source: ViewSource) => void;
}

export interface LayersSlice {
  hiddenKinds: readonly CorridorKind[];
  hiddenPlaceTypes: readonly PlaceType[];
  setKindVisible: (kind: CorridorKind, visible: boolean) => void;
  setPlaceTypeVisible: (type: PlaceType, visible: boolean) => void;
}

export interface TourSlice {
  /** The tour's session (tour-session.ts): changed only through its transitions. */
  tour: TourSession;
  /**
   * The corridors each tour step reveals, in step order: the tour's plan, copied from the content pack once
   * at start-up. What is revealed at a step is derived from it (`revealedCorridors` in selectors.ts), never stored.
   */
  tourReveals: readonly (readonly string[])[];
  /** Every change to the tour goes through here: keys, clicks, the presenter view, the actions below. */
  runTour: (command: TourCommand) => void;
  startTour: (step?: number) => void;
  /** Ends the tour from outside: nothing is put back (Esc and End tour are `runTour({ type: 'leave' })`). */
  stopTour: () => void;
  goToStep: (step: number) => void;
  setTourReveals: (reveals: readonly (readonly string[])[]) => void;
}

export interface PrefsSlice {
  theme: ThemeName;
  labelLang: LabelLang;
  /** The key on the map: open, or folded to its button, as the reader chose (remembered); null: not chosen yet. */
  mapKeyOpen: boolean | null;
  /**
   * The interface's language, once its catalogue has loaded: set through `chooseLanguage` (i18n/bind.ts), never
   * from a stored preference or a link directly (main.ts and url-sync.ts load it first).
   */
  ui: Locale;
  setUi: (ui: Locale) => void;
  setTheme: (theme: ThemeName) => void;
  setLabelLang: (lang: LabelLang) => void;
  setMapKeyOpen: (open: boolean) => void;
  /** The preferences stored from an earlier visit (prefs-storage.ts). */
  applyPrefs: (prefs: Partial<Pick<PrefsSlice, 'theme' | 'labelLang' | 'mapKeyOpen'> & { view: View }>) => void;
}

/** How much of a phone's screen the sidebar's sheet covers: its title only, half, or all of it. */
export const SHEET_HEIGHTS = ['peek', 'half', 'full'] as const;
export type SheetHeight = (typeof SHEET_HEIGHTS)[number];

/**
 * The interface's own state that others act on: the sidebar's open tab (the tour puts it back), and on a phone
 * the height of the sheet the sidebar becomes (the map's camera keeps what it frames above it).
 */
export interface UiSlice {
  tab: SidebarTab;
  /**
   * The selection whose card the reader has put away (Back, or a tab chosen): the sidebar shows the open tab
   * again, with the selection kept on the map and marked in the article. A new selection shows its card.
   */
  cardDismissed: SelectableId | null;
  sheet: SheetHeight;
  setTab: (tab: SidebarTab) => void;
  setSheet: (sheet: SheetHeight) => void;
}

/** A link opened or returned to (url-sync.ts): everything it carries, in one change. */
export interface LinkSlice {
  applyLink: (link: LinkState) => void;
}

export type MapStatus = 'loading' | 'ready' | 'unavailable';

export interface AppSlice {
  mapStatus: MapStatus;
  mapError: string | null;
  setMapStatus: (status: MapStatus, error?: string) => void;
}

/**
 * A new version of the app, offered and never forced (src/pwa/updates.ts installs it; src/ui/update-prompt.ts
 * offers it outside the tour).
 */
export interface UpdateSlice {
  /** A new version is installed and waits for the teacher. */
  updateReady: boolean;
  /** The teacher has asked for it: the page reloads onto it, at the same link. */
  updateAccepted: boolean;
  /** After a reload taken for an update: the tour step the teacher had reached, offered to go back to. */
  resumeStep: number | null;
  setUpdateReady: (ready: boolean) => void;
  acceptUpdate: () => void;
  setResumeStep: (step: number | null) => void;
}

export type AppState = SelectionSlice &
  ViewSlice &
  LayersSlice &
  TourSlice &
  PrefsSlice &
  UiSlice &
  LinkSlice &
  AppSlice &
  UpdateSlice &
  EditorSlice &
  InkSlice &
  MeasureSlice &
  QuizSlice;
export type AppStore = StoreApi<AppState> & {
  subscribe: StoreApi<AppState>['subscribe'] & {
    <U>(
      selector: (state: AppState) => U,
      listener: (selected: U, previous: U) => void,
      options?: { equalityFn?: (a: U, b: U) => boolean; fireImmediately?: boolean },
    ): () => void;
  };
};

type Slice<T> = StateCreator<AppState, [['zustand/subscribeWithSelector', never]], [], T>;

const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selected: null,
  hovered: null,
  frameRequest: null,
  select: (id, options) => {
    const frame = options?.frame ?? false;
    if (id === null) return set({ selected: null, cardDismissed: null });
    const seq = (get().frameRequest?.seq ?? 0) + 1;
    // A passage is shown where it is, in the article; a map feature's card takes the sidebar. On a phone the
    // sheet rises to half height in the same change, so the camera frames the selection above it.
    const ui = kindOf(id) === 'passage' ? { tab: 'article' as const } : {};
    const sheet = get().sheet === 'half' ? {} : { sheet: 'half' as const };
    set({ selected: id, cardDismissed: null, ...ui, ...sheet, ...(frame ? { frameRequest: { target: id, seq } } : {}) });
  },
  hover: (id) => {
    if (get().hovered !== id) set({ hovered: id });
  },
  clearSelection: () => set({ selected: null, cardDismissed: null }),
});

const createViewSlice: Slice<ViewSlice> = (set) => ({
  view: null,
  viewSource: 'external',
  setView: (view, source) => set({ view: clampView(view), viewSource: source }),
});

function toggled<T>(list: readonly T[], item: T, visible: boolean): readonly T[] {
  const has = list.includes(item);
  if (visible === !has) return list;
  return visible ? list.filter((x) => x !== item) : [...list, item];
}

const createLayersSlice: Slice<LayersSlice> = (set, get) => ({
  hiddenKinds: [],
  hiddenPlaceTypes: [],
  setKindVisible: (kind, visible) => set({ hiddenKinds: toggled(get().hiddenKinds, kind, visible) }),
  setPlaceTypeVisible: (type, visible) => set({ hiddenPlaceTypes: toggled(get().hiddenPlaceTypes, type, visible) }),
});

const tourCount = (s: AppState) => s.tourReveals.length || null;
const explorerOf = (s: AppState): ExplorerState => ({ selected: s.selected, view: s.view, theme: s.theme, tab: s.tab, cardDismissed: s.cardDismissed });

const createTourSlice: Slice<TourSlice> = (set, get) => ({
  tour: CLOSED_TOUR,
  tourReveals: [],
  runTour: (command) => {
    const s = get();
    const tour = tourTransition(s.tour, command, { count: tourCount(s), now: Date.now(), explorer: explorerOf(s) });
    if (tour === s.tour) return;
    const r = s.tour.active && tour.ended === 'left' ? s.tour.restore : null;
    if (!s.tour.active || tour.ended !== 'left') return set({ tour });
    // Leaving: the explorer comes back as it was, in the same change.
    set({
      tour,
      hovered: null,
      ...(r ? { selected: r.selected, cardDismissed: r.cardDismissed ?? null, theme: r.theme, tab: r.tab } : {}),
      ...(r?.view ? { view: r.view, viewSource: 'external' as const } : {}),
    });
  },
  startTour: (step = 0) => get().runTour({ type: 'go', step }),
  stopTour: () => get().runTour({ type: 'stop' }),
  goToStep: (step) => {
    const s = get();
    if (s.tour.active) s.runTour({ type: 'go', step });
    else set({ tour: withinTour({ ...s.tour, step }, tourCount(s)) });
  },
  setTourReveals: (tourReveals) => set({ tourReveals, tour: withinTour(get().tour, tourReveals.length || null) }),
});

const createPrefsSlice: Slice<PrefsSlice> = (set) => ({
  theme: 'light',
  labelLang: 'both',
  mapKeyOpen: null,
  ui: DEFAULT_LOCALE,
  setUi: (ui) => set({ ui }),
  setTheme: (theme) => set({ theme }),
  setLabelLang: (labelLang) => set({ labelLang }),
  setMapKeyOpen: (mapKeyOpen) => set({ mapKeyOpen }),
  applyPrefs: ({ theme, labelLang, mapKeyOpen, view }) =>
    set({
      ...(theme ? { theme } : {}),
      ...(labelLang ? { labelLang } : {}),
      ...(typeof mapKeyOpen === 'boolean' ? { mapKeyOpen } : {}),
      ...(view ? { view: clampView(view) } : {}),
    }),
});

const createUiSlice: Slice<UiSlice> = (set, get) => ({
  tab: 'article',
  cardDismissed: null,
  sheet: 'peek',
  setTab: (tab) => set({ tab, cardDismissed: get().selected }),
  setSheet: (sheet) => set({ sheet }),
});

const createLinkSlice: Slice<LinkSlice> = (set, get) => ({
  applyLink: (l) => {
    const s = get();
    const theme = l.theme ?? s.theme;
    const view = l.view ?? s.view;
    const count = tourCount(s);
    // The tour opens at the link's step (what it puts back is the explorer as the link shows it), moves to it,
    // or ends without putting anything back.
    const tour =
      l.step === null
        ? tourTransition(s.tour, { type: 'stop' }, { count, now: Date.now(), explorer: null })
        : s.tour.active
          ? withinTour({ ...s.tour, step: l.step }, count)
          : tourTransition(s.tour, { type: 'go', step: l.step }, { count, now: Date.now(), explorer: { selected: l.selected, view, theme, tab: s.tab } });
    set({
      selected: l.selected,
      ...(l.selected === s.selected ? {} : { cardDismissed: null }),
      ...(l.selected && l.selected !== s.selected && s.sheet === 'peek' ? { sheet: 'half' as const } : {}),
      ...(l.selected && l.selected !== s.selected && kindOf(l.selected) === 'passage' ? { tab: 'article' as const } : {}),
      hiddenKinds: l.hiddenKinds,
      hiddenPlaceTypes: l.hiddenPlaceTypes,
      ...(l.labelLang ? { labelLang: l.labelLang } : {}),
      theme,
      tour,
      ...(l.view ? { view: l.view, viewSource: 'external' as const } : {}),
    });
  },
});

const createAppSlice: Slice<AppSlice> = (set) => ({
  mapStatus: 'loading',
  mapError: null,
  setMapStatus: (mapStatus, error) => set({ mapStatus, mapError: error ?? null }),
});

const createUpdateSlice: Slice<UpdateSlice> = (set, get) => ({
  updateReady: false,
  updateAccepted: false,
  resumeStep: null,
  setUpdateReady: (updateReady) => set({ updateReady }),
  acceptUpdate: () => {
    if (get().updateReady) set({ updateAccepted: true });
  },
  setResumeStep: (step) => set({ resumeStep: step === null ? null : Math.max(0, Math.trunc(step)) }),
});

export function createAppStore(): AppStore {
  return createStore<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createSelectionSlice(...a),
      ...createViewSlice(...a),
      ...createLayersSlice(...a),
      ...createTourSlice(...a),
      ...createPrefsSlice(...a),
      ...createUiSlice(...a),
      ...createLinkSlice(...a),
      ...createAppSlice(...a),
      ...createUpdateSlice(...a),
      ...createEditorSlice(a[0], a[1]),
      ...createInkSlice(a[0], a[1], INK_COLOUR_NAMES),
      ...createMeasureSlice(a[0], a[1]),
      ...createQuizSlice(a[0], a[1]),
    })),
  ) as AppStore;
}
