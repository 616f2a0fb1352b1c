// Any screen in a classroom: a phone, a tablet upright, a small laptop, a laptop and a projector. At each size
// the first view frames the story's two countries whole and uncovered, nothing scrolls sideways and axe is
// clean; a phone's sidebar is a sheet that leaves the map at least half the screen.
import bbox from '@turf/bbox';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { featureOf } from './geo.ts';
import { expect, test, type Explorer } from './fixtures.ts';

type Box = { left: number; top: number; right: number; bottom: number };

const SIZES = [
  { width: 390, height: 844, touch: true },
  { width: 768, height: 1024, touch: true },
  { width: 1024, height: 768, touch: false },
  { width: 1366, height: 768, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;

/** The page box of the story's two countries as the map draws them now (Mercator keeps a lng/lat box a box). */
async function countriesBox(explorer: Explorer): Promise<Box> {
  const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: [featureOf('country:KHM'), featureOf('country:LAO')] });
  const sw = await explorer.pointOf(w, s);
  const ne = await explorer.pointOf(e, n);
  return { left: sw.x, top: ne.y, right: ne.x, bottom: sw.y };
}

/** The page boxes of what may lie over the map: the header, the sidebar or sheet, the key on the map. */
async function overlays(page: Page): Promise<Record<string, Box>> {
  return page.evaluate(() => {
    const out: Record<string, { left: number; top: number; right: number; bottom: number }> = {};
    for (const [name, sel] of [
      ['header', '.app-header'],
      ['sidebar', '#sidebar'],
      ['key', '#map-key'],
    ] as const) {
      const el = document.querySelector<HTMLElement>(sel);
      if (!el || el.offsetParent === null) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) out[name] = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }
    return out;
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function nothingScrollsSideways(page: Page): Promise<void> {
  const wide = await page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll<HTMLElement>('.sidebar-scroll, .app-header')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  );
  expect(wide, 'elements wider than their box').toEqual([]);
}

/** The first view frames Cambodia and Laos whole and uncovered; nothing scrolls sideways; axe is clean. */
async function expectFirstView(explorer: Explorer): Promise<void> {
  const box = await countriesBox(explorer);
  const map = await explorer.page.locator('#map canvas').boundingBox();
  expect(map).not.toBeNull();
  expect(box.left).toBeGreaterThanOrEqual(map!.x);
  expect(box.right).toBeLessThanOrEqual(map!.x + map!.width);
  expect(box.top).toBeGreaterThanOrEqual(map!.y);
  expect(box.bottom).toBeLessThanOrEqual(map!.y + map!.height);
  for (const [name, o] of Object.entries(await overlays(explorer.page))) expect(overlaps(box, o), `the ${name} covers the countries`).toBe(false);
  // And they fill the view: framed, not lost in a corner.
  expect((box.bottom - box.top) / map!.height).toBeGreaterThan(0.5);
  await nothingScrollsSideways(explorer.page);
  expect(await seriousViolations(explorer.page)).toEqual([]);
}

// The phone's first view is checked at the start of the phone's journey below, on the same page load.
for (const size of SIZES.filter((s) => s.width !== 390)) {
  test.describe(`at ${size.width}×${size.height}${size.touch ? ' (touch)' : ''}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test('the first view frames Cambodia and Laos whole and uncovered; nothing scrolls sideways; axe is clean', async ({ explorer }) => {
      await explorer.open();
      await expectFirstView(explorer);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the first view frames Cambodia and Laos whole and uncovered; nothing scrolls sideways; axe is clean; then tapping a country shows its title and leaves at least half the screen to the map, with the country in view', async ({
    explorer,
  }) => {
    const { page } = explorer;
    await explorer.open();
    await test.step('the first view frames Cambodia and Laos whole and uncovered; nothing scrolls sideways; axe is clean', () => expectFirstView(explorer));
    const laos = await explorer.pointOf(102.6, 19.9);
    await page.touchscreen.tap(laos.x, laos.y);
    await expect.poll(() => explorer.selected()).toBe('country:LAO');
    await expect(page.locator('.sheet-title')).toHaveText('Laos');
    await expect(page.locator('.sheet-title')).toBeInViewport();
    await explorer.idle();
    const sheet = (await page.locator('#sidebar').boundingBox())!;
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(sheet.y - (header.y + header.height), 'map height left above the sheet').toBeGreaterThanOrEqual(844 / 2);
    // Laos is framed in the part of the map above the sheet.
    const [w, s, e, n] = bbox(featureOf('country:LAO'));
    const sw = await explorer.pointOf(w, s);
    const ne = await explorer.pointOf(e, n);
    expect(ne.y).toBeGreaterThanOrEqual(header.y + header.height);
    expect(sw.y).toBeLessThanOrEqual(sheet.y);
    expect(sw.x).toBeGreaterThanOrEqual(0);
    expect(ne.x).toBeLessThanOrEqual(390);
    // The card is in the sheet: raised to full, its heading shows.
    await page.getByRole('button', { name: 'Show more of the panel' }).tap();
    await expect(page.locator('#selection h2')).toBeInViewport();
    await nothingScrollsSideways(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the sheet moves by its handle, its buttons and keys; the tools are in a compact menu', async ({ explorer }) => {
    const { page } = explorer;
    await explorer.open();
    const sheet = page.locator('#sidebar');
    const handle = page.getByRole('slider', { name: 'Height of the panel' });
    await expect(handle).toHaveAttribute('aria-valuetext', 'title only');
    // Dragged up by its handle, it settles at the nearest height.
    const h = (await handle.boundingBox())!;
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, h.y - 300, { steps: 6 });
    await page.mouse.up();
    await expect(handle).toHaveAttribute('aria-valuetext', 'half the screen');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(300);
    // Keys on the handle; then a button.
    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await expect(handle).toHaveAttribute('aria-valuetext', 'full screen');
    await page.keyboard.press('Home');
    await expect(handle).toHaveAttribute('aria-valuetext', 'title only');
    // At peek, the panel's content is out of reach (and out of the tab order).
    await expect(page.getByRole('tab', { name: 'Article' })).toBeHidden();
    await page.getByRole('button', { name: 'Show more of the panel' }).tap();
    await expect(page.getByRole('tab', { name: 'Article' })).toBeVisible();
    // Settings, stories and Present fold into the Menu; every control there is a big enough target.
    await expect(page.locator('#present-button')).toBeHidden();
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.tap();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#present-button')).toBeVisible();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#header-tools button, #header-tools select, .sheet-bar button, .tabs [role="tab"], .maplibregl-ctrl button')]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
        .map((el) => el.id || el.className || el.textContent),
    );
    expect(small, 'touch targets under 44 px').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    // The map's credit is folded to its (i) button.
    await expect(page.locator('.maplibregl-ctrl-attrib')).not.toHaveClass(/maplibregl-compact-show/);
    await expect(page.locator('.maplibregl-ctrl-attrib-inner')).toBeHidden();
  });
});

test('on a laptop the card takes the tab’s place and the sidebar scrolls as one, its tabs on top', async ({ explorer }) => {
  const { page } = explorer;
  await page.setViewportSize({ width: 1366, height: 768 });
  await explorer.open('#sel=country:LAO');
  await expect(page.locator('#selection h2')).toHaveText('Laos');
  await expect(page.locator('#panel-article')).toBeHidden();
  // One scroll for the whole sidebar: the card has none of its own, and the tabs stay on top as it scrolls.
  const own = await page.locator('#selection').evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(own).toBe(false);
  const scroller = page.locator('.sidebar-scroll');
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('tab', { name: 'Article' })).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

test('the explorer prints on A4 landscape: the map as shown with its key, beside the selected card', async ({ explorer }) => {
  const { page } = explorer;
  await page.setViewportSize({ width: 1366, height: 768 });
  await explorer.open('#sel=country:LAO');
  await expect(page.locator('#selection h2')).toHaveText('Laos');
  await explorer.idle();
  // Printing's code loads once the first view is drawn.
  await explorer.settled();
  // What the browser does as it prints: the picture is taken then, while the frame is in the canvas.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const picture = page.locator('#print-map canvas');
  await expect(picture).toBeVisible();
  // The picture is the map drawn (many colours, among them the selected country's), not a blank canvas.
  const colours = await picture.evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length; i += 4 * 53) seen.add((d[i]! << 16) | (d[i + 1]! << 8) | d[i + 2]!);
    return seen.size;
  });
  expect(colours).toBeGreaterThan(50);
  await expect(page.locator('#selection h2')).toBeVisible();
  await expect(page.locator('.tabs')).toBeHidden();
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length, 'PDF pages').toBeGreaterThanOrEqual(1);
  // A4 landscape is 842 × 595 points.
  expect(Math.round(boxes[0]![0]!)).toBe(842);
  expect(Math.round(boxes[0]![1]!)).toBe(595);
  expect(pdf, 'the map’s picture in the PDF').toMatch(/\/Subtype\s*\/Image/);
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(picture).toHaveCount(0);
});
