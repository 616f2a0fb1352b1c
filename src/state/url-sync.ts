// The one module that ties the store to `location.hash`. A new selection pushes a history entry (so Back
// steps through earlier selections); view and setting changes replace the current one. The URL is written after
// the frame that shows the change (a history call costs several milliseconds), once for all the changes of that
// frame: a tour step that moves the selection, the view and the step writes one entry, not three.
import { afterPaint } from './schedule.ts';
import { hashKeys, parseHash, serializeHash, type ParseOptions } from './url.ts';
import { stateFromUrl, urlStateOf } from './selectors.ts';
import type { AppStore } from './store.ts';
import type { Locale } from '../i18n/locales.ts';

export interface UrlSyncOptions extends ParseOptions {
  readonly window: Window;
  /**
   * Changes the interface's language when Back or Forward reaches an entry in another (its catalogue loads
   * first). On opening, main.ts has already chosen it, from the link (`uiFromHash`), the stored preference or the browser.
   */
  readonly chooseUi?: (ui: Locale) => void;
}

export function mountUrlSync(store: AppStore, options: UrlSyncOptions): () => void {
  const { window: win } = options;
  const applyFromLocation = (initial = false) => {
    const parsed = parseHash(win.location.hash, options);
    const { labelLang, theme, ...next } = stateFromUrl(parsed);
    // On opening, settings the link does not mention keep what the reader chose last time.
    const keys = initial ? hashKeys(win.location.hash) : null;
    store.getState().applyLink({ ...next, ...(!keys || keys.has('lang') ? { labelLang } : {}), ...(!keys || keys.has('theme') ? { theme } : {}) });
    if (!initial && parsed.ui !== store.getState().ui) options.chooseUi?.(parsed.ui);
  };
  applyFromLocation(true);

  let lastSelected = store.getState().selected;
  const write = () => {
    const state = store.getState();
    const next = serializeHash(urlStateOf(state));
    const current = win.location.hash;
    if (next === current || (next === '' && current === '#')) return;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    if (state.selected !== lastSelected) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    lastSelected = state.selected;
  };
  let pending: (() => void) | null = null;
  const unsubscribe = store.subscribe(
    urlStateOf,
    () => {
      pending ??= afterPaint(() => {
        pending = null;
        write();
      });
    },
    { equalityFn: (a, b) => serializeHash(a) === serializeHash(b) },
  );
  const onPop = () => {
    // The history's entry wins over a change not yet written.
    pending?.();
    pending = null;
    applyFromLocation();
    lastSelected = store.getState().selected;
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);
  return () => {
    pending?.();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}
