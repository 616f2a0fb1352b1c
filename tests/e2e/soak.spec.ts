import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection, Geometry } from 'geojson';
import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test, type Explorer } from './fixtures.ts';
import { midVertex, passage } from './geo.ts';
import { random } from '../random.ts';

// A soak: 300 random interactions of every kind a reader or a presenter makes (map clicks, hovers and zooms,
// passages, list choices, layer toggles, tabs, keys, label language and theme, the tour's keys, buttons and
// tools, Back and Forward), each chosen among those the page allows at that moment. Then: no console errors,
// the heap after garbage collection within 20 % of where it stood after the warm-up, and the app still answers
// and draws. Seeded: SOAK_SEED=n replays a run (as far as timing allows); SOAK_TRACE=1 prints every action
// with its duration.
//
// Kept fast on a map that SwiftShader draws on the CPU: the map is waited for every BLOCK actions, not after
// each; an action is only chosen where the page allows it (a click on a hidden tab would otherwise wait for
// the whole test timeout), and clicks give up after seconds; motion is on in every other block; the window is
// smaller than the other tests'.

const geo = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo', file), 'utf8')) as FeatureCollection<Geometry, { id: string }>;
const corridorIds = geo('corridors.geojson').features.map((f) => f.properties.id);
const placePoints = geo('places.geojson').features.flatMap((f) => (f.geometry.type === 'Point' ? [f.geometry.coordinates as [number, number]] : []));
const corridorPoints = corridorIds.map((id) => midVertex(id));

const tourSteps = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/tour.json'), 'utf8')) as { steps: unknown[] }).steps.length;

const LANGS = ['en', 'native', 'both'] as const;
const THEMES = ['light', 'projector', 'high-contrast'] as const;
const TOUR_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Space', 'Enter', 'Backspace', 'Home', 'End', 'b', '.'] as const;
const EXPLORER_KEYS = ['Escape', 'Tab', 'Tab', 'Shift+Tab', 'ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Equal', 'Minus'] as const;

/** What the page looks like right now, so that every action chosen is one the reader could make there. */
interface Ui {
  presenting: boolean;
  black: boolean;
  tab: string | null;
  canGoBack: boolean;
  canGoForward: boolean;
  /** The focused element: a form field, a button, a link, or anything else. */
  focus: 'field' | 'button' | 'link' | 'other';
}

type Action = (u: Ui) => Promise<unknown>;
/** How often an action is chosen, what it does, and (if not always) when it can be done. */
type Choice = [weight: number, action: Action, when?: (u: Ui) => boolean];

const ACTIONS = 300;
/**
 * The first random actions are part of the warm-up: the heap is measured after them. Even after this many, the
 * JIT goes on to compile about 1 MB of optimised code (some 6 % of a 16 MB heap) and the map's tile caches move
 * the heap by up to 1 MB either way, so growth between 1.0 and 1.15 is normal; a leak must add the rest.
 */
const WARM_UP = 60;
/** Every this many actions: let the map settle, check the console, and maybe switch motion on or off. */
const BLOCK = 25;
/** A target that is there is clicked in well under this, even on a busy machine; one that is not fails here. */
const CLICK = { timeout: 15_000 };

// SwiftShader draws on the CPU, so a frame costs in proportion to its pixels: a smaller (still desktop) window
// makes every frame about twice as cheap. The layout is the same from 760 px up.
test.use({ viewport: { width: 1024, height: 640 } });

