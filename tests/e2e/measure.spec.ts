// A pupil's measure (issue #18): turn Measure on, choose two places a route links (by mouse, by keyboard alone,
// by two taps on a phone); the readout gives the straight line and the distance along the route, with the route's
// name and status; the map draws the straight line, the ends and the stretch along the route; Esc clears it.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';
import { featureOf } from './geo.ts';

const MEASURE_LAYERS = ['measure-route', 'measure-route-planned', 'measure-line', 'measure-ends'];
/** Savannakhet to Dong Ha: both waypoints of the Route 9 corridor to Da Nang, which is in use. */
const FROM = 'place:savannakhet';
const TO = 'place:dong-ha';
const ROUTE = 'corridor:laos-da-nang';

const at = (id: string) => {
  const g = featureOf(id).geometry;
  if (g.type !== 'Point') throw new Error(`${id} is not a point`);
  return [g.coordinates[0]!, g.coordinates[1]!] as const;
};

/** What the measure's layers draw now, by layer: each feature's role and id. */
async function drawn(explorer: Explorer): Promise<Record<string, string[]>> {
  await explorer.idle();
  return explorer.page.evaluate((layers) => {
    const map = window.mekong!.map!;
    const out: Record<string, string[]> = {};
    for (const layer of layers) {
      if (!map.getLayer(layer)) continue;
      const ids = map.queryRenderedFeatures({ layers: [layer] }).map((f) => `${String(f.properties['role'])}:${String(f.properties['id'])}`);
      if (ids.length) out[layer] = [...new Set(ids)].sort();
    }
    return out;
  }, MEASURE_LAYERS);
}

const DRAWN_ROUTE = {
  'measure-ends': ['end:end-0', 'end:end-1'],
  'measure-line': ['line:line'],
  'measure-route': [`route:${ROUTE}`],
};

async function expectReadout(page: Page): Promise<void> {
  const result = page.getByTestId('measure-result');
  await expect(result).toContainText('Savannakhet');
  await expect(result).toContainText('Dong Ha');
  await expect(page.getByTestId('measure-straight')).toHaveText(/^\d{3} km$/);
  const route = page.locator(`[data-testid="measure-route"][data-corridor="${ROUTE}"]`);
  await expect(route).toContainText('Laos to Da Nang via Route 9');
  await expect(route.getByTestId('measure-route-status')).toHaveText('In use');
  await expect(route.locator('.measure-km')).toHaveText(/^\d{3} km$/);
  // Along the road is longer than the straight line.
  const [straight, along] = [await page.getByTestId('measure-straight').textContent(), await route.locator('.measure-km').textContent()];
  expect(parseInt(along!, 10)).toBeGreaterThan(parseInt(straight!, 10));
  // The live region says it.
  await expect(page.locator('#announcer')).toContainText(/Savannakhet .* to Dong Ha: \d{3} km in a straight line\. \d{3} km along Laos to Da Nang/);
}

