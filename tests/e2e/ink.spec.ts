// The classroom pen (issue #22): drawing on the map in the tour by mouse and touch, ink that stays at its place on
// the map and with its step, the laser that leaves no trace, the eraser and clearing, the keys, and the ink in the
// map image (the handout's pages: tests/e2e/tour.spec.ts).
import { readFileSync } from 'node:fs';
import { decodePng, type Png } from './png.ts';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';

type LngLat = [number, number];

const step = (e: Explorer) => e.state<number>('s => s.tour.step');
const status = (e: Explorer) => e.page.locator('.present-status');
const inkOn = (e: Explorer, n: number) => e.state<{ id: string; tool: string; coords: LngLat[] }[]>(`s => s.ink[${n}] ?? []`);

/** Opens the tour at a step (counted from 1) and waits for the map to have framed it. */
async function openStep(e: Explorer, n: number): Promise<void> {
  await e.open(`#step=${n}`);
  await e.settled();
  await expect.poll(() => step(e)).toBe(n - 1);
  await expect(e.page.locator('.present')).toHaveAttribute('data-framed', 'true');
  await e.idle();
}

/** Page coordinates of a share of the map's width and height. */
async function mapPoint(page: Page, fx: number, fy: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([fx, fy]) => {
      const r = window.mekong!.map!.getCanvas().getBoundingClientRect();
      return { x: r.left + r.width * fx, y: r.top + r.height * fy };
    },
    [fx, fy] as const,
  );
}

/** The ink features drawn within a few pixels of a lng/lat (the ink's own layers). */
async function inkNear(e: Explorer, at: LngLat): Promise<string[]> {
  await e.idle();
  return e.page.evaluate((at) => {
    const map = window.mekong!.map!;
    const p = map.project(at);
    const hits = map.queryRenderedFeatures(
      [
        [p.x - 4, p.y - 4],
        [p.x + 4, p.y + 4],
      ],
      { layers: ['ink-pen', 'ink-highlighter'] },
    );
    return [...new Set(hits.map((h) => String(h.properties['id'])))];
  }, at);
}

