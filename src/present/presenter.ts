// Presenter mode for the classroom: a guided tour driven by keyboard or clicker, with a presenter view in a
// second window, a link to each step, a picture of the map and a printed handout.
//
// The same app serves two roles. In the main window this mounts the tour (controller.ts), which drives the map
// only through the store. Opened with `?presenter`, the page is the presenter view (notes-window.ts): notes,
// the next step and the time, in step with the main window over a BroadcastChannel.
import '../styles/present.css';
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import { isPresenterView } from './channel.ts';
import { mountTour } from './controller.ts';
import { mountNotesWindow } from './notes-window.ts';

export interface PresenterOptions {
  readonly root: HTMLElement;
  readonly store: AppStore;
  readonly index: ContentIndex;
  readonly window: Window;
  /** The map's canvas, just redrawn: copy it in the same task (the drawing buffer is not kept). Null: no map. */
  readonly capture: () => HTMLCanvasElement | null;
  /** Resolves when the map has finished what it was last asked to do (camera, tiles, style). */
  readonly whenIdle: () => Promise<void>;
}

export function mountPresenter(o: PresenterOptions): () => void {
  return isPresenterView(o.window) ? mountNotesWindow(o) : mountTour(o);
}
