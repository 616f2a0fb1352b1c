// The tour in the main window, as a view of the store's tour session (state/tour-session.ts): it takes the
// screen while the session is active, frames each step through the store (the camera binding frames, the style
// reveals corridors), turns keys, clicks and the presenter view's messages into tour commands, and reports the
// session to the presenter view. Leaving (a store transition) puts the explorer back; this puts back only what
// is the page's own: scroll positions and focus. The tools (picture, handout, links) are in tools.ts.
import '../styles/present.css';
import '../styles/present-panel.css';
import '../styles/present-notes.css';
import '../styles/present-print.css';
import { nothing, render } from 'lit-html';
import { t as tr, type MessageKey } from '../i18n/index.ts';
import type { InkColour } from '../styles/ink-colours.ts';
import type { TourCommand, TourSession } from '../state/tour-session.ts';
import { openChannel } from './channel.ts';
import { clearHandout } from './handout.ts';
import type { InkTool } from '../state/ink-slice.ts';
import { activatesTarget, DIGITS_TIMEOUT_MS, inkKeyAction, isStartKey, isTypingTarget, tourCommand, tourKeyAction } from './keys.ts';
import type { PresenterOptions } from './presenter.ts';
import { stageTemplate } from './stage.ts';
import { STAGE_START, tourTools, type StageLocal } from './tools.ts';
import { frameTargetOf, stepFacts } from './tour.ts';

/** The page as it was when the tour started: what the store does not hold. */
interface PageSnapshot {
  readonly scroll: readonly (readonly [HTMLElement, number])[];
  readonly focus: HTMLElement | null;
}

const IDLE_TIMEOUT_MS = 15_000;
/** The presenter view's picture of the map: its width (px), and how long the map must be still before it is taken. */
const PICTURE_WIDTH = 720;
const PICTURE_DELAY_MS = 250;

