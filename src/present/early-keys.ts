// Keys a teacher presses before the app has started: the page shows the header and the article about a second
// before the app's module runs (src/boot.ts), and a clicker's "start" and "next" pressed then must not be lost.
// The entry holds them from the start; the app takes them once its own key handling is mounted, and they are
// given to it again in order. Only what the tour would answer is held, as the tour's loader does
// (present/presenter.ts): its start key, and after it the keys the tour answers.
import { isStartKey, isTypingTarget, tourKeyAction } from './keys.ts';

let held: { target: EventTarget; event: KeyboardEvent }[] | null = null;
let stop: (() => void) | null = null;

/** Starts holding the tour's keys (called by the entry, once). */
export function holdEarlyKeys(win: Window): void {
  if (held) return;
  const keys: { target: EventTarget; event: KeyboardEvent }[] = (held = []);
  let started = false;
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target)) return;
    if (!isStartKey(e) && !(started && tourKeyAction(e, '') !== null)) return;
    started = true;
    e.preventDefault();
    e.stopImmediatePropagation();
    keys.push({ target: e.target ?? win, event: e });
  };
  win.addEventListener('keydown', onKey, true);
  stop = () => win.removeEventListener('keydown', onKey, true);
}

/** Stops holding, and presses the held keys again, in order, for the app's own handlers (called once they are mounted). */
export function releaseEarlyKeys(): void {
  stop?.();
  stop = null;
  for (const { target, event } of held?.splice(0) ?? []) pressAgain(target, event);
}

/** Presses a held key again on its target, for handlers that were not there when it was pressed. */
export function pressAgain(target: EventTarget, event: KeyboardEvent): void {
  const { key, code, altKey, ctrlKey, metaKey, shiftKey } = event;
  target.dispatchEvent(new KeyboardEvent('keydown', { key, code, altKey, ctrlKey, metaKey, shiftKey, bubbles: true, cancelable: true }));
}
