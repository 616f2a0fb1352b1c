import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bbox from '@turf/bbox';
import distance from '@turf/distance';
import length from '@turf/length';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { expect, test } from './fixtures.ts';

// Everything the tests expect is computed here from the content pack, never typed in.
const geo = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo', file), 'utf8')) as FeatureCollection;
const corridors = geo('corridors.geojson').features as Feature<LineString, { id: string; legs: { quality: string; start: number; end: number }[] }>[];
const places = geo('places.geojson').features as Feature<Point, { id: string; name: string; uncertaintyKm: number | null }>[];
const corridor = (id: string) => corridors.find((f) => f.properties.id === id)!;
const place = (id: string) => places.find((f) => f.properties.id === id)!;
const lengthText = (f: Feature<LineString>) => `${Math.round(length(f, { units: 'kilometers' })).toLocaleString('en-GB')} km`;

/**
 * A vertex of a traced leg of the corridor that is as far as possible from every place marker and every other
 * corridor, so that a click there can only mean this corridor.
 */
function clickPoint(id: string): [number, number] {
  const f = corridor(id);
  const others = corridors.filter((c) => c !== f).flatMap((c) => c.geometry.coordinates);
  const candidates = f.properties.legs.filter((l) => l.quality === 'traced').flatMap((l) => f.geometry.coordinates.slice(l.start + 1, l.end));
  const clearance = (v: number[]) => Math.min(...[...places.map((p) => p.geometry.coordinates), ...others].map((q) => distance(v, q, { units: 'kilometers' })));
  const best = candidates.reduce((a, b) => (clearance(b) > clearance(a) ? b : a));
  expect(clearance(best), 'the click point is well away from places and other routes').toBeGreaterThan(30);
  return [best[0]!, best[1]!];
}

// One page load walked through the corridors' behaviours: a load per behaviour cost most of this file's time. Between
// sections the selection is cleared instead of reloading the page.
test('corridors: drawn hollow when nobody is known to use them yet; unticking a kind removes its routes; clicking one opens its card with its length; its card, the table, the list and the key agree on its status; sorting the comparison by distance; the route list is a keyboard twin of the map', async ({
  explorer,
}) => {
  const status = (id: string) => (corridor(id).properties as unknown as { status: string }).status;
  const hollow = corridors.map((c) => c.properties.id).filter((id) => ['agreed', 'planned', 'no-service'].includes(status(id)));
  expect(hollow.length, 'the pack has routes not yet in use').toBeGreaterThan(0);
  await explorer.open();

  await test.step('a route nobody is known to use yet is drawn hollow', async () => {
    expect(await explorer.renderedIds('corridors-core')).toEqual([...hollow].sort());
  });

  await test.step('unticking a kind in the map key removes its routes from the map', async () => {
    expect(await explorer.renderedIds('corridors-energy')).toEqual(['corridor:energy-laos-cambodia']);
    await explorer.page.locator('#tab-routes').click();
    const toggle = explorer.page.getByRole('checkbox', { name: /Energy trade/ });
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect.poll(() => explorer.state<string[]>('s => s.hiddenKinds')).toEqual(['energy']);
    await explorer.idle();
    expect(await explorer.renderedIds('corridors-energy')).toEqual([]);
    await expect(explorer.page).toHaveURL(/hide=energy/);
    // The route stays in the list, marked as hidden.
    await expect(explorer.page.locator('.route-button[data-id="corridor:energy-laos-cambodia"]')).toContainText('hidden on the map');
    // Ticked again for the sections that follow.
    await toggle.check();
    await expect.poll(() => explorer.state<string[]>('s => s.hiddenKinds')).toEqual([]);
  });

  await test.step('clicking a corridor opens its card with the length computed from its line', async () => {
    const daNang = corridor('corridor:laos-da-nang');
    await explorer.clickMap(...clickPoint('corridor:laos-da-nang'));
    await expect.poll(() => explorer.selected()).toBe('corridor:laos-da-nang');
    const card = explorer.page.locator('#selection');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(/Da Nang/);
    await expect(card.getByTestId('corridor-length')).toHaveText(lengthText(daNang));
    await expect(card.getByTestId('corridor-countries')).toHaveText('Laos → Vietnam');
  });

  await test.step('a route nobody is known to use yet: its card, the table, the list and the key say so alike', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().clearSelection());
    await expect.poll(() => explorer.selected()).toBeNull();
    const page = explorer.page;
    await page.locator('#tab-routes').click();
    await expect(page.locator('[data-legend="hollow"]')).toContainText('hollow');
    await expect(page.locator('.route-button[data-id="corridor:farm-exports-to-china"] .route-status')).toHaveText('Planned, not yet in use');
    await expect(page.locator('.route-button[data-id="corridor:laos-da-nang"] .route-status')).toHaveCount(0);
    const row = page.locator('tbody.route-group[data-corridor="corridor:laos-sihanoukville-road"][data-origin="place:vientiane"]');
    await expect(row.locator('[data-col="status"]')).toHaveText('Agreed, not yet in use');
    // Part of the Vung Ang road is drawn straight: its length is a floor.
    await expect(page.locator('tbody.route-group[data-corridor="corridor:laos-vung-ang"][data-origin="place:vientiane"] [data-col="km"]')).toHaveText(
      /^at least [\d,]+ km$/,
    );

    await page.locator('.route-button[data-id="corridor:farm-exports-to-china"]').click();
    const card = page.locator('#selection');
    await expect(card.getByTestId('corridor-status')).toContainText('Planned, not yet in use');
    await expect(card.getByTestId('corridor-status')).toContainText('no shipments or volumes were found');
    await expect(card.getByTestId('corridor-infrastructure')).toHaveText('In use');
    // A source without a date says so.
    await card.locator('details.sources summary').click();
    const undated = card.locator('details.sources li', { has: page.locator('.source-date--none') });
    await expect(undated.first()).toContainText('(undated)');
  });

  await test.step('sorting by distance puts the shortest journey first, and again the longest', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().clearSelection());
    await expect.poll(() => explorer.selected()).toBeNull();
    await explorer.page.locator('#tab-routes').click();
    const table = explorer.page.locator('.compare-table');
    const distances = async () => (await table.locator('td[data-col="km"]').allTextContents()).map((t) => Number(t.replace(/[^0-9]/g, '')));
    await table.getByRole('button', { name: /Distance/ }).click();
    await expect(table.locator('th', { has: explorer.page.getByRole('button', { name: /Distance/ }) })).toHaveAttribute('aria-sort', 'ascending');
    const up = await distances();
    expect(up.length).toBeGreaterThan(1);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await table.getByRole('button', { name: /Distance/ }).click();
    await expect(table.locator('th', { has: explorer.page.getByRole('button', { name: /Distance/ }) })).toHaveAttribute('aria-sort', 'descending');
    expect(await distances()).toEqual([...up].reverse());
  });

  await test.step('the route list is a keyboard twin of the map', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().clearSelection());
    await expect.poll(() => explorer.selected()).toBeNull();
    await explorer.page.locator('#tab-routes').click();
    const button = explorer.page.locator('.route-button[data-id="corridor:laos-route8-vietnam"]');
    await button.focus();
    await expect.poll(() => explorer.state<string | null>('s => s.hovered')).toBe('corridor:laos-route8-vietnam');
    await explorer.page.keyboard.press('Enter');
    await expect.poll(() => explorer.selected()).toBe('corridor:laos-route8-vietnam');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.page.locator('#selection').getByTestId('corridor-length')).toHaveText(lengthText(corridor('corridor:laos-route8-vietnam')));
  });
});

