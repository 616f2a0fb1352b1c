// Presenter mode for the classroom: a guided tour driven by keyboard or clicker, with a presenter view in a
// second window, a link to each step, a picture of the map and a printed handout.
//
// The same app serves two roles. In the main window this mounts the tour (controller.ts), which drives the map
// only through the store. Opened with `?presenter`, the page is the presenter view (notes-window.ts): notes,
// the next step and the time, in step with the main window over a BroadcastChannel. That page creates no map
// and mounts none of the explorer's panels (main.ts): it shows only the notes.
//
// Their code (and present.css) is not part of the first view: the tour's loads in idle time once the map is
// drawn, or at once when the tour is asked for (the Present button, P, a link to a step, Back into one). Keys
// and clicks that ask for it while it loads are held and handed to it when it is there, in order.
import type { ContentIndex } from '../content/index.ts';
import { ensurePart } from '../i18n/index.ts';
import { inIdleTime } from '../state/schedule.ts';
import type { AppStore } from '../state/store.ts';
import { isPresenterView } from './channel.ts';
import { pressAgain } from './early-keys.ts';
import { isStartKey, isTypingTarget, tourKeyAction } from './keys.ts';
import { revealsOf } from './tour.ts';

/** What the tour may ask of the map (the map adapter's handle, seen narrowly): never MapLibre itself. */
export interface MapTools {
  /** The map's canvas, just redrawn: copy it in the same task (the drawing buffer is not kept). */
  capture(): HTMLCanvasElement;
  /** Resolves when the map has finished what it was last asked to do (camera, tiles, style). */
  whenIdle(): Promise<void>;
  /** The credit the map shows for its data. */
  readonly attribution: string;
  /** What the map shows: west, south, east, north (the presenter view's picture of it is placed by them). */
  bounds(): readonly [number, number, number, number];
}

export interface PresenterOptions {
  readonly root: HTMLElement;
  readonly store: AppStore;
  readonly index: ContentIndex;
  readonly window: Window;
  /** The map, or null where there is none (no WebGL, the presenter view). */
  readonly map: MapTools | null;
}

type Mount = (o: PresenterOptions) => () => void;

/**
 * Loads a mount function once, with the tour's words (its part of the catalogue: nothing of it is drawn before),
 * mounts it, and reports a failure to load on the page's console.
 */
function lazyMount(load: () => Promise<Mount>, o: PresenterOptions, onMounted: () => void = () => undefined) {
  let dispose: (() => void) | null = null;
  let disposed = false;
  let loading: Promise<void> | null = null;
  return {
    load: () =>
      (loading ??= Promise.all([load(), ensurePart('present')]).then(
        ([mount]) => {
          if (disposed) return;
          dispose = mount(o);
          onMounted();
        },
        (e: unknown) => console.error('presenter mode could not be loaded', e),
      )),
    dispose: () => {
      disposed = true;
      dispose?.();
    },
  };
}

export function mountPresenter(o: PresenterOptions): () => void {
  const { store, index, window: win } = o;
  if (isPresenterView(win)) {
    const view = lazyMount(() => import('./notes-window.ts').then((m) => m.mountNotesWindow), o);
    void view.load();
    return view.dispose;
  }

  store.getState().setTourReveals(revealsOf(index.tour));
  const doc = o.root.ownerDocument;
  const button = doc.getElementById('present-button') as HTMLButtonElement | null;
  if (!index.tour || index.tour.steps.length === 0) {
    if (button) button.hidden = true;
    return () => undefined;
  }
  // A draft being edited may gain its tour after the page opened.
  if (button) button.hidden = false;

  // Asked for before the tour's code is there: held, then handed over in order.
  const held: Array<{ target: EventTarget; event: Event }> = [];
  let wanted = false;
  const handOver = () => {
    win.removeEventListener('keydown', onKey, true);
    button?.removeEventListener('click', onButton, true);
    for (const { target, event } of held.splice(0)) {
      if (event instanceof KeyboardEvent) pressAgain(target, event);
      else button?.click();
    }
  };
  const tour = lazyMount(() => import('./controller.ts').then((m) => m.mountTour), o, handOver);
  const want = () => {
    wanted = true;
    void tour.load();
  };
  const hold = (event: Event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
    held.push({ target: event.target ?? win, event });
    want();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target)) return;
    // Before the tour is asked for only its start key counts; after, every key the tour answers.
    if (isStartKey(e) || (wanted && tourKeyAction(e, '') !== null)) hold(e);
  };
  const onButton = (e: MouseEvent) => hold(e);
  win.addEventListener('keydown', onKey, true);
  button?.addEventListener('click', onButton, true);

  // Started another way (a link to a step, Back into one, the automation handle): load at once.
  const unsubActive = store.subscribe(
    (s) => s.tour.active,
    (active) => active && want(),
    { fireImmediately: true },
  );
  // Otherwise once the first view is drawn (or the map cannot start), in idle time.
  let cancelIdle: () => void = () => undefined;
  const unsubMap = store.subscribe(
    (s) => s.mapStatus !== 'loading',
    (settled) => {
      if (settled) cancelIdle = inIdleTime(() => void tour.load());
    },
    { fireImmediately: true },
  );

  return () => {
    unsubActive();
    unsubMap();
    cancelIdle();
    win.removeEventListener('keydown', onKey, true);
    button?.removeEventListener('click', onButton, true);
    tour.dispose();
  };
}
