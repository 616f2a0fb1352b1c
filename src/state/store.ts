import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { subscribeWithSelector } from 'zustand/middleware';
import type { CorridorKind, LabelLang, PlaceType, SelectableId, ThemeName } from '../content/types.ts';
import { clampView, type View } from './view.ts';

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
  tour: { readonly active: boolean; readonly step: number };
  /**
   * The corridors each tour step reveals, in step order: the tour's plan, copied from the content pack once
   * at start-up. What is revealed at a step is derived from it (`revealedCorridors` in selectors.ts), never stored.
   */
  tourReveals: readonly (readonly string[])[];
  startTour: (step?: number) => void;
  stopTour: () => void;
  goToStep: (step: number) => void;
  setTourReveals: (reveals: readonly (readonly string[])[]) => void;
}

export interface PrefsSlice {
  theme: ThemeName;
  labelLang: LabelLang;
  setTheme: (theme: ThemeName) => void;
  setLabelLang: (lang: LabelLang) => void;
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

export type AppState = SelectionSlice & ViewSlice & LayersSlice & TourSlice & PrefsSlice & AppSlice & UpdateSlice;
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
    if (id === null) return set({ selected: null });
    const seq = (get().frameRequest?.seq ?? 0) + 1;
    set(frame ? { selected: id, frameRequest: { target: id, seq } } : { selected: id });
  },
  hover: (id) => {
    if (get().hovered !== id) set({ hovered: id });
  },
  clearSelection: () => set({ selected: null }),
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

const createTourSlice: Slice<TourSlice> = (set, get) => ({
  tour: { active: false, step: 0 },
  tourReveals: [],
  startTour: (step = 0) => set({ tour: { active: true, step: Math.max(0, Math.trunc(step)) } }),
  stopTour: () => set({ tour: { active: false, step: get().tour.step } }),
  goToStep: (step) => set({ tour: { active: get().tour.active, step: Math.max(0, Math.trunc(step)) } }),
  setTourReveals: (tourReveals) => set({ tourReveals }),
});

const createPrefsSlice: Slice<PrefsSlice> = (set) => ({
  theme: 'light',
  labelLang: 'both',
  setTheme: (theme) => set({ theme }),
  setLabelLang: (labelLang) => set({ labelLang }),
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
      ...createAppSlice(...a),
      ...createUpdateSlice(...a),
    })),
  ) as AppStore;
}