const middleOf = (coords: LngLat[]): LngLat => coords[Math.floor(coords.length / 2)]!;
const centre = (e: Explorer) => e.state<[number, number]>('s => s.view.center');

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test.describe('the classroom pen', () => {
  test.use({ reducedMotion: 'reduce', hasTouch: true });

  test('draws by mouse and touch on a step; the ink stays at its place on the map and with its step; the laser fades; erase and clear', async ({
    explorer,
  }) => {
    const page = explorer.page;
    await openStep(explorer, 2);
    await page.keyboard.press('d');
    await expect(page.locator('[data-ink-tool="pen"]')).toHaveAttribute('aria-pressed', 'true');

    // The mouse draws, and the map does not pan under the pen.
    const before = await centre(explorer);
    await drag(page, await mapPoint(page, 0.3, 0.4), await mapPoint(page, 0.6, 0.45));
    await expect.poll(async () => (await inkOn(explorer, 1)).length).toBe(1);
    expect(await centre(explorer)).toEqual(before);

    // One finger draws too (a real touch, through the browser's input pipeline).
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
    const [t0, t1] = [await mapPoint(page, 0.35, 0.65), await mapPoint(page, 0.6, 0.7)];
    await touch('touchStart', [t0]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [{ x: t0.x + ((t1.x - t0.x) * i) / 10, y: t0.y + ((t1.y - t0.y) * i) / 10 }]);
    await touch('touchEnd', []);
    await expect.poll(async () => (await inkOn(explorer, 1)).length).toBe(2);
    expect(await centre(explorer)).toEqual(before);
    const [mouse, finger] = await inkOn(explorer, 1);
    expect(await inkNear(explorer, middleOf(mouse!.coords))).toEqual([mouse!.id]);
    expect(await inkNear(explorer, middleOf(finger!.coords))).toEqual([finger!.id]);

    // Two fingers still pan the map (and draw nothing).
    const [a0, b0] = [await mapPoint(page, 0.45, 0.5), await mapPoint(page, 0.55, 0.5)];
    await touch('touchStart', [a0]);
    await touch('touchStart', [a0, b0]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        { x: a0.x + 12 * i, y: a0.y + 8 * i },
        { x: b0.x + 12 * i, y: b0.y + 8 * i },
      ]);
    await touch('touchEnd', []);
    await explorer.idle();
    expect(await centre(explorer)).not.toEqual(before);
    expect(await inkOn(explorer, 1)).toHaveLength(2);
    expect(await inkNear(explorer, middleOf(mouse!.coords)), 'the ink moved with the map').toEqual([mouse!.id]);

    // On to step 3: its own (no) ink; back to step 2: the ink is there again, at the same place on the map.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => step(explorer)).toBe(2);
    await expect(page.locator('.present')).toHaveAttribute('data-framed', 'true');
    // The ink's new data is laid out by MapLibre's worker: what is drawn is known once the map is idle.
    await explorer.idle();
    expect(await explorer.renderedIds('ink-pen')).toEqual([]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => step(explorer)).toBe(1);
    await expect(page.locator('.present')).toHaveAttribute('data-framed', 'true');
    expect(await inkNear(explorer, middleOf(mouse!.coords))).toEqual([mouse!.id]);
    expect(await inkNear(explorer, middleOf(finger!.coords))).toEqual([finger!.id]);

    // Zoomed in and moved: still at its lng/lat.
    await page.evaluate((at) => window.mekong!.map!.jumpTo({ center: at, zoom: window.mekong!.map!.getZoom() + 1 }), middleOf(finger!.coords));
    expect(await inkNear(explorer, middleOf(finger!.coords))).toEqual([finger!.id]);

    // M puts the pen down: the mouse moves the map again.
    await page.keyboard.press('m');
    await expect(page.locator('[data-ink-tool="move"]')).toHaveAttribute('aria-pressed', 'true');
    const moved = await centre(explorer);
    await drag(page, await mapPoint(page, 0.5, 0.5), await mapPoint(page, 0.4, 0.4));
    await expect.poll(() => centre(explorer)).not.toEqual(moved);
    expect(await inkOn(explorer, 1)).toHaveLength(2);

    // The laser: a dot over the map while it moves, gone 2 s after it stops, and nothing drawn on the map.
    await explorer.idle();
    const drawnBefore = await explorer.renderedIds('ink-pen');
    await page.keyboard.press('l');
    await expect(status(explorer)).toContainText('Laser');
    const l0 = await mapPoint(page, 0.3, 0.3);
    await page.mouse.move(l0.x, l0.y);
    await page.mouse.move(l0.x + 200, l0.y + 100, { steps: 10 });
    await expect(page.locator('.ink-laser')).toHaveCount(1);
    await page.waitForTimeout(2_000);
    await expect(page.locator('.ink-laser')).toHaveCount(0);
    expect(await inkOn(explorer, 1)).toHaveLength(2);
    await explorer.idle();
    expect(await explorer.renderedIds('ink-pen')).toEqual(drawnBefore);

    // The eraser takes the stroke it touches.
    await page.keyboard.press('e');
    const p = await explorer.pointOf(...middleOf(finger!.coords));
    await page.mouse.click(p.x, p.y);
    await expect.poll(async () => (await inkOn(explorer, 1)).map((s) => s.id)).toEqual([mouse!.id]);
    expect(await inkNear(explorer, middleOf(finger!.coords))).toEqual([]);

    // Leaving the tour keeps the ink (not drawn on the explorer's map); coming back shows it.
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-ink-tool="move"]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect.poll(() => explorer.state<boolean>('s => s.tour.active')).toBe(false);
    await explorer.idle();
    expect(await explorer.renderedIds('ink-pen')).toEqual([]);
    await page.evaluate(() => window.mekong!.store.getState().startTour(1));
    await expect(page.locator('.present')).toHaveAttribute('data-framed', 'true');
    await explorer.idle();
    expect(await explorer.renderedIds('ink-pen')).toEqual([mouse!.id]);

    // C clears the step's ink.
    await page.keyboard.press('c');
    await expect(status(explorer)).toContainText('cleared from step 2');
    expect(await inkOn(explorer, 1)).toEqual([]);
    await explorer.idle();
    expect(await explorer.renderedIds('ink-pen')).toEqual([]);
  });

  test('by keyboard alone: tools are chosen, ink cleared and the map given back, each said aloud', async ({ explorer }) => {
    const page = explorer.page;
    await openStep(explorer, 2);
    const pressed = page.locator('.present-ink [aria-pressed="true"]');
    for (const [key, tool, said] of [
      ['h', 'highlighter', 'Highlighter'],
      ['a', 'arrow', 'Arrow'],
      ['e', 'eraser', 'Eraser'],
      ['d', 'pen', 'Pen'],
    ] as const) {
      await page.keyboard.press(key);
      await expect(pressed).toHaveAttribute('data-ink-tool', tool);
      await expect(status(explorer)).toContainText(said);
    }
    // Esc puts the pen down, and leaves the tour only when pressed again.
    await page.keyboard.press('Escape');
    await expect(pressed).toHaveAttribute('data-ink-tool', 'move');
    await expect(status(explorer)).toContainText('Moving the map');
    expect(await explorer.state<boolean>('s => s.tour.active')).toBe(true);

    // Drawing needs a pointer: strokes are put on two steps here, then cleared from the keyboard.
    await page.evaluate(() => {
      const s = window.mekong!.store.getState();
      const coords: [number, number][] = [
        [104, 12],
        [106, 13],
      ];
      s.addStroke(1, { id: 'k1', tool: 'pen', colour: 'red', coords });
      s.addStroke(4, { id: 'k2', tool: 'pen', colour: 'red', coords });
    });
    await page.keyboard.press('c');
    await expect(status(explorer)).toContainText('Drawings cleared from step 2');
    expect(await explorer.state('s => Object.keys(s.ink)')).toEqual(['4']);
    // Clear all, and a colour, reached with Tab: the pen's tools open with the others.
    const tabTo = async (target: ReturnType<Page['locator']>) => {
      for (let i = 0; i < 40 && !(await target.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(target).toBeFocused();
    };
    await tabTo(page.locator('.present-tools summary'));
    await page.keyboard.press('Enter');
    await tabTo(page.getByRole('button', { name: 'Clear all' }));
    await page.keyboard.press('Enter');
    await expect(status(explorer)).toContainText('All drawings cleared');
    expect(await explorer.state('s => s.ink')).toEqual({});
    await page.getByRole('radio', { name: 'Green' }).focus();
    await page.keyboard.press('Space');
    await expect(status(explorer)).toContainText('Ink colour: green');
    await page.evaluate(() => window.mekong!.store.getState().setInkTool('pen'));
    await expect(page.locator('[data-ink-tool="pen"]')).toHaveAttribute('aria-pressed', 'true');
    expect(await seriousViolations(page), 'axe, with the pen in hand').toEqual([]);
  });
});