// These two start from their own camera, given in the link: moving the camera there after the journey above
// blocked the page for longer than a fresh load takes.
test.describe('how can Laos reach the sea?', () => {
  test('a row of the comparison selects its route and the map frames it', async ({ explorer }) => {
    // Start zoomed in on Phnom Penh, so that the route is not already in view.
    await explorer.open('#map=8/11.5/104.9');
    const box = bbox(corridor('corridor:laos-laem-chabang')) as [number, number, number, number];
    expect(await explorer.boundsContain(box)).toBe(false);
    await explorer.page.locator('#tab-routes').click();
    await explorer.page.getByRole('button', { name: 'Vientiane → Laem Chabang' }).click();
    await expect.poll(() => explorer.selected()).toBe('corridor:laos-laem-chabang');
    await explorer.idle();
    await expect.poll(() => explorer.boundsContain(box)).toBe(true);
    // Its card takes the table's place; back at the table, its row is marked.
    await expect(explorer.page.locator('#selection h2')).toBeVisible();
    await explorer.page.getByRole('button', { name: /Back to the routes/ }).click();
    await expect(explorer.page.getByRole('button', { name: 'Vientiane → Laem Chabang' })).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('places', () => {
  test('clicking a place marker opens its card, with its approximate position flagged', async ({ explorer }) => {
    const falls = place('place:khone-phapheng-falls');
    const [lng, lat] = falls.geometry.coordinates as [number, number];
    // Close in: the falls, the Don Sahong dam and Veun Kham are a couple of kilometres apart.
    await explorer.open(`#map=12/${lat}/${lng}`);
    await explorer.clickMap(lng, lat);
    await expect.poll(() => explorer.selected()).toBe('place:khone-phapheng-falls');
    const card = explorer.page.locator('#selection');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(falls.properties.name);
    await expect(card.getByTestId('place-approximate')).toContainText(`Position approximate (± ${falls.properties.uncertaintyKm} km)`);
    // The routes through it are buttons that open them.
    await card.getByRole('button', { name: 'Mekong river route' }).click();
    await expect.poll(() => explorer.selected()).toBe('corridor:mekong-river');
  });
});
