// What the benchmark measures in Chromium. Each load runs in a fresh browser context (an empty HTTP cache)
// with service workers blocked: the first view of a first visit. The interaction session is one more fresh
// context of the explorer, with its service worker allowed. Functions passed to page.evaluate run in the page.
import { cpuSnapshot, cpuSpent } from './cpu.mjs';
import { startProfiler } from './profile.mjs';

/** Installed before any of the page's scripts: long tasks, and the time its map's `ready` promise resolves. */
function initScript() {
  /** @type {any} */
  const bench = { longTasks: [], readyAt: null, readyError: null, mapWork: null, renders: 0 };
  window.__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null; // no Long Tasks API: reported as unknown
  }

  // Time to a useful page: first contentful paint, the largest contentful paint (and what it was), and when the
  // article's headline (#article-headline) was painted with its text. The headline is marked for Element Timing
  // as soon as it is in the DOM, before the frame that paints it (a mutation observer's callback runs first).
  /** @type {{ fcp: number | null, lcp: number | null, lcpElement: string | null, article: number | null }} */
  const paint = { fcp: null, lcp: null, lcpElement: null, article: null };
  bench.paint = paint;
  const observe = (type, fn) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true });
    } catch {
      // not supported: stays null
    }
  };
  const HEADLINE = 'bench-article-headline';
  observe('paint', (e) => {
    if (e.name === 'first-contentful-paint') paint.fcp = e.startTime;
  });
  observe('largest-contentful-paint', (e) => {
    paint.lcp = e.startTime;
    const el = e.element;
    paint.lcpElement = el
      ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`
      : null;
  });
  observe('element', (e) => {
    if (e.identifier === HEADLINE && paint.article === null && e.element?.textContent?.trim()) paint.article = e.renderTime || e.startTime;
  });
  const markHeadline = new MutationObserver(() => {
    const h = document.getElementById('article-headline');
    if (h && h.getAttribute('elementtiming') !== HEADLINE) h.setAttribute('elementtiming', HEADLINE);
    if (h?.textContent?.trim()) markHeadline.disconnect();
  });
  markHeadline.observe(document, { childList: true, subtree: true, characterData: true });
  // The explorer sets window.mekong, the reference window.benchReference: catch the handle as it is set and
  // note when its `ready` resolves (performance.now() is milliseconds since the navigation started).
  for (const name of ['mekong', 'benchReference']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true,
      get: () => value,
      set(v) {
        value = v;
        v?.ready?.then(
          () => {
            if (bench.readyAt !== null) return;
            bench.readyAt = performance.now();
            // What the map had set up by then: style layers, and shader programs compiled (MapLibre's program
            // cache, a private field: null if it moves). Read here, as `ready` resolves, since work the page
            // starts after its first idle is not part of the first view.
            const m = v.map;
            const cache = m?.painter?.programCache?.programs ?? m?.painter?.cache;
            const shaderPrograms = cache instanceof Map ? cache.size : cache ? Object.keys(cache).length : null;
            bench.mapWork = { layers: m?.getStyle().layers.length ?? null, shaderPrograms };
            // Frames drawn from here on (the still tour step counts them).
            m?.on('render', () => bench.renders++);
          },
          (e) => (bench.readyError ??= String(e?.message ?? e)),
        );
      },
    });
  }

  // Helpers for the interaction measurements (here because the explorer's CSP forbids eval in the page).
  const map = () => window.mekong.map;
  const store = () => window.mekong.store;

  /**
   * Resolves at the map's next `idle` (after a repaint, so it fires even when nothing is pending), two animation
   * frames later. Note that in a software renderer the GPU process may still be drawing that repaint: see
   * POINTER_PAUSE_MS.
   */
  bench.waitIdle = (timeout) =>
    new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('the map did not become idle')), timeout);
      map().once('idle', () => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            clearTimeout(timer);
            ok(undefined);
          }),
        );
      });
      map().triggerRepaint();
    });

  /**
   * For the tour, whose chevrons march (a layout change several times a second) so that `idle` may not come:
   * waits for the camera to stop, then for `idle` at most `idleCap` ms. Resolves whether `idle` came.
   */
  bench.waitSettled = (timeout, idleCap) =>
    new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error('the camera did not stop')), timeout);
      const poll = () => {
        if (map().isMoving()) return requestAnimationFrame(poll);
        clearTimeout(timer);
        const cap = setTimeout(() => ok(false), idleCap);
        map().once('idle', () => {
          clearTimeout(cap);
          ok(true);
        });
        map().triggerRepaint();
      };
      poll();
    });

  /** Clears hover and selection (and, given a view, jumps there), then waits for the map to be idle. */
  bench.settle = (view, timeout) => {
    store().getState().hover(null);
    store().getState().clearSelection();
    if (view) map().jumpTo(view);
    return bench.waitIdle(timeout);
  };

  /**
   * Times the next click: t0 = the event's own timestamp (when the input happened), tDispatch = when the page
   * began handling it (first capture listener), tHandled = when every listener had run (last bubble listener).
   */
  bench.timeClick = (r) => {
    window.addEventListener(
      'click',
      (e) => {
        r.t0 = e.timeStamp;
        r.tDispatch = performance.now();
      },
      { capture: true, once: true },
    );
    window.addEventListener('click', () => (r.tHandled = performance.now()), { once: true });
  };

  /**
   * Arms the passage measurement: t0 = the click event's timestamp; the end = the first requestAnimationFrame
   * after the first map `render` that follows the store's selection change with the passage's feature
   * highlighted (when the next frame starts, the highlighted one has been handed over for display).
   */
  bench.armPassage = ({ passage, feature, timeout }) => {
    /** @type {Record<string, number | null>} */
    const r = { t0: null, tDispatch: null, tHandled: null, tSelected: null, tRender: null, t1: null };
    bench.pending = new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no highlighted frame within ${timeout} ms`)), timeout);
      bench.timeClick(r);
      const unsub = store().subscribe((s) => {
        if (r.tSelected === null && s.selected === passage) r.tSelected = performance.now();
      });
      const onRender = () => {
        if (r.tSelected === null) return;
        if (map().getFeatureState(feature)?.highlight !== true) return;
        map().off('render', onRender);
        unsub();
        r.tRender = performance.now();
        requestAnimationFrame(() => {
          r.t1 = performance.now();
          clearTimeout(timer);
          ok(r);
        });
      };
      map().on('render', onRender);
    });
  };

  /**
   * Arms the card measurement: t0 = the click event's timestamp; the end = the second animation frame after
   * `#selection h2` reads the expected name (the first frame paints the card; at the second it has been
   * handed over for display).
   */
  bench.armCard = ({ name, timeout }) => {
    /** @type {Record<string, number | null>} */
    const r = { t0: null, tDispatch: null, tHandled: null, tShown: null, t1: null };
    const box = /** @type {HTMLElement} */ (document.getElementById('selection'));
    bench.pending = new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`no card "${name}" within ${timeout} ms`)), timeout);
      bench.timeClick(r);
      const observer = new MutationObserver(() => {
        if (r.tShown !== null || box.querySelector('h2')?.textContent?.trim() !== name) return;
        observer.disconnect();
        r.tShown = performance.now();
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            r.t1 = performance.now();
            clearTimeout(timer);
            ok(r);
          }),
        );
      });
      observer.observe(box, { childList: true, subtree: true, characterData: true });
    });
  };
}