/** The magenta ink (#d6009a) in a picture: how many pixels of it. Nothing else on the map is that colour. */
const MAGENTA = (r: number, g: number, b: number) => Math.abs(r - 214) < 28 && g < 40 && Math.abs(b - 154) < 28;
function magentaIn(png: Png): number {
  let n = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) if (MAGENTA(png.pixels[i]!, png.pixels[i + 1]!, png.pixels[i + 2]!)) n++;
  return n;
}

test.describe('the ink in pictures of the map', () => {
  test.use({ reducedMotion: 'reduce' });

  test('"Save map image" holds the step’s ink (the handout’s pages are checked in the tour’s handout test)', async ({ explorer }) => {
    const page = explorer.page;
    await openStep(explorer, 2);
    await page.evaluate(() => {
      const s = window.mekong!.store.getState();
      const map = window.mekong!.map!;
      const r = map.getCanvas().getBoundingClientRect();
      const at = (fx: number, fy: number) => map.unproject([r.width * fx, r.height * fy]).toArray() as [number, number];
      s.addStroke(1, { id: 'img', tool: 'pen', colour: 'magenta', coords: [at(0.25, 0.3), at(0.5, 0.35), at(0.7, 0.6)] });
    });
    await explorer.idle();

    const save = async () => {
      const tools = page.locator('.present-tools');
      if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('summary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Save map image' }).click()]);
      return magentaIn(decodePng(readFileSync((await download.path())!)));
    };
    expect(await save(), 'the ink in the saved image').toBeGreaterThan(300);

    // Cleared: the image has no ink.
    await page.keyboard.press('c');
    await explorer.idle();
    expect(await save(), 'no ink once cleared').toBeLessThan(10);
  });
});

test.describe('the ink in the presenter view', () => {
  test.use({ reducedMotion: 'reduce' });

  test('shows the map with the ink drawn in the main window, and ink drawn there shows on the projector', async ({ explorer }) => {
    const page = explorer.page;
    await openStep(explorer, 2);
    await page.evaluate(() => window.mekong!.store.getState().setInkColour('magenta'));
    await page.keyboard.press('d');
    await drag(page, await mapPoint(page, 0.25, 0.3), await mapPoint(page, 0.7, 0.6));
    await expect.poll(async () => (await inkOn(explorer, 1)).length).toBe(1);

    const notes = await page.context().newPage();
    const errors: string[] = [];
    notes.on('pageerror', (e) => errors.push(e.message));
    notes.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await notes.goto('./?presenter');
    const picture = notes.locator('.tour-notes-map img');
    await expect(picture).toBeVisible();
    // The picture is the main window's map, with its ink.
    const magenta = () =>
      picture.evaluate(async (img: HTMLImageElement) => {
        await img.decode();
        const c = document.createElement('canvas');
        [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - 214) < 40 && d[i + 1]! < 60 && Math.abs(d[i + 2]! - 154) < 40) n++;
        return n;
      });
    await expect.poll(magenta, { message: 'the main window’s stroke in the presenter view' }).toBeGreaterThan(100);

    // A stroke drawn on the picture goes to the main window's map, at the same place.
    const box = (await notes.locator('.tour-notes-map-ink').boundingBox())!;
    await notes.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.7);
    await notes.mouse.down();
    await notes.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.8, { steps: 8 });
    await notes.mouse.up();
    await expect.poll(async () => (await inkOn(explorer, 1)).length).toBe(2);
    const drawn = (await inkOn(explorer, 1))[1]!;
    expect(await inkNear(explorer, middleOf(drawn.coords))).toEqual([drawn.id]);
    const start = await page.evaluate((at) => {
      const map = window.mekong!.map!;
      const p = map.project(at);
      return [p.x / map.getCanvas().clientWidth, p.y / map.getCanvas().clientHeight];
    }, drawn.coords[0]!);
    expect(start[0]).toBeCloseTo(0.2, 1);
    expect(start[1]).toBeCloseTo(0.7, 1);
    expect(await seriousViolations(notes), 'axe, in the presenter view').toEqual([]);
    expect(errors).toEqual([]);
    await notes.close();
  });
});
