// The one module that ties the store to `location.hash`. A new selection pushes a history entry (so Back
// steps through earlier selections); view and setting changes replace the current one.
import { hashKeys, parseHash, serializeHash, type ParseOptions } from './url.ts';
import { stateFromUrl, urlStateOf } from './selectors.ts';
import type { AppStore } from './store.ts';

export interface UrlSyncOptions extends ParseOptions {
  readonly window: Window;
}

export function mountUrlSync(store: AppStore, options: UrlSyncOptions): () => void {
  const { window: win } = options;
  const applyFromLocation = (initial = false) => {
    const parsed = parseHash(win.location.hash, options);
    const next = stateFromUrl(parsed);
    if (initial) {
      // On opening, settings the link does not mention keep what the reader chose last time.
      const keys = hashKeys(win.location.hash);
      if (!keys.has('lang')) delete next.labelLang;
      if (!keys.has('theme')) delete next.theme;
    }
    store.setState(next);
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
  const unsubscribe = store.subscribe(urlStateOf, write, {
    equalityFn: (a, b) => serializeHash(a) === serializeHash(b),
  });
  const onPop = () => {
    applyFromLocation();
    lastSelected = store.getState().selected;
  };
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}
