// Remembers the reader's preferences (the interface's language, theme, map label language, the map key folded or not, last view) between visits. What is stored
// is validated on the way back in: anything corrupt or from another version is ignored, never fatal. Checked by a
// small guard rather than the schema library the content packs use: the preferences are read before the first
// view, which then would wait for that library (about 10 kB compressed) too.
import { shallow } from 'zustand/vanilla/shallow';
import { LABEL_LANGS, THEMES, type LabelLang, type ThemeName } from '../content/types.ts';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import type { AppState, AppStore } from './store.ts';
import { clampView, type View } from './view.ts';

export const PREFS_KEY = 'mekong-explorer:prefs';
export const PREFS_VERSION = 1;

export interface StoredPrefs {
  readonly version: typeof PREFS_VERSION;
  readonly ui?: Locale;
  readonly theme?: ThemeName;
  readonly labelLang?: LabelLang;
  readonly mapKeyOpen?: boolean;
  readonly view?: { readonly center: readonly [number, number]; readonly zoom: number };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);

/** Whether a parsed value is preferences this version wrote: its version, and every field it knows absent or of its type
 * (keys it does not know are ignored). */
export function isStoredPrefs(v: unknown): v is StoredPrefs {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  const fields: Record<string, (x: unknown) => boolean> = {
    version: (x) => x === PREFS_VERSION,
    ui: oneOf(LOCALES),
    theme: oneOf(THEMES),
    labelLang: oneOf(LABEL_LANGS),
    mapKeyOpen: (x) => typeof x === 'boolean',
    view: (x) => {
      if (typeof x !== 'object' || x === null) return false;
      const { center, zoom } = x as { center?: unknown; zoom?: unknown };
      return Array.isArray(center) && center.length === 2 && center.every(isNumber) && isNumber(zoom);
    },
  };
  if (!('version' in o)) return false;
  return Object.entries(o).every(([key, value]) => value === undefined || (fields[key]?.(value) ?? true));
}

/** Reads stored preferences; returns {} for anything missing, unreadable, corrupt or of another version. */
export function readPrefs(storage: Pick<Storage, 'getItem'> | null): Partial<Pick<AppState, 'ui' | 'theme' | 'labelLang' | 'mapKeyOpen'> & { view: View }> {
  try {
    const text = storage?.getItem(PREFS_KEY);
    if (!text) return {};
    const parsed: unknown = JSON.parse(text);
    if (!isStoredPrefs(parsed)) return {};
    const { ui, theme, labelLang, mapKeyOpen, view } = parsed;
    return {
      ...(ui ? { ui } : {}),
      ...(theme ? { theme } : {}),
      ...(labelLang ? { labelLang } : {}),
      ...(mapKeyOpen !== undefined ? { mapKeyOpen } : {}),
      ...(view ? { view: clampView(view) } : {}),
    };
  } catch {
    return {};
  }
}

export function writePrefs(storage: Pick<Storage, 'setItem'> | null, s: Pick<AppState, 'ui' | 'theme' | 'labelLang' | 'mapKeyOpen' | 'view'>): void {
  const value: StoredPrefs = {
    version: PREFS_VERSION,
    ui: s.ui,
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

/**
 * Applies stored preferences (before the URL, which wins) and keeps them up to date. The interface's language is
 * not applied here: main.ts reads it, loads its catalogue and sets it before anything is drawn.
 */
export function mountPrefsStorage(store: AppStore, storage: Storage | null): () => void {
  const { ui, ...prefs } = readPrefs(storage);
  void ui; // read by main.ts, which loads its catalogue first
  store.getState().applyPrefs(prefs);
  return store.subscribe(
    (s) => [s.ui, s.theme, s.labelLang, s.mapKeyOpen, s.view] as const,
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
