// Stub: replaced by the routes panel (legend and toggles, corridor and place lists, the comparison table).
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountRoutesPanel(_el: HTMLElement, _store: AppStore, _index: ContentIndex): Dispose {
  return () => undefined;
}
