// Search: a pupil finds a place by name, with the keyboard alone or by touch on a phone, and the map frames it.
import { seriousViolations } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';
import { featureOf, frameBoxOf } from './geo.ts';

const PLACES_LAYER = 'places-circle';

/** Where a place is on the page, and whether the map draws it there. */
async function drawnAt(explorer: Explorer, id: string): Promise<{ x: number; y: number; rendered: boolean; zoom: number }> {
  await explorer.idle();
  const g = featureOf(id).geometry;
  if (g.type !== 'Point') throw new Error(`${id} is not a point`);
  const at = await explorer.pointOf(g.coordinates[0]!, g.coordinates[1]!);
  const rendered = (await explorer.renderedIds(PLACES_LAYER)).includes(id);
  const zoom = await explorer.page.evaluate(() => window.mekong!.map!.getZoom());
  return { ...at, rendered, zoom };
}

/** Framing a place brings the map in close (a frame of one point is as close as the camera frames). */
const FRAMED_ZOOM = 8;

test.use({ reducedMotion: 'reduce' });

test('keyboard only: / finds a place without its accents, Enter selects and frames it; native script; Esc closes, then clears', async ({ page, explorer }) => {
  await explorer.open();
  const box = page.getByRole('combobox', { name: 'Find a place, route or passage' });
  const list = page.getByRole('listbox', { name: 'Results' });
  await expect(box).toHaveAttribute('aria-keyshortcuts', '/');
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(''); // the key focuses the box and is not typed into it
  await page.keyboard.type('vung ang');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = list.getByRole('option');
  await expect(options.first()).toContainText('Vũng Áng port');
  await expect(options.first()).toContainText('Place · Vietnam');
  await expect(options.nth(1)).toContainText('Route'); // the route named after it comes after the place
  await expect(page.locator('#announcer')).toHaveText(/^\d+ results?/);

  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  expect(await seriousViolations(page), 'axe, with the results open').toEqual([]);

  await page.keyboard.press('Enter');
  await expect.poll(() => explorer.selected()).toBe('place:vung-ang-port');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('#selection').getByRole('heading', { name: /Vũng Áng port/ })).toBeVisible();
  expect(await explorer.boundsContain(frameBoxOf('place:vung-ang-port')), 'the map frames the place').toBe(true);
  const port = await drawnAt(explorer, 'place:vung-ang-port');
  expect(port.rendered, 'the place is drawn').toBe(true);
  expect(port.zoom, 'the map has come in close on it').toBeGreaterThanOrEqual(FRAMED_ZOOM);

  // Native script: Phnom Penh by its Khmer name. Esc closes the list, then empties the box.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ភ្នំពេញ');
  await expect(options.first()).toContainText('Phnom Penh');
  await expect(options.first()).toContainText('Place · Cambodia');
  await expect(options.first().locator('[lang=km]')).toHaveText('ភ្នំពេញ');
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).toHaveValue('ភ្នំពេញ');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  expect(await explorer.selected(), 'Esc in the box leaves the selection alone').toBe('place:vung-ang-port');

  // Nothing found is said, not shown as an empty list.
  await page.keyboard.type('zzqx');
  await expect(page.getByText('Nothing found.')).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'false');

  // The tour has no search box.
  await page.keyboard.press('Tab');
  await page.keyboard.press('p');
  await expect(page.locator('#search')).toBeHidden();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('touch: tap the box, type, tap a result: it is selected and framed above the sheet', async ({ page, explorer }) => {
    await explorer.open();
    const box = page.getByRole('combobox', { name: 'Find a place, route or passage' });
    await expect(box).toBeInViewport();
    const boxRect = (await box.boundingBox())!;
    expect(boxRect.height, 'a touch target').toBeGreaterThanOrEqual(44);

    await box.tap();
    // A town that the first view has where the rising sheet will cover it.
    await page.keyboard.type('kampong cham');
    const option = page.getByRole('option').first();
    await expect(option).toContainText('Kampong Cham');
    await option.tap();
    await expect.poll(() => explorer.selected()).toBe('place:kampong-cham');
    await expect(box).not.toBeFocused(); // the on-screen keyboard goes
    await expect(page.locator('#sidebar')).toHaveAttribute('data-sheet', 'half');

    const at = await drawnAt(explorer, 'place:kampong-cham');
    expect(at.rendered, 'the place is drawn').toBe(true);
    expect(at.zoom, 'the map has come in close on it').toBeGreaterThanOrEqual(FRAMED_ZOOM);
    const sheetTop = (await page.locator('#sidebar').boundingBox())!.y;
    expect(at.y, 'above the sheet').toBeLessThan(sheetTop);
    expect(at.y, 'below the search box').toBeGreaterThan(boxRect.y + boxRect.height);
    expect(at.x).toBeGreaterThan(0);
    expect(at.x).toBeLessThan(390);
  });
});
