// The page around the map follows the store's theme: <html data-theme> (the styles key their colours on it).
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountDocumentTheme(root: HTMLElement, store: AppStore): Dispose {
  const unsubscribe = store.subscribe(
    (s) => s.theme,
    (theme) => {
      root.dataset['theme'] = theme;
    },
    { fireImmediately: true },
  );
  return () => {
    unsubscribe();
    delete root.dataset['theme'];
  };
}
