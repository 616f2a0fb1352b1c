// Global keys of the explorer. Escape clears the selection (when focus is not in a form field).
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountKeys(win: Window, store: AppStore): Dispose {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const t = e.target as HTMLElement | null;
    if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
    if (e.key === 'Escape' && store.getState().selected) {
      store.getState().clearSelection();
      e.preventDefault();
    }
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
