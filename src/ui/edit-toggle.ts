// The header's Edit toggle: off, it starts editing the story open (a copy of it, kept as a draft on this device);
// on, while a lesson is being edited, it leaves the editor (the draft stays kept). Hidden in the tour.
import { shallow } from 'zustand/vanilla/shallow';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export interface EditToggleOptions {
  readonly start: () => Promise<void>;
  readonly leave: () => void;
}

export function mountEditToggle(button: HTMLButtonElement, store: AppStore, o: EditToggleOptions): Dispose {
  const draw = () => {
    const editing = store.getState().editor !== null;
    // Off in the tour: a class is shown, not edited.
    button.hidden = store.getState().tour.active;
    button.setAttribute('aria-pressed', String(editing));
    button.textContent = editing ? 'Editing' : 'Edit';
    button.title = editing ? 'Leave the editor (the lesson stays kept on this device)' : 'Edit a copy of this story as your own lesson';
  };
  const onClick = () => {
    if (store.getState().editor) return o.leave();
    button.disabled = true;
    o.start().catch((e: unknown) => {
      button.disabled = false;
      button.title = `The lesson was not made: ${e instanceof Error ? e.message : String(e)}`;
    });
  };
  draw();
  button.addEventListener('click', onClick);
  const unsubscribe = store.subscribe((s) => [s.editor === null, s.tour.active] as const, draw, { equalityFn: shallow });
  return () => {
    unsubscribe();
    button.removeEventListener('click', onClick);
  };
}
