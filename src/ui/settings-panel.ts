// Stub: replaced by the settings (map label language; theme).
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountSettings(_el: HTMLElement, _store: AppStore): Dispose {
  return () => undefined;
}
