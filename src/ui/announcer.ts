// Announces selection changes to screen readers through a polite live region.
import type { ContentIndex } from '../content/index.ts';
import { kindOf } from '../content/types.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function announcement(id: string | null, index: ContentIndex): string {
  if (!id) return 'Selection cleared';
  if (kindOf(id) === 'passage') {
    const n = index.targetsOf(id as never).length;
    return n ? `Passage selected: ${n} feature${n === 1 ? '' : 's'} shown on the map` : 'Passage selected: it names no place on the map';
  }
  const info = index.features.get(id as never);
  if (!info) return 'Selection cleared';
  const n = index.passagesOf.get(id)?.length ?? 0;
  return `Selected: ${info.name}. ${n ? `The article mentions it in ${n} passage${n === 1 ? '' : 's'}.` : 'The article does not mention it.'}`;
}

export function mountAnnouncer(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  el.setAttribute('aria-live', 'polite');
  el.setAttribute('role', 'status');
  return store.subscribe(
    (s) => s.selected,
    (id) => {
      el.textContent = announcement(id, index);
    },
  );
}
