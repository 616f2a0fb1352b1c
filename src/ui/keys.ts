// Global keys of the explorer. Escape cancels the editor's pick, clears a measure or clears the selection (when focus is not
// in a form field).
import { measuring } from '../state/measure-slice.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';
import { isTypingTarget } from './typing.ts';

export { isTypingTarget } from './typing.ts';

export function mountKeys(win: Window, store: AppStore): Dispose {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    if (isTypingTarget(e.target)) return;
    // Esc first cancels what the editor asked the map for (a spot, a feature to link), then a measure, then the selection.
    if (e.key === 'Escape' && store.getState().editor?.pick) {
      store.getState().setPick(null);
      e.preventDefault();
    } else if (e.key === 'Escape' && measuring(store.getState()) && store.getState().escapeMeasure()) {
      // Then a measure: cleared, and on a second Esc the tool is put away.
      e.preventDefault();
    } else if (e.key === 'Escape' && store.getState().selected) {
      store.getState().clearSelection();
      e.preventDefault();
    }
  };
  win.addEventListener('keydown', onKey);
  return () => win.removeEventListener('keydown', onKey);
}