// Generous: SwiftShader draws on the CPU, and these machines are shared. A hang still fails, with a message.
const READY_TIMEOUT = 180_000;

async function waitReady(page, what) {
  try {
    await page.waitForFunction(() => window.__bench && (window.__bench.readyAt !== null || window.__bench.readyError !== null), null, {
      timeout: READY_TIMEOUT,
      polling: 50,
    });
  } catch {
    throw new Error(`${what}: the map did not reach its first idle within ${READY_TIMEOUT / 1000} s`);
  }
  const readyError = await page.evaluate(() => window.__bench.readyError);
  if (readyError) throw new Error(`${what}: the map could not start (${readyError})`);
}

async function freshPage(browser, viewport, { serviceWorkers = 'block', reducedMotion = 'no-preference' } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers, reducedMotion });
  await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  return { context, page, cdp, errors };
}

function summarizeBytes(log) {
  const byKind = {};
  let raw = 0;
  let sent = 0;
  for (const r of log) {
    raw += r.raw;
    sent += r.sent;
    const k = (byKind[r.kind] ??= { requests: 0, raw: 0, sent: 0 });
    k.requests += 1;
    k.raw += r.raw;
    k.sent += r.sent;
  }
  return {
    requests: log.length,
    notFound: log.filter((r) => r.status !== 200).map((r) => r.path),
    raw,
    sent,
    byKind,
    files: log.map(({ path, raw: r, sent: s }) => ({ path, raw: r, sent: s })),
  };
}

function longTaskStats(tasks) {
  if (tasks === null) return { count: null, maxMs: null, totalMs: null };
  return {
    count: tasks.length,
    maxMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    totalMs: tasks.reduce((m, t) => m + t.duration, 0),
  };
}

