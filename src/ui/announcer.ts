// Announces selection changes to screen readers through a polite live region.
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountAnnouncer(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('role', 'status');
  return store.subscribe(
    (s) => s.selected,
    (id) => {
      const info = id ? index.features.get(id) : undefined;
      el.textContent = info ? `Selected: ${info.name}` : 'Selection cleared';
    },
  );
}
