import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodePng, type Png } from './png.ts';
import type { Page } from '@playwright/test';
import { expect, test, type Explorer } from './fixtures.ts';
import { frameBoxOf, passage } from './geo.ts';

interface TourJson {
  title: string;
  steps: { id: string; kind: string; title: string; passage: string | null; features: string[]; reveal: string[]; notes: string }[];
}
const tour = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/tour.json'), 'utf8')) as TourJson;
const steps = tour.steps;
const count = steps.length;

const side = (e: Explorer) => e.page.locator('.present-side');
const step = (e: Explorer) => e.state<number>('s => s.tour.step');
const presenting = (e: Explorer) => e.page.evaluate(() => document.body.classList.contains('is-presenting'));
const revealedUpTo = (n: number) => [...new Set(steps.slice(0, n + 1).flatMap((s) => s.reveal))];

async function tool(e: Explorer, name: string): Promise<void> {
  const tools = e.page.locator('.present-tools');
  if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('summary').click();
  await tools.getByRole('button', { name }).click();
}

/** Records Content-Security-Policy violations (the production build runs under a strict policy). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** What a step shows, on the projector and on the map. */
async function expectStep(e: Explorer, n: number): Promise<void> {
  const s = steps[n]!;
  await expect.poll(() => step(e), `step ${n + 1}`).toBe(n);
  await expect(side(e).locator('.present-count')).toHaveText(`Step ${n + 1} / ${count}`);
  await expect(side(e).locator('.present-title')).toHaveText(s.title);
  if (s.passage) await expect(side(e).locator('.present-passage p')).toHaveText(passage(s.passage).text);
  // The tour has asked the map to frame this step (on entering, once the map has grown into its new place).
  await expect(e.page.locator('.present')).toHaveAttribute('data-framed', 'true');
  await e.idle();
  // Every feature of the step is inside the map (the Mekong's line is the map's own, not in the pack).
  for (const f of s.features.filter((id) => !id.startsWith('river:'))) {
    expect(await e.boundsContain(frameBoxOf(f)), `step ${n + 1}: ${f} inside the map`).toBe(true);
  }
  // Only the corridors revealed so far are drawn, and those revealed here are on screen.
  const drawn = await e.renderedIds('corridors-casing');
  const revealed = revealedUpTo(n);
  for (const id of drawn) expect(revealed, `step ${n + 1} draws only revealed corridors`).toContain(id);
  for (const id of s.reveal) expect(drawn, `step ${n + 1} reveals ${id}`).toContain(id);
  // Ways to the sea are ranked only within a list that names the one place they are all measured from.
  const lists = side(e).locator('ol.tour-routes');
  const starts = await lists.evaluateAll((ols) => ols.map((ol) => [ol.getAttribute('data-from'), ol.previousElementSibling?.textContent?.trim()]));
  for (const [from, heading] of starts) expect(heading, `step ${n + 1}`).toBe(`From ${from}`);
  if (s.id === 'step:through-vietnam') expect(starts.length, 'the Route 9 road starts in another town: a list of its own').toBe(2);
}

