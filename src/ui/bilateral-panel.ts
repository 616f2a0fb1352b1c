// Stub: replaced by the Cambodia–Laos panel (relations, trade chart against the 2030 target).
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountBilateralPanel(_el: HTMLElement, _store: AppStore, _index: ContentIndex): Dispose {
  return () => undefined;
}
