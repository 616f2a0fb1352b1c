// Remembers the reader's preferences (theme, map label language, the map key folded or not, last view) between visits. What is stored
// is validated on the way back in: anything corrupt or from another version is ignored, never fatal.
import { shallow } from 'zustand/vanilla/shallow';
import { z } from 'zod/mini';
import { LABEL_LANGS, THEMES } from '../content/types.ts';
import type { AppState, AppStore } from './store.ts';
import { clampView, type View } from './view.ts';

export const PREFS_KEY = 'mekong-explorer:prefs';
export const PREFS_VERSION = 1;

const stored = z.object({
  version: z.literal(PREFS_VERSION),
  theme: z.optional(z.enum(THEMES)),
  labelLang: z.optional(z.enum(LABEL_LANGS)),
  mapKeyOpen: z.optional(z.boolean()),
  view: z.optional(z.object({ center: z.tuple([z.number(), z.number()]), zoom: z.number() })),
});
export type StoredPrefs = z.infer<typeof stored>;

/** Reads stored preferences; returns {} for anything missing, unreadable, corrupt or of another version. */
export function readPrefs(storage: Pick<Storage, 'getItem'> | null): Partial<Pick<AppState, 'theme' | 'labelLang' | 'mapKeyOpen'> & { view: View }> {
  try {
    const text = storage?.getItem(PREFS_KEY);
    if (!text) return {};
    const r = stored.safeParse(JSON.parse(text));
    if (!r.success) return {};
    const { theme, labelLang, mapKeyOpen, view } = r.data;
    return {
      ...(theme ? { theme } : {}),
      ...(labelLang ? { labelLang } : {}),
      ...(mapKeyOpen !== undefined ? { mapKeyOpen } : {}),
      ...(view ? { view: clampView(view) } : {}),
    };
  } catch {
    return {};
  }
}

export function writePrefs(storage: Pick<Storage, 'setItem'> | null, s: Pick<AppState, 'theme' | 'labelLang' | 'mapKeyOpen' | 'view'>): void {
  const value: StoredPrefs = {
    version: PREFS_VERSION,
    theme: s.theme,
    labelLang: s.labelLang,
    ...(s.mapKeyOpen === null ? {} : { mapKeyOpen: s.mapKeyOpen }),
    ...(s.view ? { view: { center: [s.view.center[0], s.view.center[1]], zoom: s.view.zoom } } : {}),
  };
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(value));
  } catch {
    // Storage full or forbidden (private mode): preferences are a convenience, not a requirement.
  }
}

/** Applies stored preferences (before the URL, which wins) and keeps them up to date. */
export function mountPrefsStorage(store: AppStore, storage: Storage | null): () => void {
  store.getState().applyPrefs(readPrefs(storage));
  return store.subscribe(
    (s) => [s.theme, s.labelLang, s.mapKeyOpen, s.view] as const,
    () => writePrefs(storage, store.getState()),
    { equalityFn: shallow },
  );
}

export function safeLocalStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