test.describe('presenting the tour', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the whole tour by keyboard: each step frames its features, reveals its corridors and shows its passage', async ({ explorer }) => {
    test.setTimeout(300_000);
    const violations = await watchCsp(explorer.page);
    await explorer.open();
    await explorer.page.keyboard.press('p');
    await expect.poll(() => presenting(explorer)).toBe(true);
    await expect(explorer.page.locator('.app-header')).toBeHidden();
    await expect(explorer.page.locator('#sidebar')).toBeHidden();
    // Presentation keys, the clicker's among them.
    const nextKeys = ['ArrowRight', 'PageDown', 'Space', 'Enter'];
    for (let n = 0; n < count; n++) {
      await expectStep(explorer, n);
      if (n < count - 1) await explorer.page.keyboard.press(nextKeys[n % nextKeys.length]!);
    }
    await explorer.page.keyboard.press('PageDown');
    expect(await step(explorer), 'the last step stays the last').toBe(count - 1);
    await explorer.page.keyboard.press('Home');
    await expect.poll(() => step(explorer)).toBe(0);
    await explorer.page.keyboard.press('End');
    await expect.poll(() => step(explorer)).toBe(count - 1);
    await explorer.page.keyboard.press('PageUp');
    await expect.poll(() => step(explorer)).toBe(count - 2);
    await explorer.page.keyboard.press('Backspace');
    await expect.poll(() => step(explorer)).toBe(count - 3);
    await explorer.page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(explorer)).toBe(count - 4);
    // Digits then Enter jump to a step, counted as on the screen.
    await explorer.page.keyboard.press('5');
    await expect(explorer.page.locator('.present-goto')).toContainText('Go to step 5');
    await explorer.page.keyboard.press('Enter');
    await expectStep(explorer, 4);
    // Keys with a modifier belong to the browser.
    await explorer.page.keyboard.press('Alt+ArrowRight');
    await explorer.page.keyboard.press('Control+End');
    expect(await step(explorer)).toBe(4);
    expect(await violations(), 'CSP violations').toEqual([]);
  });

  test('the Present button starts it, keys typed in a form field never do; Esc restores the explorer as it was: selection, view, tab and theme', async ({
    explorer,
  }) => {
    const page = explorer.page;
    await explorer.open();
    await test.step('keys typed in a form field never start the tour', async () => {
      await explorer.page.locator('#setting-label-lang').focus();
      await explorer.page.keyboard.press('p');
      await explorer.page.keyboard.press('Alt+p');
      expect(await presenting(explorer)).toBe(false);
    });
    await test.step('the Present button starts it; then Esc restores the explorer as it was: selection, view, tab and theme', async () => {
      await page.locator('#panel-article [data-passage="passage:energy"]').click();
      await expect.poll(() => explorer.selected()).toBe('passage:energy');
      await explorer.idle();
      await page.getByRole('tab', { name: 'Routes' }).click();
      // Where the reader had scrolled to in the panel.
      const scrolled = await page.locator('.sidebar-scroll').evaluate((el) => {
        el.scrollTop = 240;
        return el.scrollTop;
      });
      expect(scrolled, 'the sidebar scrolls').toBeGreaterThan(100);
      const before = await page.evaluate(() => {
        const s = window.mekong!.store.getState();
        const c = window.mekong!.map!.getCenter();
        return { selected: s.selected, view: s.view, theme: s.theme, center: [c.lng, c.lat], zoom: window.mekong!.map!.getZoom() };
      });
      const hashBefore = await page.evaluate(() => location.hash);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expectStep(explorer, 0);
      await expect(side(explorer)).toBeFocused();

      // Esc restores the explorer as it was: selection, view, tab and theme.
      await page.keyboard.press('PageDown');
      await page.keyboard.press('PageDown');
      await expectStep(explorer, 2);
      await tool(explorer, 'High contrast');
      await expect.poll(() => explorer.state<string>('s => s.theme')).toBe('high-contrast');
      expect(await explorer.selected()).not.toBe(before.selected);

      await page.keyboard.press('Escape');
      await expect.poll(() => presenting(explorer)).toBe(false);
      await expect(page.locator('.app-header')).toBeVisible();
      await expect(page.locator('#sidebar')).toBeVisible();
      await expect(page.locator('.present-side')).toHaveCount(0);
      expect(await explorer.selected()).toBe(before.selected);
      expect(await explorer.state<string>('s => s.theme')).toBe(before.theme);
      await expect(page.getByRole('tab', { name: 'Routes' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.locator('#panel-routes')).toBeVisible();
      await expect(page.locator('#panel-article [data-passage="passage:energy"]')).toHaveAttribute('aria-pressed', 'true');
      await explorer.idle();
      const after = await page.evaluate(() => {
        const c = window.mekong!.map!.getCenter();
        return { view: window.mekong!.store.getState().view, center: [c.lng, c.lat], zoom: window.mekong!.map!.getZoom() };
      });
      expect(after.zoom).toBeCloseTo(before.zoom, 3);
      expect(after.center[0]).toBeCloseTo(before.center[0]!, 3);
      expect(after.center[1]).toBeCloseTo(before.center[1]!, 3);
      expect(after.view!.zoom).toBeCloseTo(before.view!.zoom, 3);
      expect(await page.evaluate(() => location.hash)).toBe(hashBefore);
      await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeFocused();
      expect(await page.locator('.sidebar-scroll').evaluate((el) => el.scrollTop)).toBe(scrolled);
    });
  });

  test('P and PageDown pressed while the page is still loading start the tour and move on, in that order', async ({ explorer }) => {
    const { page } = explorer;
    // The app's module is held back until the keys are pressed, as on a slow network: on a fast machine the app can
    // otherwise start before the first key.
    let release!: () => void;
    const keysPressed = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await keysPressed;
      await route.continue();
    });
    await page.goto('./', { waitUntil: 'commit' });
    // As soon as the article written into the page's HTML shows, before the app has started (no automation handle
    // yet): a clicker's keys then are held for it.
    await page.locator('#panel-article [data-prerendered] [data-passage]').first().waitFor();
    await page.keyboard.press('p');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    expect(await page.evaluate(() => window.mekong === undefined), 'the keys were pressed before the app started').toBe(true);
    release();
    await explorer.ready();
    await expectStep(explorer, 2);
    await expect.poll(() => presenting(explorer)).toBe(true);
  });

  test('B or "." blacks the screen, and the same key brings it back; the theme can be made high-contrast for the projector, and the map restyles', async ({
    explorer,
  }) => {
    const page = explorer.page;
    await test.step('B or "." blacks the screen, and the same key brings it back', async () => {
      await explorer.open('#step=4');
      await expectStep(explorer, 3);
      const black = explorer.page.locator('.present-black');
      for (const key of ['b', '.']) {
        await explorer.page.keyboard.press(key);
        await expect(black).toBeVisible();
        // It covers everything: the map and the panel.
        const covering = await explorer.page.evaluate(() =>
          [
            [10, 10],
            [window.innerWidth / 2, window.innerHeight / 2],
            [window.innerWidth - 10, window.innerHeight - 10],
          ].every(([x, y]) => document.elementFromPoint(x!, y!)?.closest('.present-black') !== null),
        );
        expect(covering, `${key}: the black screen covers the page`).toBe(true);
        expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
        await explorer.page.keyboard.press(key);
        await expect(black).toBeHidden();
      }
      expect(await step(explorer), 'blacking out does not move the tour').toBe(3);
    });
    await test.step('the theme can be made high-contrast for the projector, and the map restyles', async () => {
      await page.keyboard.press('PageDown');
      await expectStep(explorer, 4);
      await tool(explorer, 'High contrast');
      await expect.poll(() => page.evaluate(() => window.mekong!.map!.getStyle().name ?? '')).toContain('high-contrast');
      await expect(page.locator('.present')).toHaveClass(/present--high-contrast/);
      expect(await side(explorer).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
      expect(
        await side(explorer)
          .locator('.present-passage p')
          .evaluate((el) => getComputedStyle(el).color),
      ).toBe('rgb(255, 255, 255)');
      await expect(page.getByRole('button', { name: 'High contrast' })).toHaveAttribute('aria-pressed', 'true');
    });
  });

  test('a #step=N link opens the tour at that step, and "Copy link to this step" gives such a link', async ({ explorer }) => {
    const page = explorer.page;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await explorer.open('#step=7&theme=projector');
    await expectStep(explorer, 6);
    await expect(page.locator('.app-header')).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expectStep(explorer, 7);
    await tool(explorer, 'Copy link to this step');
    await expect(page.locator('.present-status')).toHaveText(`Link to step 8 / ${count} copied.`);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#.*step=8(&|$)/);
    expect(link).toContain('theme=projector');
    expect(new URL(link).origin).toBe(new URL(page.url()).origin);

    await page.goto('about:blank');
    await page.goto(link);
    await explorer.ready();
    await expectStep(explorer, 7);
    expect(await explorer.state<string>('s => s.theme')).toBe('projector');
  });

  test('the presenter view follows the main window and drives it', async ({ explorer }) => {
    const page = explorer.page;
    await explorer.open('#step=3');
    await expectStep(explorer, 2);

    // The Presenter view button opens the same app as a presenter view in a new window.
    const [popup] = await Promise.all([page.waitForEvent('popup'), tool(explorer, 'Presenter view')]);
    expect(new URL(popup.url()).searchParams.has('presenter')).toBe(true);
    await popup.close();

    const notes = await page.context().newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    notes.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    notes.on('pageerror', (e) => errors.push(e.message));
    notes.on('request', (r) => requests.push(r.url()));
    await notes.goto('./?presenter');
    const title = notes.locator('.tour-notes-title');
    // It follows the main window…
    await expect(title).toHaveText(steps[2]!.title);
    await expect(notes.locator('.tour-notes-text')).toHaveText(steps[2]!.notes);
    await expect(notes.locator('.tour-notes-next-title')).toHaveText(steps[3]!.title);
    await expect(notes.locator('.tour-notes-elapsed')).toHaveText(/^\d+:\d\d$/);
    // It draws no map of its own: on the teacher's laptop only the projected window draws one.
    expect(await notes.evaluate(() => ({ map: window.mekong?.map ?? null, canvases: document.querySelectorAll('canvas').length }))).toEqual({
      map: null,
      canvases: 0,
    });
    await page.keyboard.press('ArrowRight');
    await expect(title).toHaveText(steps[3]!.title);
    // …and drives it, by keys or buttons.
    await notes.keyboard.press('PageDown');
    await expect.poll(() => step(explorer)).toBe(4);
    await expect(side(explorer).locator('.present-title')).toHaveText(steps[4]!.title);
    await notes.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => step(explorer)).toBe(3);
    await notes.getByRole('button', { name: 'Black screen' }).click();
    await expect(page.locator('.present-black')).toBeVisible();
    await expect(notes.locator('.tour-notes-black')).toBeVisible();
    await notes.getByRole('button', { name: 'Black screen' }).click();
    await expect(page.locator('.present-black')).toBeHidden();
    // The clicker's keys do the same in either window: B blacks the screen, Next then brings the picture back
    // without moving on.
    await notes.keyboard.press('b');
    await expect(page.locator('.present-black')).toBeVisible();
    await notes.keyboard.press('PageDown');
    await expect(page.locator('.present-black')).toBeHidden();
    await expect(notes.locator('.tour-notes-black')).toBeHidden();
    expect(await step(explorer)).toBe(3);
    await notes.getByRole('button', { name: 'End tour' }).click();
    await expect.poll(() => presenting(explorer)).toBe(false);
    await expect(notes.getByRole('button', { name: 'Start the tour' })).toBeVisible();

    expect(errors, 'console errors in the presenter view').toEqual([]);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await notes.close();
  });

  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    test(`projector-safe at ${viewport.width}×${viewport.height}: big type, nothing hidden, the map beside the text`, async ({ explorer }) => {
      test.setTimeout(240_000);
      const page = explorer.page;
      await page.setViewportSize(viewport);
      await explorer.open('#step=1');
      for (let n = 0; n < count; n++) {
        await expect.poll(() => step(explorer)).toBe(n);
        await expect(side(explorer).locator('.present-title')).toHaveText(steps[n]!.title);
        const layout = await page.evaluate(() => {
          const px = (sel: string) => {
            const el = document.querySelector(sel);
            return el ? parseFloat(getComputedStyle(el).fontSize) : null;
          };
          const body = document.querySelector('.present-body')!;
          const map = document.querySelector('#map')!.getBoundingClientRect();
          const panel = document.querySelector('.present-side')!.getBoundingClientRect();
          const next = document.querySelector('.present-next')!.getBoundingClientRect();
          return {
            passage: px('.present-passage p'),
            subtitle: px('.present-subtitle'),
            title: px('.present-title'),
            overflow: body.scrollHeight - body.clientHeight,
            mapRight: map.right,
            panelLeft: panel.left,
            mapWidth: map.width,
            nextVisible: next.bottom <= window.innerHeight && next.right <= window.innerWidth,
          };
        });
        const label = `${viewport.width}×${viewport.height}, step ${n + 1}`;
        if (layout.passage !== null) expect(layout.passage, `${label}: passage size`).toBeGreaterThanOrEqual(24);
        if (layout.subtitle !== null) expect(layout.subtitle, `${label}: subtitle size`).toBeGreaterThanOrEqual(24);
        expect(layout.title!, `${label}: title size`).toBeGreaterThanOrEqual(30);
        expect(layout.overflow, `${label}: the panel shows everything without scrolling`).toBeLessThanOrEqual(1);
        expect(layout.mapRight, `${label}: the map is not under the panel`).toBeLessThanOrEqual(layout.panelLeft + 1);
        expect(layout.mapWidth, `${label}: the map keeps most of the screen`).toBeGreaterThanOrEqual(viewport.width * 0.5);
        expect(layout.nextVisible, `${label}: Next is on screen`).toBe(true);
        if (n < count - 1) await page.keyboard.press('PageDown');
      }
    });
  }
});

