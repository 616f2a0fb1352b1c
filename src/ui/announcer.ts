// Announces selection changes to screen readers through a polite live region, in the interface's language (a
// name from the pack is said as it is written; a live region's plain text cannot mark its language).
import type { ContentIndex } from '../content/index.ts';
import { kindOf } from '../content/types.ts';
import { t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function announcement(id: string | null, index: ContentIndex): string {
  if (!id) return t('shell.selectionCleared');
  if (kindOf(id) === 'passage') {
    const n = index.targetsOf(id as never).length;
    return n ? t('shell.passageSelected', { count: n }) : t('shell.passageSelectedNone');
  }
  const info = index.features.get(id as never);
  if (!info) return t('shell.selectionCleared');
  const n = index.passagesOf.get(id)?.length ?? 0;
  return n ? t('shell.selectedMentioned', { name: info.name, count: n }) : t('shell.selectedNotMentioned', { name: info.name });
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