/** What the live region says when a drawing tool is taken up, or an ink chosen. */
const INK_SAID: Readonly<Record<InkTool, MessageKey>> = {
  pen: 'present.saidPen',
  highlighter: 'present.saidHighlighter',
  arrow: 'present.saidArrow',
  laser: 'present.saidLaser',
  eraser: 'present.saidEraser',
};
const COLOUR_SAID: Readonly<Record<InkColour, MessageKey>> = {
  red: 'present.saidRed',
  orange: 'present.saidOrange',
  green: 'present.saidGreen',
  magenta: 'present.saidMagenta',
};

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

  /** The stage is up (the session is active and this view has entered it). */
  let shown = false;
  let disposed = false;
  let stage: StageLocal = STAGE_START;
  let page: PageSnapshot | null = null;

  const timers = new Set<number>();
  const later = (ms: number, fn: () => void) => {
    const id = win.setTimeout(() => {
      timers.delete(id);
      if (!disposed) fn();
    }, ms);
    timers.add(id);
    return id;
  };
  const cancel = (id: number) => {
    win.clearTimeout(id);
    timers.delete(id);
  };
  const afterLayout = () => new Promise<void>((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => later(60, resolve))));

  const session = () => store.getState().tour;
  /** The pen draws on the map: none where there is no map. */
  const canDraw = () => o.map !== null && store.getState().mapStatus !== 'unavailable';
  const run = (c: TourCommand) => store.getState().runTour(c);
  const markedAt = (n: number): ReadonlySet<string> => {
    const s = steps[n]!;
    const target = frameTargetOf(s, index);
    return new Set([...s.features, ...(target ? index.targetsOf(target) : [])]);
  };

  // --- Drawing ---------------------------------------------------------------------------------------------

  const draw = () => {
    if (disposed) return;
    if (!shown) return render(nothing, stageEl);
    const t = session();
    const n = t.step;
    const s = store.getState();
    const model = { tour, step: n, index, theme: s.theme, marked: markedAt(n), facts: stepFacts(tour, n, index) };
    const ink = canDraw() ? { tool: s.inkTool, colour: s.inkColour, onStep: (s.ink[n]?.length ?? 0) > 0, any: Object.keys(s.ink).length > 0 } : null;
    render(stageTemplate({ ...model, ...stage, black: t.black, digits: t.digits, framed: stage.framed === n, ink }, actions), stageEl);
  };
  const setStage = (patch: Partial<StageLocal>) => {
    stage = { ...stage, ...patch };
    draw();
  };

  // --- The presenter view ----------------------------------------------------------------------------------

  const report = (t: TourSession) => channel.post({ type: 'state', active: t.active, step: t.step, black: t.black, startedAt: t.startedAt });
  const channel = openChannel(win, (m) => {
    switch (m.type) {
      case 'hello':
        onHello(m);
        return report(session());
      case 'go':
      case 'start':
        return run({ type: 'go', step: m.step });
      case 'black':
        return run({ type: 'black', on: m.on });
      case 'stop':
        return run({ type: 'leave' });
      case 'stroke':
        return void store.getState().addStroke(m.step, m.stroke);
      case 'erase':
        return store.getState().eraseStroke(m.step, m.id);
      default:
        return;
    }
  });
  // hello also means a presenter view is there: it is sent pictures of the map from now on.
  const onHello = (m: { type: string }) => {
    if (m.type !== 'hello') return;
    presenterThere = true;
    sendPicture();
  };

  // --- Steps -----------------------------------------------------------------------------------------------

  /** Frames and highlights the step's features through the store; the style reveals its corridors. */
  const applyStep = () => {
    if (!shown) return;
    const n = session().step;
    const target = frameTargetOf(steps[n]!, index);
    if (target) store.getState().select(target, { frame: true });
    setStage({ framed: n, copyFallback: null, presenterLink: null, status: '' });
    sendPicture();
  };

  const settle = () => Promise.race([o.map?.whenIdle() ?? Promise.resolve(), new Promise<void>((resolve) => later(IDLE_TIMEOUT_MS, resolve))]);

  // --- The presenter view's picture of the map -------------------------------------------------------------
  // The presenter view has no map: once it is there, it is sent a small picture of the map as shown, ink and all,
  // with the bounds it shows, whenever the map has settled after a change (a step, the teacher's pan, the ink). The
  // picture is the one truth of both windows: the presenter view draws only a stroke being drawn over it.

  let presenterThere = false;
  let pictureTimer = 0;
  let picturing = false;
  let pictureAgain = false;
  const sendPicture = () => {
    if (!presenterThere || !shown || !canDraw()) return;
    cancel(pictureTimer);
    pictureTimer = later(PICTURE_DELAY_MS, () => void takePicture());
  };
  const takePicture = async () => {
    const m = o.map;
    if (!m) return;
    if (picturing) {
      pictureAgain = true;
      return;
    }
    picturing = true;
    try {
      await settle();
      if (!shown || disposed || stage.busy) return;
      // Copied in the same task as the capture (the map does not keep its drawing buffer).
      const canvas = m.capture();
      const scale = Math.min(1, PICTURE_WIDTH / Math.max(1, canvas.width));
      const [width, height] = [Math.max(1, Math.round(canvas.width * scale)), Math.max(1, Math.round(canvas.height * scale))];
      const small = doc.createElement('canvas');
      [small.width, small.height] = [width, height];
      const ctx = small.getContext('2d');
      if (!ctx) return;
      ctx.drawImage(canvas, 0, 0, width, height);
      const n = session().step;
      const image = small.toDataURL('image/jpeg', 0.8);
      channel.post({ type: 'map', step: n, image, width, height, bounds: m.bounds(), strokes: store.getState().ink[n] ?? [] });
    } finally {
      picturing = false;
      if (pictureAgain) {
        pictureAgain = false;
        sendPicture();
      }
    }
  };

  const tools = tourTools({
    doc,
    win,
    store,
    index,
    tour,
    map: o.map,
    handoutEl,
    stage: () => stage,
    setStage,
    live: () => shown && !disposed,
    afterLayout,
    settle,
    reframe: applyStep,
    markedAt,
  });

  // --- Entering and leaving --------------------------------------------------------------------------------

  const enter = () => {
    shown = true;
    stage = STAGE_START;
    const active = doc.activeElement instanceof HTMLElement && doc.activeElement !== doc.body ? doc.activeElement : null;
    const scrollables = [...doc.querySelectorAll<HTMLElement>('.sidebar-scroll')];
    page ??= { scroll: scrollables.map((el) => [el, el.scrollTop] as const), focus: active };
    doc.body.classList.add('is-presenting');
    draw();
    stageEl.querySelector<HTMLElement>('.present-side')?.focus({ preventScroll: true });
    // Frame once the map has grown into the space the sidebar and header left.
    void afterLayout().then(applyStep);
  };

  /** The session has ended: left by Esc or End tour (the page is put back too), or stopped from outside. */
  const exit = (left: boolean) => {
    shown = false;
    // The ink stays with its steps; the tool is put down, so the explorer's map moves as usual.
    store.getState().setInkTool(null);
    stage = STAGE_START;
    const snap = page;
    page = null;
    doc.body.classList.remove('is-presenting', 'has-handout');
    clearHandout(handoutEl);
    draw();
    tools.leaveFullscreen();
    if (!left || !snap) return;
    for (const [el, top] of snap.scroll) el.scrollTop = top;
    if (snap.focus?.isConnected) snap.focus.focus({ preventScroll: true });
    else button?.focus({ preventScroll: true });
  };

  const actions = {
    prev: () => run({ type: 'go', step: session().step - 1 }),
    next: () => run({ type: 'go', step: session().step + 1 }),
    leave: () => run({ type: 'leave' }),
    black: () => run({ type: 'black', on: !session().black }),
    fullscreen: tools.toggleFullscreen,
    openPresenter: tools.openPresenter,
    copyLink: tools.copyLink,
    saveImage: tools.saveImage,
    printHandout: tools.printHandout,
    toggleNotes: () => setStage({ showNotes: !stage.showNotes }),
    setTheme: store.getState().setTheme,
    setInkTool: (tool: InkTool | null) => store.getState().setInkTool(tool),
    setInkColour: store.getState().setInkColour,
    clearStepInk: () => {
      const n = session().step;
      const had = (store.getState().ink[n]?.length ?? 0) > 0;
      store.getState().clearStepInk(n);
      setStage({ status: tr(had ? 'present.clearedStep' : 'present.nothingToClear', { step: n + 1 }) });
    },
    clearAllInk: () => {
      store.getState().clearAllInk();
      setStage({ status: tr('present.clearedAll') });
    },
  };

  // --- Keys ------------------------------------------------------------------------------------------------

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    if (!shown) {
      if (isStartKey(e) && !isTypingTarget(e.target)) {
        e.preventDefault();
        run({ type: 'go', step: 0 });
      }
      return;
    }
    if (isTypingTarget(e.target)) return;
    if (stage.busy) {
      // Preparing the handout moves the map: keys wait until it is done.
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const t = session();
    if (!t.digits && activatesTarget(e, e.target)) return;
    // The pen's keys (Esc puts a tool down before it leaves the tour); digits being typed keep Esc.
    const ink = !t.digits && canDraw() ? inkKeyAction(e, store.getState().inkTool) : null;
    if (ink) {
      e.preventDefault();
      e.stopPropagation();
      return ink.type === 'tool' ? actions.setInkTool(ink.tool) : actions.clearStepInk();
    }
    const action = tourKeyAction(e, t.digits);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    const command = tourCommand(action, { step: t.step, black: t.black, digits: t.digits, count });
    if (command.type === 'fullscreen') tools.toggleFullscreen();
    run(command);
  };
  // Capture: in the tour the keys are the tour's, before the map pans with the arrows or Esc clears a selection.
  win.addEventListener('keydown', onKey, true);

  const onButton = () => run({ type: 'go', step: 0 });
  button?.addEventListener('click', onButton);

  // Re-frame when the screen changes size (full screen, projector resolution).
  let resizeTimer = 0;
  const onResize = () => {
    if (!shown) return;
    cancel(resizeTimer);
    resizeTimer = later(250, () => {
      if (shown && !stage.busy) applyStep();
    });
  };
  win.addEventListener('resize', onResize);
  doc.addEventListener('fullscreenchange', onResize);

  // --- Store -----------------------------------------------------------------------------------------------

  let digitsTimer = 0;
  const unsubTour = store.subscribe(
    (s) => s.tour,
    (t, prev) => {
      if (t.active && !shown) enter();
      else if (!t.active && shown) exit(t.ended === 'left');
      else if (t.active && t.step !== prev.step) applyStep();
      else draw(); // the black screen, the digits shown on the stage
      if (t.digits !== prev.digits) {
        cancel(digitsTimer);
        // Digits typed towards a step are forgotten after a pause.
        if (t.digits) digitsTimer = later(DIGITS_TIMEOUT_MS, () => run({ type: 'type', digits: '' }));
      }
      if (t.active !== prev.active || t.step !== prev.step || t.black !== prev.black || t.startedAt !== prev.startedAt) report(t);
    },
  );
  const unsubTheme = store.subscribe((s) => s.theme, draw);
  // A change of language redraws the stage in it (the status said before stays as it was said).
  const unsubUi = store.subscribe((s) => s.ui, draw);
  const unsubInk = store.subscribe((s) => s.ink, draw);
  // The presenter view's picture follows what the map shows: the step's ink, the teacher's moves, the theme.
  const unsubPicture = store.subscribe((s) => [s.ink[s.tour.step], s.view, s.theme] as const, sendPicture, {
    equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
  });
  // Taking up or putting down a tool is said in the live region, whichever way it was done.
  const unsubInkTool = store.subscribe(
    (s) => [s.inkTool, s.inkColour] as const,
    ([tool, colour], [before, colourBefore]) => {
      if (!shown) return;
      if (tool !== before) setStage({ status: tool ? tr('present.saidToolWithHint', { tool: tr(INK_SAID[tool]) }) : tr('present.saidMoving') });
      else if (colour !== colourBefore) setStage({ status: tr(COLOUR_SAID[colour]) });
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
  );
  // A frame asked for before the map could take it (a link opening at a step) is asked for again.
  const unsubMap = store.subscribe(
    (s) => s.mapStatus,
    (m) => {
      if (m === 'ready' && shown) applyStep();
    },
  );

  // A link with step=N has already opened the tour (the URL is applied before the panels mount).
  if (session().active) {
    enter();
    report(session());
  }

  return () => {
    disposed = true;
    unsubTour();
    unsubTheme();
    unsubUi();
    unsubInk();
    unsubInkTool();
    unsubPicture();
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