test('300 random interactions: no console errors, and the heap after GC stays within 20 % of where it started', async ({ explorer, page }) => {
  test.setTimeout(360_000);
  const seed = Number(process.env.SOAK_SEED ?? 20261129);
  // SOAK_TRACE=1 prints every action with its duration, and the time spent per kind of action.
  const trace = process.env.SOAK_TRACE === '1';
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const log: string[] = [];
  const where = () => `seed ${seed}, replay with SOAK_SEED=${seed}; last actions: ${log.slice(-12).join(', ')}`;
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  const ui = (): Promise<Ui> =>
    page.evaluate(() => {
      const tag = document.activeElement?.tagName ?? '';
      const nav = (window as unknown as { navigation?: { canGoBack: boolean; canGoForward: boolean } }).navigation;
      return {
        presenting: document.body.classList.contains('is-presenting'),
        black: document.querySelector('.present-black') !== null,
        // A card open in the tab's place hides the tab's panel: no tab is shown then (a click on one shows it).
        tab: document.querySelector('#selection[data-open]') ? null : (document.querySelector('.tabs [role="tab"][aria-selected="true"]')?.id ?? null),
        canGoBack: nav?.canGoBack ?? false,
        canGoForward: nav?.canGoForward ?? false,
        focus: ['INPUT', 'SELECT', 'TEXTAREA'].includes(tag) ? 'field' : tag === 'BUTTON' || tag === 'SUMMARY' ? 'button' : tag === 'A' ? 'link' : 'other',
      };
    });

  /** Clicks the map at a page point if the map itself is there (not a control, not the attribution's links). */
  const clickMapAt = async (x: number, y: number) => {
    const onMap = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas') ?? false, [x, y] as const);
    if (onMap) await page.mouse.click(x, y);
  };
  const mapBox = async () => (await page.locator('#map').boundingBox())!;
  const openTab = async (u: Ui, id: 'tab-article' | 'tab-routes' | 'tab-countries') => {
    if (u.tab !== id) await page.locator(`#${id}`).click(CLICK);
  };

  // The explorer's actions, and how often each is chosen.
  const explorerActions: Record<string, Choice> = {
    mapClick: [
      4,
      async () => {
        // A random point, or a corridor or a place (where on screen): the map decides what is there.
        const r = rnd();
        if (r < 0.5) {
          const b = await mapBox();
          return clickMapAt(b.x + rnd() * b.width, b.y + rnd() * b.height);
        }
        const p = await explorer.pointOf(...pick(r < 0.75 ? corridorPoints : placePoints));
        return clickMapAt(p.x, p.y);
      },
    ],
    mapHover: [
      1,
      async () => {
        const b = await mapBox();
        await page.mouse.move(b.x + rnd() * b.width, b.y + rnd() * b.height, { steps: 2 });
      },
    ],
    mapZoom: [
      1,
      async () => {
        const b = await mapBox();
        await page.mouse.move(b.x + b.width * (0.2 + 0.6 * rnd()), b.y + b.height * (0.2 + 0.6 * rnd()));
        await page.mouse.wheel(0, rnd() < 0.5 ? -240 : 240);
      },
    ],
    passage: [
      4,
      async (u) => {
        await openTab(u, 'tab-article');
        const passages = page.locator('#panel-article button.passage');
        await passages.nth(Math.floor(rnd() * (await passages.count()))).click(CLICK);
      },
    ],
    listChoice: [
      4,
      async (u) => {
        if (u.tab !== 'tab-routes' && u.tab !== 'tab-countries') await openTab(u, pick(['tab-routes', 'tab-countries'] as const));
        // The open panel's lists, the comparison's rows and sort buttons, and the buttons of the card.
        const buttons = page.locator('.tab-panel:not([hidden]) :is(button[data-id], .row-button, .sort-button), #selection button[data-id]');
        const n = await buttons.count();
        if (n) await buttons.nth(Math.floor(rnd() * n)).click(CLICK);
      },
    ],
    legendToggle: [
      1,
      async (u) => {
        await openTab(u, 'tab-routes');
        const boxes = page.locator('#panel-routes .legend-row input[type="checkbox"]');
        await boxes.nth(Math.floor(rnd() * (await boxes.count()))).click(CLICK);
      },
    ],
    tab: [2, async () => page.locator(`#${pick(['tab-article', 'tab-routes', 'tab-countries'] as const)}`).click(CLICK)],
    key: [
      3,
      async (u) => {
        const key = pick(EXPLORER_KEYS);
        // Enter only on a button: on a link it would leave the app (the cards link to their sources).
        await page.keyboard.press(key === 'Enter' && u.focus !== 'button' ? 'Escape' : key);
      },
    ],
    language: [1.5, async () => page.locator('#setting-label-lang').selectOption(pick(LANGS), CLICK)],
    theme: [1.5, async () => page.locator('#setting-theme').selectOption(pick(THEMES), CLICK)],
    startTour: [
      1.5,
      async (u) => {
        // P, except in a form field (where P is typed into it): there, the Present button.
        if (u.focus !== 'field' && rnd() < 0.6) await page.keyboard.press('p');
        else await page.locator('#present-button').click(CLICK);
      },
    ],
    back: [1.5, () => page.goBack({ waitUntil: 'commit' }), (u) => u.canGoBack],
    forward: [1, () => page.goForward({ waitUntil: 'commit' }), (u) => u.canGoForward],
  };
  // The tour's: keys, its buttons and tools, leaving it, and Back (into an earlier step, or out of the tour).
  const tourActions: Record<string, Choice> = {
    tourKey: [
      6,
      async (u) => {
        if (rnd() < 0.1) {
          // Digits then Enter jump to a step; Esc forgets them.
          await page.keyboard.press(`Digit${1 + Math.floor(rnd() * 9)}`);
          return page.keyboard.press(rnd() < 0.8 ? 'Enter' : 'Escape');
        }
        const key = pick(TOUR_KEYS);
        // Enter and Space on a focused button press it (some tools open windows and downloads): not those.
        await page.keyboard.press((key === 'Enter' || key === 'Space') && u.focus === 'button' ? 'PageDown' : key);
      },
    ],
    tourButton: [
      2,
      async (u) => {
        if (u.black) return page.keyboard.press('b');
        const button = page.locator(pick(['.present-next', '.present-prev'] as const));
        if (await button.isEnabled()) await button.click(CLICK);
      },
    ],
    tourTool: [
      1,
      async (u) => {
        if (u.black) return page.keyboard.press('.');
        const tools = page.locator('.present-tools');
        if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('summary').click(CLICK);
        const choice = pick(['Notes', ...THEMES] as const);
        await (choice === 'Notes' ? tools.getByRole('button', { name: 'Notes' }) : tools.locator(`[data-theme-choice="${choice}"]`)).click(CLICK);
      },
    ],
    leaveTour: [
      1.5,
      async (u) => {
        if (u.black || rnd() < 0.6) await page.keyboard.press('Escape');
        else await page.locator('.present-end').click(CLICK);
      },
    ],
    back: [0.7, () => page.goBack({ waitUntil: 'commit' }), (u) => u.canGoBack],
  };
  /** A weighted random choice among the actions the page allows now. */
  const choose = (u: Ui): [string, Action] => {
    const list = Object.entries(u.presenting ? tourActions : explorerActions).filter(([, [, , when]]) => when?.(u) ?? true);
    let r = rnd() * list.reduce((sum, [, [w]]) => sum + w, 0);
    const [name, [, action]] = list.find(([, [w]]) => (r -= w) < 0) ?? list[list.length - 1]!;
    return [name, action];
  };

  const times = new Map<string, { n: number; ms: number }>();
  const started = Date.now();
  const phase = (label: string) => trace && console.log(`-- ${label} at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  let done = 0;
  let motion = true;
  const setMotion = async (on: boolean) => {
    motion = on;
    await page.emulateMedia({ reducedMotion: on ? 'no-preference' : 'reduce' });
  };
  const act = async (name: string, action: Action, state?: Ui) => {
    const u = state ?? (await ui());
    log.push(`${log.length + 1}:${name}${motion ? '' : ' (still)'}`);
    const t0 = Date.now();
    try {
      await action(u);
    } catch (e) {
      throw new Error(`action ${log.length} (${name}) failed: ${e instanceof Error ? e.message : String(e)}\n(${where()})`, { cause: e });
    }
    const ms = Date.now() - t0;
    const t = times.get(name) ?? { n: 0, ms: 0 };
    times.set(name, { n: t.n + 1, ms: t.ms + ms });
    if (trace) console.log(`${log.at(-1)} ${ms} ms`);
  };
  /** Random actions, each one that the page as it is now allows. */
  const run = async (count: number) => {
    for (let i = 0; i < count; i++, done++) {
      if (done % BLOCK === 0) {
        const t0 = Date.now();
        await explorer.idle();
        if (trace) console.log(`  block ${done / BLOCK}: the map settled in ${Date.now() - t0} ms`);
        expect(explorer.errors, `console errors (${where()})`).toEqual([]);
        // Every other block with motion (the camera flies, the tour's arrows march), the rest under
        // prefers-reduced-motion (the camera jumps, the arrows stand still): both ways through the app.
        await setMotion(Math.floor(done / BLOCK) % 2 === 1);
      }
      const u = await ui();
      const [name, action] = choose(u);
      await act(name, action, u);
    }
  };

  /** The same quiet state before both heap measurements: the explorer, nothing selected, light, English, one view. */
  const quiet = async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Esc ends the tour (a first Esc may only forget digits typed for a jump).
    await expect
      .poll(
        async () => {
          if ((await ui()).presenting) await page.keyboard.press('Escape');
          return (await ui()).presenting;
        },
        { message: `leaving the tour (${where()})` },
      )
      .toBe(false);
    await page.mouse.move(2, 2);
    await page.evaluate(() => {
      const store = window.mekong!.store;
      const s = store.getState();
      s.select(null);
      s.hover(null);
      s.setTheme('light');
      s.setLabelLang('en');
      store.setState({ hiddenKinds: [], hiddenPlaceTypes: [] });
      s.setView({ center: [104, 15], zoom: 5 }, 'external');
    });
    await page.locator('#tab-article').click(CLICK);
    await explorer.idle();
  };

  await explorer.open();
  phase('warm-up: sweep');
  // Warm-up: lazy initialisation (fonts of every script, every theme's style, the tour's stage) and the JIT's
  // compilations are not a leak. First every theme, label language and tab, and the whole tour by keys (with
  // motion and without); then the first random actions.
  for (const still of [false, true]) {
    await setMotion(!still);
    for (const t of THEMES) await act('theme', () => page.locator('#setting-theme').selectOption(t));
    for (const l of LANGS) await act('language', () => page.locator('#setting-label-lang').selectOption(l));
    for (const t of ['tab-routes', 'tab-countries', 'tab-article'] as const) await act('tab', () => page.locator(`#${t}`).click(CLICK));
    await act('startTour', () => page.locator('#present-button').click(CLICK));
    for (let n = 0; n < tourSteps; n++) await act('tourKey', () => page.keyboard.press('PageDown'));
    await act('leaveTour', () => page.keyboard.press('Escape'));
  }
  phase('warm-up: random');
  await run(WARM_UP);
  phase('quiet');
  await quiet();
  const before = await heap();
  phase('soak');
  await run(ACTIONS - WARM_UP);
  phase('quiet');
  await quiet();
  const after = await heap();
  phase('end');
  if (trace) console.log([...times].map(([k, v]) => `${k}: ${v.n} × ${Math.round(v.ms / v.n)} ms`).join('\n'));
  console.log(`soak seed ${seed}: heap after GC ${(before / 1e6).toFixed(1)} MB → ${(after / 1e6).toFixed(1)} MB (×${(after / before).toFixed(3)})`);
  expect(explorer.errors, `console errors (${where()})`).toEqual([]);
  expect(after / before, `heap after GC: ${before} B after the warm-up, ${after} B at the end (${where()})`).toBeLessThanOrEqual(1.2);

  // Still alive and responsive: a passage chosen in the article is selected, and the map draws it.
  await page.locator('#panel-article [data-passage="passage:logistics"]').click(CLICK);
  await expect.poll(() => explorer.selected()).toBe('passage:logistics');
  await expect(page.locator('#panel-article [data-passage="passage:logistics"]')).toHaveAttribute('aria-pressed', 'true');
  await expectDrawn(explorer, 'passage:logistics');
  phase('done');
});