// --- Pictures and paper -------------------------------------------------------------------------------------

/** How many different colours a band of rows holds. */
function coloursIn(png: Png, fromRow: number, toRow: number): number {
  const seen = new Set<number>();
  for (let y = Math.max(0, fromRow); y < Math.min(png.height, toRow); y++) {
    for (let x = 0; x < png.width; x += 2) {
      const i = (y * png.width + x) * png.channels;
      seen.add((png.pixels[i]! << 16) | (png.pixels[i + 1]! << 8) | png.pixels[i + 2]!);
    }
  }
  return seen.size;
}

async function mapCanvasSize(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const c = window.mekong!.map!.getCanvas();
    return { width: c.width, height: c.height };
  });
}

test.describe('saving and printing', () => {
  test.use({ reducedMotion: 'reduce' });

  test('"Print handout" lays out a title page and one page per step, and prints them; "Save map image" downloads a PNG of the map as shown, with its title and legend around it', async ({
    explorer,
  }) => {
    test.setTimeout(300_000);
    const page = explorer.page;
    const violations = await watchCsp(page);
    await explorer.open('#step=2');
    await test.step('"Print handout" lays out a title page and one page per step, and prints them', async () => {
      await expectStep(explorer, 1);
      await page.evaluate(() => {
        const w = window as Window & { printed?: number };
        w.printed = 0;
        w.print = () => {
          w.printed! += 1;
        };
      });
      // The pen's ink on this step (issue #22): its page, and only its page, carries it.
      await page.evaluate(() => {
        const map = window.mekong!.map!;
        const r = map.getCanvas().getBoundingClientRect();
        const at = (fx: number, fy: number) => map.unproject([r.width * fx, r.height * fy]).toArray() as [number, number];
        window.mekong!.store.getState().addStroke(1, { id: 'handout', tool: 'pen', colour: 'magenta', coords: [at(0.25, 0.3), at(0.5, 0.35), at(0.7, 0.6)] });
      });
      await tool(explorer, 'Print handout');
      await expect.poll(() => page.evaluate(() => (window as Window & { printed?: number }).printed), { timeout: 240_000 }).toBe(1);
      // Back where the teacher was.
      expect(await step(explorer)).toBe(1);
      await expect(page.locator('.present-busy')).toHaveCount(0);

      const pages = page.locator('.print-handout .print-page');
      await expect(pages).toHaveCount(count);
      await expect(pages.first().locator('.print-title')).toHaveText(steps[0]!.title);
      await expect(page.locator('.print-handout .print-step-title')).toHaveText(steps.slice(1).map((s) => s.title));
      // Each step's page has its own picture of the map, and the pictures differ.
      const pictures = await page.locator('.print-handout .print-figure canvas').evaluateAll((cs) =>
        (cs as HTMLCanvasElement[]).map((c) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let sum = 0;
          let magenta = 0;
          for (let i = 0; i < d.length; i += 97) sum = (sum * 31 + d[i]!) % 1_000_000_007;
          for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 214) < 28 && d[i + 1]! < 40 && Math.abs(d[i + 2]! - 154) < 28) magenta++;
          return { w: c.width, h: c.height, sum, magenta };
        }),
      );
      expect(pictures).toHaveLength(count - 1);
      for (const p of pictures) expect(p.w * p.h).toBeGreaterThan(10_000);
      expect(new Set(pictures.map((p) => p.sum)).size, 'one picture per step').toBeGreaterThan(count / 2);
      expect(pictures[0]!.magenta, 'step 2’s page has its ink').toBeGreaterThan(100);
      expect(pictures[1]!.magenta, 'step 3’s page has none').toBeLessThan(10);

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
      expect(pageCount, 'PDF pages: the title page and one per step').toBe(count);
    });
    await test.step('"Save map image" downloads a PNG of the map as shown, with its title and legend around it', async () => {
      await page.evaluate(() => window.mekong!.store.getState().goToStep(8));
      await expectStep(explorer, 8);
      const canvas = await mapCanvasSize(page);
      const [download] = await Promise.all([page.waitForEvent('download'), tool(explorer, 'Save map image')]);
      expect(download.suggestedFilename()).toBe('mekong-tour-step-09.png');
      const png = decodePng(readFileSync((await download.path())!));
      // The map at full resolution, with a title band above and a legend band below.
      expect(png.width).toBe(canvas.width);
      expect(png.height).toBeGreaterThan(canvas.height + 40);
      expect(png.height).toBeLessThan(canvas.height * 1.6);
      // Not blank: the map holds many colours, and so do the bands around it (title text, legend lines and words).
      expect(coloursIn(png, Math.round(png.height * 0.3), Math.round(png.height * 0.7)), 'colours of the map').toBeGreaterThan(200);
      expect(coloursIn(png, 0, 40), 'the title band has text').toBeGreaterThan(4);
      expect(coloursIn(png, png.height - 45, png.height), 'the legend band has lines and words').toBeGreaterThan(4);
      await expect(page.locator('.present-status')).toContainText('saved');
    });
    expect(await violations(), 'CSP violations').toEqual([]);
  });
});

