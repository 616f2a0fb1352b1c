// The tour step that survives the reload taken for an update (src/pwa/updates.ts): read at start, before the
// service worker's own code (loaded once the first view is drawn).
import type { AppStore } from '../state/store.ts';

/** Where the tour step survives the reload taken for an update (this tab only). */
export const RESUME_KEY = 'mekong-update-resume-step';

export function session(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null; // storage blocked: the step is simply not offered again
  }
}

/** Restores the tour step remembered by a reload taken for an update (once). */
export function restoreResumeStep(store: AppStore, win: Window): void {
  const storage = session(win);
  const saved = storage?.getItem(RESUME_KEY) ?? null;
  if (saved === null) return;
  storage?.removeItem(RESUME_KEY);
  if (/^\d{1,6}$/.test(saved)) store.getState().setResumeStep(Number(saved));
}