/** The map draws a selected passage: its features highlighted, the rest dimmed, in the theme's colours. */
async function expectDrawn(explorer: Explorer, id: string): Promise<void> {
  await explorer.idle();
  // Its countries, corridors and places (the Mekong's line is the map's own, not in these layers).
  const targets = passage(id)
    .links.map((l) => l.feature)
    .filter((f) => !f.startsWith('river:'));
  const drawn = await explorer.page.evaluate(() =>
    window
      .mekong!.map!.queryRenderedFeatures({ layers: ['countries-fill', 'corridors-casing', 'places-circle'] })
      .map((f) => ({ id: String(f.properties['id']), highlight: f.state['highlight'] === true, dim: f.state['dim'] === true })),
  );
  const highlighted = [...new Set(drawn.filter((f) => f.highlight).map((f) => f.id))].sort();
  expect(highlighted, 'drawn highlighted: exactly the passage’s features, all of them in view').toEqual([...new Set(targets)].sort());
  expect([...new Set(drawn.filter((f) => !targets.includes(f.id) && !f.dim).map((f) => f.id))], 'everything else drawn dimmed').toEqual([]);
  // And in pixels: Cambodia (linked) in the highlight colour, Thailand (not linked) dimmed.
  expectColorNear(await explorer.colorAt(103.1, 12.9), THEME_TOKENS.light.landSelected);
  expectColorNear(await explorer.colorAt(101.5, 14.6), THEME_TOKENS.light.dimmed);
}
