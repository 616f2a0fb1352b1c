// The tour in the main window: takes the screen, moves from step to step through the store (the camera
// binding frames, the style reveals corridors), answers the keyboard and clicker, talks to the presenter view,
// saves the map as a picture and prints the handout. Leaving puts the explorer back as it was.
import '../styles/present.css';
import { nothing, render } from 'lit-html';
import type { ThemeName } from '../content/types.ts';
import { revealedCorridors, revealedUpTo } from '../state/selectors.ts';
import type { AppState } from '../state/store.ts';
import { THEME_TOKENS } from '../styles/tokens.ts';
import { openChannel, presenterViewUrl, stepLinkUrl, type TourMessage } from './channel.ts';
import { clearHandout, renderHandout, type HandoutPage } from './handout.ts';
import { composeMapImage, downloadPng, type ImageParts } from './image.ts';
import { activatesTarget, DIGITS_TIMEOUT_MS, isStartKey, isTypingTarget, tourCommand, tourKeyAction, type TourAction } from './keys.ts';
import type { PresenterOptions } from './presenter.ts';
import { stageTemplate } from './stage.ts';
import { clampStep, frameTargetOf, scaleBar, stepFacts, stepLabel } from './tour.ts';
import { legendItems } from './views.ts';

/** The explorer as it was when the tour started, put back when the tour ends. */
interface Snapshot {
  readonly selected: AppState['selected'];
  readonly view: AppState['view'];
  readonly theme: ThemeName;
  readonly tab: string | null;
  readonly scroll: readonly (readonly [HTMLElement, number])[];
  readonly focus: HTMLElement | null;
}

const IDLE_TIMEOUT_MS = 15_000;