/**
 * One cold load: navigation to the map's first idle. `title`: the document title the page must have by then (an
 * opened pack's: a pack the explorer refused would show the built-in one instead).
 */
export async function measureLoad(browser, { url, viewport, server, what, profile = false, title = null }) {
  const { context, page, cdp, errors } = await freshPage(browser, viewport);
  try {
    const stopProfiler = profile ? await startProfiler(cdp) : null;
    // A cross-check only: CDP's byte counts include headers and miss what the map's worker fetches.
    let encoded = 0;
    cdp.on('Network.loadingFinished', (e) => (encoded += e.encodedDataLength));
    server.reset();
    const cpuBefore = cpuSnapshot();
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page, what);
    // Read as soon as `ready` is seen (polled every 50 ms): a little of the page's work after its idle is counted.
    const cpuMs = cpuSpent(cpuBefore, cpuSnapshot());
    const cpuProfile = stopProfiler ? await stopProfiler() : null;
    // Requests that arrived by the time `ready` resolved (what the page fetches after its first idle is not part
    // of the first view), on the same clock.
    const { readyEpoch, mapWork } = await page.evaluate(() => ({
      readyEpoch: performance.timeOrigin + window.__bench.readyAt,
      mapWork: window.__bench.mapWork,
    }));
    const log = server.log.filter((r) => r.at <= readyEpoch);
    const encodedAtReady = encoded;
    const bench = await page.evaluate(() => ({ readyAt: window.__bench.readyAt, longTasks: window.__bench.longTasks, paint: window.__bench.paint }));
    if (title !== null) {
      const shown = await page.title();
      if (shown !== title) throw new Error(`${what}: the page shows "${shown}", not "${title}" (the pack was not opened)`);
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    const before = bench.longTasks === null ? null : bench.longTasks.filter((t) => t.start < bench.readyAt);
    return {
      readyMs: bench.readyAt,
      paint: {
        fcpMs: bench.paint.fcp,
        lcpMs: bench.paint.lcp,
        lcpElement: bench.paint.lcpElement,
        articleMs: bench.paint.article,
      },
      longTasks: { ...longTaskStats(before), durations: before?.map((t) => Math.round(t.duration)) ?? null },
      bytes: summarizeBytes(log),
      cdpEncodedBytes: encodedAtReady,
      mainThread: {
        taskMs: m.TaskDuration * 1000,
        scriptMs: m.ScriptDuration * 1000,
        layoutMs: m.LayoutDuration * 1000,
        recalcStyleMs: m.RecalcStyleDuration * 1000,
      },
      jsHeapAtReady: m.JSHeapUsedSize,
      cpuMs,
      mapWork,
      errors,
      ...(cpuProfile ? { cpuProfile } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * The size of the explorer's map at this viewport, and its camera at its first idle, so that the references draw
 * the same number of pixels (and the first-view-style reference the same view).
 */
export async function explorerMapBox(browser, { url, viewport }) {
  const { context, page } = await freshPage(browser, viewport);
  try {
    await page.goto(url);
    await waitReady(page, 'explorer');
    return await page.evaluate(() => {
      const m = window.mekong.map;
      const r = m.getCanvas().getBoundingClientRect();
      const c = m.getCenter();
      return { width: Math.round(r.width), height: Math.round(r.height), lng: c.lng, lat: c.lat, zoom: m.getZoom() };
    });
  } finally {
    await context.close();
  }
}

const PASSAGE = 'passage:logistics';
const PASSAGE_FEATURE = { source: 'countries', id: 'country:KHM' };
/** Two map targets, clicked in turn so that each click changes the selection. */
const COUNTRY_TARGETS = [
  { name: 'Laos', id: 'country:LAO', lngLat: [103.6, 20.15] },
  { name: 'Cambodia', id: 'country:KHM', lngLat: [103.1, 14.0] },
];
const STEP_TIMEOUT = 120_000;
/**
 * Between pointing at a target (and the map's idle) and clicking it, as a person pauses. A software GPU may still
 * be drawing the repaint that `waitIdle` forces after `idle` has fired: a click timed at once would wait for that
 * frame, and measure the benchmark's own repaint instead of the explorer (docs/PERFORMANCE.md).
 */
const POINTER_PAUSE_MS = 300;
/** How long a tour pause waits for `idle` once the camera has stopped. */
const TOUR_IDLE_CAP = 10_000;
/** After a still step has settled, before its CPU is counted: what the first view put off is done by then. */
const STILL_SETTLE_MS = 3000;

/** Moves the pointer off the map and the sidebar, clears hover and selection, and waits for idle. */
async function settle(page, view = null) {
  await page.mouse.move(1, 1);
  await page.evaluate(({ v, timeout }) => window.__bench.settle(v, timeout), { v: view, timeout: STEP_TIMEOUT });
}

/** Passage clicks, country clicks, then 100 tour steps with the heap before and after; long tasks throughout. */
export async function measureInteractions(browser, { url, viewport, server, clicks, tourSteps, stepCount, profileTour = false }) {
  const { context, page, cdp, errors } = await freshPage(browser, viewport, { serviceWorkers: 'allow' });
  const phases = {};
  const phase = async (name, fn) => {
    const start = await page.evaluate(() => performance.now());
    const result = await fn();
    const end = await page.evaluate(() => performance.now());
    phases[name] = { start, end };
    return result;
  };
  const inPage = (fn, arg) => page.evaluate(fn, arg);
  const idle = async (when) => {
    try {
      await inPage((timeout) => window.__bench.waitIdle(timeout), STEP_TIMEOUT);
    } catch (e) {
      throw new Error(`explorer: the map did not become idle within ${STEP_TIMEOUT / 1000} s ${when}`, { cause: e });
    }
  };
  // The benchmark's own forced garbage collections block the main thread: their windows are left out of the
  // long-task counts below.
  const gcWindows = [];
  const heap = async () => {
    const start = await page.evaluate(() => performance.now());
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const h = await cdp.send('Runtime.getHeapUsage');
    gcWindows.push({ start, end: await page.evaluate(() => performance.now()) });
    return { usedBytes: h.usedSize, totalBytes: h.totalSize };
  };
  try {
    server.reset();
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page, 'explorer (interactions)');
    const settleStart = await inPage(() => performance.now());
    // A first visit also installs the service worker, which precaches the app (while the map loads: it
    // registers at the page's load event). Let it finish before the clicks, and count the whole first visit.
    const swReady = await inPage(
      (timeout) =>
        Promise.race([navigator.serviceWorker?.ready.then(() => true) ?? Promise.resolve(false), new Promise((ok) => setTimeout(() => ok(false), timeout))]),
      STEP_TIMEOUT,
    );
    await page.waitForTimeout(1000);
    const precache = {
      serviceWorkerReady: swReady,
      requests: server.log.length,
      sentTotal: server.log.reduce((s, r) => s + r.sent, 0),
      rawTotal: server.log.reduce((s, r) => s + r.raw, 0),
    };
    const home = await inPage(() => {
      const m = window.mekong.map;
      return { center: m.getCenter().toArray(), zoom: m.getZoom() };
    });
    await idle('after the first view');
    phases.settle = { start: settleStart, end: await inPage(() => performance.now()) };

    const passage = await phase('passage', async () => {
      const out = [];
      const selector = `#panel-article [data-passage="${PASSAGE}"]`;
      for (let i = 0; i < clicks; i++) {
        await settle(page, home);
        await page.hover(selector);
        await idle('after hovering the passage');
        await page.waitForTimeout(POINTER_PAUSE_MS);
        await inPage((arg) => window.__bench.armPassage(arg), { passage: PASSAGE, feature: PASSAGE_FEATURE, timeout: STEP_TIMEOUT });
        await page.click(selector);
        const r = await inPage(() => window.__bench.pending);
        out.push({
          ms: r.t1 - r.t0,
          inputDelayMs: r.tDispatch - r.t0,
          handlersMs: r.tHandled - r.tDispatch,
          toSelectedMs: r.tSelected - r.t0,
          toRenderMs: r.tRender - r.t0,
        });
        await idle('after the passage click');
      }
      return out;
    });

    const country = await phase('country', async () => {
      const out = [];
      for (let i = 0; i < clicks; i++) {
        const target = COUNTRY_TARGETS[i % COUNTRY_TARGETS.length];
        await settle(page);
        const point = await inPage((lngLat) => {
          const { map } = window.mekong;
          const p = map.project(lngLat);
          const box = map.getCanvas().getBoundingClientRect();
          return { x: box.left + p.x, y: box.top + p.y };
        }, target.lngLat);
        await page.mouse.move(point.x, point.y);
        await idle(`after hovering ${target.name}`);
        await page.waitForTimeout(POINTER_PAUSE_MS);
        await inPage((arg) => window.__bench.armCard(arg), { name: target.name, timeout: STEP_TIMEOUT });
        await page.mouse.click(point.x, point.y);
        const r = await inPage(() => window.__bench.pending);
        out.push({ target: target.name, ms: r.t1 - r.t0, inputDelayMs: r.tDispatch - r.t0, handlersMs: r.tHandled - r.tDispatch, toDomMs: r.tShown - r.t0 });
        await idle(`after clicking ${target.name}`);
      }
      return out;
    });

    await settle(page);
    const heapBefore = await heap();
    const tourIdle = [];
    const stopProfiler = profileTour ? await startProfiler(cdp) : null;
    await phase('tour', async () => {
      await inPage(() => window.mekong.store.getState().startTour(0));
      for (let i = 0; i < tourSteps; i++) {
        await inPage((step) => {
          window.mekong.store.getState().goToStep(step);
          return new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        }, i % stepCount);
        if (i % 10 === 9) tourIdle.push(await inPage(([t, cap]) => window.__bench.waitSettled(t, cap), [STEP_TIMEOUT, TOUR_IDLE_CAP]));
      }
      tourIdle.push(await inPage(([t, cap]) => window.__bench.waitSettled(t, cap), [STEP_TIMEOUT, TOUR_IDLE_CAP]));
    });
    const tourProfile = stopProfiler ? await stopProfiler() : null;
    await phase('leaveTour', async () => {
      await inPage(() => window.mekong.store.getState().stopTour());
      await idle('after leaving the tour');
    });
    const heapAfter = await heap();

    const { readyAt, longTasks } = await inPage(() => ({ readyAt: window.__bench.readyAt, longTasks: window.__bench.longTasks }));
    const inGc = (t) => gcWindows.some((w) => t.start >= w.start && t.start <= w.end);
    const after = longTasks === null ? null : longTasks.filter((t) => t.start >= readyAt && !inGc(t));
    const inPhase = (name) => (after === null ? null : after.filter((t) => t.start >= phases[name].start && t.start <= phases[name].end));
    const summary = (tasks) => ({ ...longTaskStats(tasks), over200: tasks?.filter((t) => t.duration > 200).length ?? null });
    return {
      passage,
      country,
      heap: { before: heapBefore, after: heapAfter, tourSteps, stepCount },
      tourSettles: { waits: tourIdle.length, idleReached: tourIdle.filter(Boolean).length, idleCapMs: TOUR_IDLE_CAP },
      longTasksAfterIdle: {
        all: summary(after),
        settle: summary(inPhase('settle')),
        passage: summary(inPhase('passage')),
        country: summary(inPhase('country')),
        tour: summary(inPhase('tour')),
        leaveTour: summary(inPhase('leaveTour')),
      },
      precache,
      errors,
      ...(tourProfile ? { tourProfile } : {}),
    };
  } finally {
    await context.close();
  }
}

/**
 * A still tour step: the explorer opened at `step` of the tour (one whose corridors are revealed, so their
 * direction chevrons are animated), the camera stopped and the map settled, then nothing touched for `seconds`.
 * The CPU time of all the browser's processes over that window (/proc, Linux only), as a share of one core, and
 * the map's frames meanwhile. `reducedMotion`: the same with prefers-reduced-motion emulated (no animation).
 */
export async function measureStillStep(browser, { url, viewport, step, seconds, reducedMotion }) {
  const what = `explorer (still tour step${reducedMotion ? ', reduced motion' : ''})`;
  const { context, page, errors } = await freshPage(browser, viewport, { reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitReady(page, what);
    await page.evaluate((s) => window.mekong.store.getState().startTour(s), step);
    const idleReached = await page.evaluate(([t, cap]) => window.__bench.waitSettled(t, cap), [STEP_TIMEOUT, TOUR_IDLE_CAP]);
    // Work the first view put off (the whole style, corridor measurements in idle time, the tour's code) is done.
    await page.waitForTimeout(STILL_SETTLE_MS);
    const start = await page.evaluate(() => ({ t: performance.now(), renders: window.__bench.renders }));
    const before = cpuSnapshot();
    const wallStart = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const cpu = cpuSpent(before, cpuSnapshot());
    const wallMs = Date.now() - wallStart;
    const end = await page.evaluate(() => ({ renders: window.__bench.renders, longTasks: window.__bench.longTasks }));
    const tasks = end.longTasks === null ? null : end.longTasks.filter((t) => t.start >= start.t);
    const tour = await page.evaluate(() => {
      const t = window.mekong.store.getState().tour;
      return { active: t.active, step: t.step };
    });
    if (!tour.active || tour.step !== step) throw new Error(`${what}: the tour is not at step ${step} (${JSON.stringify(tour)})`);
    return {
      step,
      reducedMotion,
      wallMs,
      idleReached,
      cpuMs: cpu,
      coreShare: cpu ? cpu.total / wallMs : null,
      frames: end.renders - start.renders,
      longTasks: longTaskStats(tasks),
      errors,
    };
  } finally {
    await context.close();
  }
}