test.describe('direction animation', () => {
  interface Sample {
    /** The chevron layers whose paint shows the corridor's chevrons (its text-opacity for it, with its feature-state). */
    readonly shown: string;
    /** Every chevron layer's layout properties. */
    readonly layout: string;
    /** The chevron layers that have chevrons on the map (at any opacity). */
    readonly laidOut: string;
  }
  /**
   * Samples, every 250 ms, which chevron layer paints a corridor's chevrons and every chevron layer's layout; and
   * counts the corridors' tiles laid out again meanwhile (a layout change makes MapLibre lay them all out again).
   */
  const sampleArrows = (e: Explorer, corridor: string, samples: number) =>
    e.page.evaluate(
      ({ corridor, samples }) =>
        new Promise<{ samples: Sample[]; relaidTiles: number }>((resolve) => {
          type Opacity = { evaluate: (feature: unknown, state: unknown) => number };
          type Layer = { serialize: () => { layout?: unknown }; paint: { get: (p: string) => Opacity } };
          const map = window.mekong!.map!;
          let relaidTiles = 0;
          const onData = (ev: { sourceId?: string; tile?: unknown }) => {
            if (ev.sourceId === 'corridors' && ev.tile) relaidTiles++;
          };
          map.on('sourcedata', onData);
          const out: Sample[] = [];
          const timer = setInterval(() => {
            const ids = map
              .getStyle()
              .layers.map((l) => l.id)
              .filter((id) => id.startsWith('corridors-arrows'));
            const layers = ids.map((id) => map.getLayer(id) as unknown as Layer);
            const state = map.getFeatureState({ source: 'corridors', id: corridor });
            const feature = { type: 2, id: corridor, properties: { id: corridor } };
            out.push({
              shown: ids.filter((_, i) => layers[i]!.paint.get('text-opacity').evaluate(feature, state) > 0).join(' '),
              layout: JSON.stringify(layers.map((l) => l.serialize().layout)),
              laidOut: ids.filter((id) => map.queryRenderedFeatures({ layers: [id] }).length > 0).join(' '),
            });
            if (out.length >= samples) {
              clearInterval(timer);
              map.off('sourcedata', onData);
              resolve({ samples: out, relaidTiles });
            }
          }, 250);
        }),
      { corridor, samples },
    );

  test('when a step shows its corridors their arrows march along them, with no new layout, then rest; none after the tour', async ({ explorer }) => {
    await explorer.open('#step=5');
    await expect.poll(() => step(explorer)).toBe(4);
    // Revealed at step 5, and drawn on every later step.
    const corridor = revealedUpTo(4)[0]!;
    // Sampled once the camera has settled: tiles loaded for its flight are not a re-layout.
    await explorer.idle();
    let run = await sampleArrows(explorer, corridor, 12);
    let shownStep = 4;
    // The chevrons move: one phase layer after another paints them (a paint value, changed by feature-state). A
    // march begins once the map has settled on a step: on a busy machine it may be over before it is sampled, and
    // the next step marches again.
    await expect
      .poll(
        async () => {
          if (new Set(run.samples.map((s) => s.shown)).size > 2) return true;
          await explorer.page.keyboard.press('PageDown');
          await expect.poll(() => step(explorer)).toBe(++shownStep);
          await explorer.idle();
          run = await sampleArrows(explorer, corridor, 12);
          return new Set(run.samples.map((s) => s.shown)).size > 2;
        },
        { timeout: 60_000 },
      )
      .toBe(true);
    for (const s of run.samples) expect(s.shown.split(' '), 'one phase at a time').toHaveLength(1);
    // …and nothing is laid out again: every chevron layer keeps its layout, and no tile of the corridors is rebuilt.
    expect(new Set(run.samples.map((s) => s.layout)).size, 'layout properties unchanged').toBe(1);
    expect(run.samples[0]!.layout).toContain('text-offset');
    expect(run.relaidTiles, 'corridor tiles laid out again while the arrows moved').toBe(0);
    // The march ends within seconds, on the resting chevrons; the map settles between its phases and after it.
    await expect
      .poll(async () => [...new Set((await sampleArrows(explorer, corridor, 4)).samples.map((s) => s.shown))], { timeout: 15_000 })
      .toEqual(['corridors-arrows']);
    await explorer.idle();
    await explorer.page.keyboard.press('Escape');
    await expect.poll(() => presenting(explorer)).toBe(false);
    await explorer.idle();
    // Outside the tour: the resting chevrons, still; the other phases' layers hold none.
    const after = await sampleArrows(explorer, corridor, 6);
    expect(new Set(after.samples.map((s) => s.shown))).toEqual(new Set(['corridors-arrows']));
    expect(new Set(after.samples.map((s) => s.laidOut))).toEqual(new Set(['corridors-arrows']));
    expect(after.relaidTiles).toBe(0);
  });

  test('under reduced motion the arrows stay still', async ({ explorer }) => {
    await explorer.page.emulateMedia({ reducedMotion: 'reduce' });
    await explorer.open('#step=5');
    await expect.poll(() => step(explorer)).toBe(4);
    await explorer.idle();
    const run = await sampleArrows(explorer, revealedUpTo(4)[0]!, 10);
    expect(new Set(run.samples.map((s) => s.shown))).toEqual(new Set(['corridors-arrows']));
    expect(new Set(run.samples.map((s) => s.layout)).size).toBe(1);
    expect(run.relaidTiles).toBe(0);
  });
});
