// The header's Edit toggle: off, it starts editing the story open (a copy of it, kept as a draft on this device);
// on, while a lesson is being edited, it leaves the editor (the draft stays kept). Hidden in the tour.
import { shallow } from 'zustand/vanilla/shallow';
import { t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export interface EditToggleOptions {
  readonly start: () => Promise<void>;
  readonly leave: () => void;
}

export function mountEditToggle(button: HTMLButtonElement, store: AppStore, o: EditToggleOptions): Dispose {
  // Why the last start failed, kept until the next attempt (the title says it, in each language chosen meanwhile).
  let failed: string | null = null;
  const draw = () => {
    const editing = store.getState().editor !== null;
    // Off in the tour: a class is shown, not edited.
    button.hidden = store.getState().tour.active;
    button.setAttribute('aria-pressed', String(editing));
    button.textContent = editing ? t('shell.editing') : t('shell.edit');
    button.title =
      failed !== null && !editing ? t('shell.editFailedTitle', { reason: failed }) : editing ? t('shell.editLeaveTitle') : t('shell.editStartTitle');
  };
  const onClick = () => {
    if (store.getState().editor) return o.leave();
    button.disabled = true;
    failed = null;
    o.start().catch((e: unknown) => {
      button.disabled = false;
      failed = e instanceof Error ? e.message : String(e);
      draw();
    });
  };
  draw();
  button.addEventListener('click', onClick);
  const unsubscribe = store.subscribe((s) => [s.editor === null, s.tour.active, s.ui] as const, draw, { equalityFn: shallow });
  return () => {
    unsubscribe();
    button.removeEventListener('click', onClick);
  };
}