export function mountTour(o: PresenterOptions): () => void {
  const { root, store, index, window: win } = o;
  const doc = root.ownerDocument;
  const tour = index.tour;
  const button = doc.getElementById('present-button') as HTMLButtonElement | null;
  if (!tour || tour.steps.length === 0) return () => undefined; // the Present button is hidden (presenter.ts)
  const steps = tour.steps;
  const count = steps.length;

  const stageEl = doc.createElement('div');
  stageEl.className = 'present-root';
  const handoutEl = doc.createElement('div');
  handoutEl.className = 'print-handout';
  root.append(stageEl, handoutEl);

  let presenting = false;
  let leaving = false;
  let disposed = false;
  let snapshot: Snapshot | null = null;
  let black = false;
  let digits = '';
  let showNotes = false;
  let status = '';
  let copyFallback: string | null = null;
  let presenterLink: string | null = null;
  let busy: string | null = null;
  let startedAt: number | null = null;
  let enteredFullscreen = false;
  /** The step whose frame has been asked of the map (none while the layout is still changing on entering). */
  let framed = -1;
  const timers = new Set<number>();

  const later = (ms: number, fn: () => void) => {
    const id = win.setTimeout(() => {
      timers.delete(id);
      if (!disposed) fn();
    }, ms);
    timers.add(id);
    return id;
  };
  const afterLayout = () =>
    new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => later(60, resolve))));
  /** The map has finished what it was asked to do (camera, tiles, style); never waits for ever. */
  const settle = () => Promise.race([o.whenIdle(), new Promise<void>((resolve) => later(IDLE_TIMEOUT_MS, resolve))]);

  const current = () => clampStep(store.getState().tour.step, count);
  const stepAt = (n: number) => steps[clampStep(n, count)]!;
  const markedAt = (n: number): ReadonlySet<string> => {
    const s = stepAt(n);
    const target = frameTargetOf(s, index);
    return new Set([...s.features, ...(target ? index.targetsOf(target) : [])]);
  };

  // --- Drawing ---------------------------------------------------------------------------------------------

  const draw = () => {
    if (disposed) return;
    if (!presenting) {
      render(nothing, stageEl);
      return;
    }
    const n = current();
    render(
      stageTemplate(
        {
          tour,
          step: n,
          index,
          theme: store.getState().theme,
          marked: markedAt(n),
          facts: stepFacts(tour, n, index),
          black,
          digits,
          showNotes,
          status,
          copyFallback,
          presenterLink,
          busy,
          framed: framed === n,
        },
        actions,
      ),
      stageEl,
    );
  };

  const say = (text: string) => {
    status = text;
    draw();
  };

  // --- The presenter view ----------------------------------------------------------------------------------

  const stateMessage = (): TourMessage => ({ type: 'state', active: presenting, step: current(), black, startedAt });
  const broadcast = () => channel.post(stateMessage());
  const channel = openChannel(win, (m) => {
    switch (m.type) {
      case 'hello':
        return broadcast();
      case 'go':
        return presenting ? go(m.step) : start(m.step);
      case 'start':
        return start(m.step);
      case 'black':
        if (presenting) setBlack(m.on);
        return;
      case 'stop':
        return leave();
      default:
        return;
    }
  });

  // --- Steps -----------------------------------------------------------------------------------------------

  /** Frames and highlights the step's features through the store; the style reveals its corridors. */
  const applyStep = () => {
    if (!presenting) return;
    const s = store.getState();
    const n = clampStep(s.tour.step, count);
    if (n !== s.tour.step) return s.goToStep(n); // the subscription comes back here with a valid step
    const target = frameTargetOf(steps[n]!, index);
    if (target) s.select(target, { frame: true });
    framed = n;
    copyFallback = null;
    presenterLink = null;
    status = '';
    draw();
    broadcast();
  };

  const go = (n: number) => {
    const target = clampStep(n, count);
    if (black) setBlack(false);
    if (target !== store.getState().tour.step) store.getState().goToStep(target);
  };

  const setBlack = (on: boolean) => {
    if (black === on) return;
    black = on;
    draw();
    broadcast();
  };

  const start = (n = 0) => {
    const step = clampStep(n, count);
    if (presenting) return go(step);
    store.getState().startTour(step);
  };

  // --- Entering and leaving --------------------------------------------------------------------------------

  const takeSnapshot = (): Snapshot => {
    const s = store.getState();
    const tab = doc.querySelector<HTMLElement>('.tabs [role="tab"][aria-selected="true"]');
    const scrollables = [...doc.querySelectorAll<HTMLElement>('.sidebar, .sidebar .tab-panel, .sidebar .selection')];
    const active = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
    return { selected: s.selected, view: s.view, theme: s.theme, tab: tab?.id ?? null, scroll: scrollables.map((el) => [el, el.scrollTop] as const), focus: active };
  };

  const enter = () => {
    presenting = true;
    framed = -1;
    snapshot ??= takeSnapshot();
    startedAt = Date.now();
    black = false;
    digits = '';
    doc.body.classList.add('is-presenting');
    draw();
    stageEl.querySelector<HTMLElement>('.present-side')?.focus({ preventScroll: true });
    broadcast();
    // Frame once the map has grown into the space the sidebar and header left.
    void afterLayout().then(applyStep);
  };

  /** Leaving by Esc or "End tour": the explorer comes back exactly as it was. */
  const leave = () => {
    if (!presenting) return;
    const snap = snapshot;
    leaving = true;
    try {
      const s = store.getState();
      store.setState({
        tour: { active: false, step: s.tour.step },
        hovered: null,
        ...(snap ? { selected: snap.selected, theme: snap.theme } : {}),
        ...(snap?.view ? { view: snap.view, viewSource: 'external' as const } : {}),
      });
    } finally {
      leaving = false;
    }
  };

  /** The tour has stopped: by leave() (restore), or from outside, e.g. Back to a link without a step. */
  const exit = (restore: boolean) => {
    presenting = false;
    black = false;
    digits = '';
    busy = null;
    status = '';
    copyFallback = null;
    presenterLink = null;
    const snap = snapshot;
    snapshot = null;
    startedAt = null;
    doc.body.classList.remove('is-presenting', 'has-handout');
    clearHandout(handoutEl);
    draw();
    broadcast();
    if (enteredFullscreen && doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    enteredFullscreen = false;
    if (!restore || !snap) return;
    if (snap.tab) {
      const tab = doc.getElementById(snap.tab);
      if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
    }
    for (const [el, top] of snap.scroll) el.scrollTop = top;
    if (snap.focus?.isConnected) snap.focus.focus({ preventScroll: true });
    else button?.focus({ preventScroll: true });
  };

  // --- Tools -----------------------------------------------------------------------------------------------

  const attribution = () => doc.querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  const imageParts = (n: number, withBands: boolean): ImageParts => {
    const s = store.getState();
    const theme = THEME_TOKENS[s.theme];
    const drawn = revealedCorridors(s) ?? [...index.corridors.keys()];
    const scale = s.view ? scaleBar(s.view.center[1], s.view.zoom, 120) : null;
    return {
      title: withBands ? stepAt(n).title : null,
      kicker: withBands ? `${tour.title} · step ${stepLabel(n, count)}` : null,
      legend: withBands ? legendItems(drawn, index, theme) : null,
      scale: scale ? { px: scale.px, label: scale.label } : null,
      attribution: attribution(),
      theme,
    };
  };

  // From the store, not `capture()`: capturing redraws the whole map.
  const mapAvailable = () => store.getState().mapStatus !== 'unavailable';

  const saveImage = async () => {
    if (busy) return;
    if (!mapAvailable()) return say('The map is not available here, so there is no picture to save.');
    say('Preparing the picture…');
    await settle();
    const canvas = o.capture();
    if (disposed || !presenting || !canvas) return;
    const n = current();
    try {
      const image = composeMapImage(doc, canvas, imageParts(n, true));
      await downloadPng(doc, image, `mekong-tour-step-${String(n + 1).padStart(2, '0')}.png`);
      say(`Map image of step ${stepLabel(n, count)} saved.`);
    } catch {
      say('The picture could not be saved.');
    }
  };

  /** Steps through the tour behind a cover, one picture per step, then lays out the pages and prints. */
  const prepareHandout = async (): Promise<boolean> => {
    if (busy || !mapAvailable()) {
      if (!mapAvailable()) say('The map is not available here, so the handout cannot show it.');
      return false;
    }
    const back = current();
    const pages: HandoutPage[] = [];
    const theme = () => THEME_TOKENS[store.getState().theme];
    try {
      for (let n = 1; n < count; n++) {
        busy = `Preparing the handout: step ${n + 1} of ${count}…`;
        draw();
        if (store.getState().tour.step !== n) store.getState().goToStep(n);
        else applyStep();
        await afterLayout();
        await settle();
        if (disposed || !presenting) return false;
        const canvas = o.capture();
        pages.push({
          step: n,
          image: canvas ? composeMapImage(doc, canvas, imageParts(n, false), 1600) : null,
          legend: legendItems(revealedUpTo(store.getState().tourReveals, n), index, theme()),
          marked: markedAt(n),
        });
      }
    } finally {
      busy = null;
      if (presenting && !disposed) {
        if (store.getState().tour.step !== back) store.getState().goToStep(back);
        draw();
      }
    }
    renderHandout(handoutEl, tour, index, pages, attribution());
    doc.body.classList.add('has-handout');
    return true;
  };

  const printHandout = async () => {
    if (!(await prepareHandout())) return;
    say('The handout is ready: choose a printer, or save it as a PDF.');
    await afterLayout();
    if (!disposed) win.print();
  };

  const copyLink = async () => {
    const url = stepLinkUrl(win);
    try {
      await win.navigator.clipboard.writeText(url);
      copyFallback = null;
      say(`Link to step ${stepLabel(current(), count)} copied.`);
    } catch {
      copyFallback = url;
      say('The browser did not let the page copy: copy the link below.');
    }
  };

  const openPresenter = () => {
    const url = presenterViewUrl(win);
    const opened = win.open(url, 'mekong-presenter', 'popup=yes,width=1100,height=760');
    presenterLink = opened ? null : url;
    say(opened ? 'Presenter view opened in a new window.' : 'The browser blocked the new window: allow pop-ups, or use the link below.');
  };

  const toggleFullscreen = () => {
    if (doc.fullscreenElement) {
      void doc.exitFullscreen().catch(() => undefined);
      return;
    }
    const request = doc.documentElement.requestFullscreen?.();
    if (!request) return say('Full screen is not available in this browser: try its own full-screen key (often F11).');
    request.then(
      () => {
        enteredFullscreen = true;
      },
      () => say('The browser did not allow full screen: try its own full-screen key (often F11).'),
    );
  };

  const actions = {
    prev: () => go(current() - 1),
    next: () => go(current() + 1),
    leave,
    black: () => setBlack(!black),
    fullscreen: toggleFullscreen,
    openPresenter,
    copyLink: () => void copyLink(),
    saveImage: () => void saveImage(),
    printHandout: () => void printHandout(),
    toggleNotes: () => {
      showNotes = !showNotes;
      draw();
    },
    setTheme: (t: ThemeName) => store.getState().setTheme(t),
  };

  // --- Keys ------------------------------------------------------------------------------------------------

  let digitsTimer = 0;
  const perform = (a: TourAction) => {
    const next = tourCommand(a, { step: current(), count, black, digits });
    const typed = next.digits !== digits;
    digits = next.digits;
    win.clearTimeout(digitsTimer);
    timers.delete(digitsTimer);
    if (digits) {
      digitsTimer = later(DIGITS_TIMEOUT_MS, () => {
        digits = '';
        draw();
      });
    }
    if (typed) draw(); // the digits shown on the stage
    const c = next.command;
    if (!c) return;
    switch (c.type) {
      case 'go':
        return go(c.step);
      case 'black':
        return setBlack(c.on);
      case 'fullscreen':
        return toggleFullscreen();
      case 'leave':
        return leave();
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    if (!presenting) {
      if (isStartKey(e) && !isTypingTarget(e.target)) {
        e.preventDefault();
        start(0);
      }
      return;
    }
    if (isTypingTarget(e.target)) return;
    if (busy) {
      // Preparing the handout moves the map: keys wait until it is done.
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (!digits && activatesTarget(e, e.target)) return;
    const action = tourKeyAction(e, digits);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    perform(action);
  };
  // Capture: in the tour the keys are the tour's, before the map pans with the arrows or Esc clears a selection.
  win.addEventListener('keydown', onKey, true);

  const onButton = () => start(0);
  button?.addEventListener('click', onButton);

  // Re-frame when the screen changes size (full screen, projector resolution).
  let resizeTimer = 0;
  const onResize = () => {
    if (!presenting) return;
    win.clearTimeout(resizeTimer);
    timers.delete(resizeTimer);
    resizeTimer = later(250, () => {
      if (presenting && !busy) applyStep();
    });
  };
  win.addEventListener('resize', onResize);
  doc.addEventListener('fullscreenchange', onResize);

  // --- Store -----------------------------------------------------------------------------------------------

  const unsubTour = store.subscribe(
    (s) => s.tour,
    (t, prev) => {
      if (t.active && !presenting) enter();
      else if (!t.active && presenting) exit(leaving);
      else if (t.active && t.step !== prev.step) applyStep();
    },
  );
  const unsubTheme = store.subscribe((s) => s.theme, draw);
  // A frame asked for before the map could take it (a link opening at a step) is asked for again.
  const unsubMap = store.subscribe(
    (s) => s.mapStatus,
    (m) => {
      if (m === 'ready' && presenting) applyStep();
    },
  );

  // A link with step=N has already opened the tour (the URL is applied before the panels mount).
  if (store.getState().tour.active) enter();

  return () => {
    disposed = true;
    unsubTour();
    unsubTheme();
    unsubMap();
    channel.close();
    win.removeEventListener('keydown', onKey, true);
    win.removeEventListener('resize', onResize);
    doc.removeEventListener('fullscreenchange', onResize);
    button?.removeEventListener('click', onButton);
    for (const id of timers) win.clearTimeout(id);
    timers.clear();
    doc.body.classList.remove('is-presenting', 'has-handout');
    render(nothing, stageEl);
    clearHandout(handoutEl);
    stageEl.remove();
    handoutEl.remove();
  };
}