test.describe('Measure on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

  test('by mouse and by keyboard alone: both distances, the route and its status, drawn on the map, cleared with Esc', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.settled();
    const button = page.getByRole('button', { name: 'Measure', exact: true });
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(await drawn(explorer)).toEqual({});

    // --- Mouse: the tool on, two clicks on two places.
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#announcer')).toContainText('Measure on');
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('cursor', 'crosshair');
    // Savannakhet's bridge is about a pixel from the town at this zoom: the click is 3 px off the town, on the side
    // away from the bridge, so that no fraction of a pixel decides which of the two is nearer.
    const town = await explorer.pointOf(...at(FROM));
    const bridge = await explorer.pointOf(...at('place:second-friendship-bridge'));
    const away = Math.hypot(town.x - bridge.x, town.y - bridge.y) || 1;
    await page.mouse.click(town.x + (3 * (town.x - bridge.x)) / away, town.y + (3 * (town.y - bridge.y)) / away);
    await expect(page.locator('#announcer')).toContainText('From Savannakhet');
    // A few pixels off the marker still takes the place itself.
    const to = await explorer.pointOf(...at(TO));
    await page.mouse.click(to.x + 4, to.y - 3);
    await expectReadout(page);
    // A click while measuring chooses nothing.
    expect(await explorer.selected()).toBeNull();
    expect(await drawn(explorer)).toEqual(DRAWN_ROUTE);
    // The stretch along the route ends at the two places.
    const ends = await page.evaluate(() => window.mekong!.store.getState().measure.ends);
    expect(ends.map((e) => e?.place)).toEqual([FROM, TO]);

    // A route not in use is labelled so, and drawn dashed: Phnom Penh to Kratie by the river (no service).
    await explorer.clickMap(...at('place:phnom-penh'));
    await explorer.clickMap(...at('place:kratie'));
    const river = page.locator('[data-testid="measure-route"][data-corridor="corridor:mekong-river"]');
    await expect(river.getByTestId('measure-route-status')).toHaveText(/^No service found; the way itself: interrupted/);
    await expect(river).toHaveAttribute('data-working', 'false');
    await expect(page.locator('[data-corridor="corridor:laos-sihanoukville-road"] [data-testid="measure-schematic"]')).toContainText('drawn straight');
    const planned = (await drawn(explorer))['measure-route-planned'] ?? [];
    expect(planned).toContain('route:corridor:mekong-river');
    expect((await drawn(explorer))['measure-route'] ?? []).not.toContain('route:corridor:mekong-river');

    // axe with the tool open and a result shown.
    expect(await seriousViolations(page)).toEqual([]);

    // Esc clears the measure (nothing drawn); a second Esc puts the tool away.
    await page.locator('body').press('Escape');
    await expect(page.getByTestId('measure-result')).toHaveCount(0);
    expect(await drawn(explorer)).toEqual({});
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.locator('body').press('Escape');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(page.locator('.measure-panel')).toBeHidden();

    // --- Keyboard alone: focus the button, turn it on, choose both ends in the choosers.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Tab');
    // A closed native select chooses by typing the start of a name.
    await expect(page.getByLabel('From', { exact: true })).toBeFocused();
    await page.keyboard.type('Savannakhet');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('To', { exact: true })).toBeFocused();
    await page.keyboard.type('Dong');
    await expectReadout(page);
    expect(await drawn(explorer)).toEqual(DRAWN_ROUTE);
    // Esc in a chooser clears; again, puts the tool away, and the keyboard goes on from the button.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('measure-result')).toHaveCount(0);
    expect(await drawn(explorer)).toEqual({});
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(button).toBeFocused();

    // Hidden in the tour.
    await page.evaluate(() => window.mekong!.store.getState().startTour(1));
    await expect(page.locator('#measure-tool')).toBeHidden();
  });
});

test.describe('Measure on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });

  test('two taps measure; two fingers still pan the map', async ({ explorer, page }) => {
    await explorer.open();
    await explorer.settled();
    const button = page.getByRole('button', { name: 'Measure', exact: true });
    await expect(button).toBeVisible();
    await button.tap();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    // The readout sits at the map's foot: the two ends framed above it.
    await page.evaluate(([a, b]) => window.mekong!.map!.fitBounds([a, b], { padding: { top: 200, bottom: 380, left: 60, right: 60 }, animate: false }), [
      [...at(FROM)],
      [...at(TO)],
    ] as [[number, number], [number, number]]);
    await explorer.idle();
    for (const id of [FROM, TO]) {
      const p = await explorer.pointOf(...at(id));
      // A finger lands a little off the marker.
      await page.touchscreen.tap(p.x + 6, p.y + 5);
    }
    await expectReadout(page);
    expect(await drawn(explorer)).toEqual(DRAWN_ROUTE);

    // Two fingers still pan the map, and choose no end.
    const centre = () => page.evaluate(() => window.mekong!.map!.getCenter().toArray());
    const before = await centre();
    const cdp = await page.context().newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })) });
    const [a0, b0] = [
      { x: 150, y: 250 },
      { x: 230, y: 250 },
    ];
    await touch('touchStart', [a0]);
    await touch('touchStart', [a0, b0]);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        { x: a0.x + 10 * i, y: a0.y + 6 * i },
        { x: b0.x + 10 * i, y: b0.y + 6 * i },
      ]);
    await touch('touchEnd', []);
    await explorer.idle();
    expect(await centre()).not.toEqual(before);
    const ends = await page.evaluate(() => window.mekong!.store.getState().measure.ends.map((e) => e?.place));
    expect(ends).toEqual([FROM, TO]);
  });
});
