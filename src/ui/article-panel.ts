// Stub: replaced by the article panel.
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountArticlePanel(_el: HTMLElement, _store: AppStore, _index: ContentIndex): Dispose {
  return () => undefined;
}
