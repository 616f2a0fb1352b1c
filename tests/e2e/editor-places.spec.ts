// The lesson editor's Places and Routes sections (#17): a teacher puts a place where the map is clicked and another
// at typed coordinates, draws a route between places chosen by keyboard, and reads its length, measured on a line
// that follows a road where the map data has one near both ends and is drawn straight (schematic) where it has none;
// the route validates, and a problem's "Go to it" opens the route's form.
import { routeLengths, type Route } from '../../src/editor/index.ts';
import { corridorLayerId, LAYER } from '../../src/map/style/ids.ts';
import { seriousViolations } from './axe.ts';
import { blankLesson, fillPlace, panel, section } from './editor-driver.ts';
import { expect, test, type Explorer } from './fixtures.ts';

/** A new route through places chosen from the list (the keyboard's way), every leg by road. */
async function addRouteByKeyboard(e: Explorer, name: string, through: readonly string[], o: { statusNote: string }): Promise<void> {
  await section(e, 'routes');
  await panel(e).locator('#editor-add-route').click();
  const form = panel(e).getByRole('form', { name: 'New route' });
  for (const place of through) {
    await form.getByRole('combobox', { name: 'Place', exact: true }).selectOption({ label: place });
    await form.getByRole('button', { name: 'Add waypoint' }).press('Enter');
  }
  await expect(form.locator('.route-waypoints li')).toHaveCount(through.length);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('combobox', { name: /^Kind/ }).selectOption('port-access');
  await form.getByRole('combobox', { name: 'Status', exact: true }).selectOption('in-use');
  await form.getByLabel(/^Status note/).fill(o.statusNote);
  await form.getByLabel('Description').fill(`${name}: the way the lesson follows.`);
  await form.getByRole('checkbox', { name: 'My lesson' }).check();
  await form.getByRole('button', { name: 'Add route' }).click();
  await expect(form).toHaveCount(0);
}

const draftRoutes = (e: Explorer) => e.state<Route[]>('s => s.editor.history.draft.corridors?.features ?? []');

test('a place put by a click on the map and two at typed coordinates; a route between them by keyboard, its length measured, its legs along a road or drawn straight', async ({
  explorer: e,
}) => {
  const { page } = e;
  await blankLesson(e);
  await section(e, 'places');
  await panel(e).locator('#editor-add-place').click();
  await expect(panel(e).locator('.place-prompt')).toHaveText('Click the map where the place is.');
  await e.clickMap(105.82, 15.12);
  const form = panel(e).getByRole('form', { name: 'New place' });
  // The click fills the position, to within the pixel clicked.
  await expect.poll(async () => Math.abs(Number(await form.getByLabel('Longitude').inputValue()) - 105.82)).toBeLessThan(0.1);
  await expect.poll(async () => Math.abs(Number(await form.getByLabel('Latitude').inputValue()) - 15.12)).toBeLessThan(0.1);
  expect(await seriousViolations(page)).toEqual([]);
  await fillPlace(e, { name: 'Pakse', country: 'LAO' });

  // Listed, and drawn on the map.
  const pakse = panel(e).locator('[data-place="place:pakse"]');
  await expect(pakse).toContainText('Pakse');
  await expect(pakse).toContainText('Town');
  await e.idle();
  await expect.poll(() => e.renderedIds(LAYER.placesCircle)).toContain('place:pakse');

  // By keyboard: the position typed.
  await panel(e).locator('#editor-add-place').press('Enter');
  await fillPlace(e, { name: 'Thakhek', lon: 104.83, lat: 17.4, country: 'LAO' });
  await panel(e).locator('#editor-add-place').press('Enter');
  await fillPlace(e, { name: 'Attapeu', lon: 106.83, lat: 14.81, country: 'LAO' });
  await expect(panel(e).locator('.place-entry')).toHaveCount(3);
  await e.idle();
  await expect.poll(() => e.renderedIds(LAYER.placesCircle)).toEqual(['place:attapeu', 'place:pakse', 'place:thakhek']);

  await addRouteByKeyboard(e, 'Thakhek to Attapeu', ['Thakhek', 'Pakse', 'Attapeu'], { statusNote: 'Trucks use the road every day (2024).' });
  const [route] = await draftRoutes(e);
  expect(route?.properties.id).toBe('corridor:thakhek-to-attapeu');
  const entry = panel(e).locator('[data-route="corridor:thakhek-to-attapeu"]');
  // The length shown is the one measured on the route's line, a plausible figure for the way.
  const shown = routeLengths(route!).shown;
  expect(shown).toMatch(/^\d{3} km$/);
  expect(parseInt(shown)).toBeGreaterThan(380);
  expect(parseInt(shown)).toBeLessThan(520);
  await expect(entry.locator('.route-km')).toHaveText(shown);
  // Thakhek–Pakse follows Route 13 (a kit road passes both); Pakse–Attapeu has no line near Attapeu: drawn straight.
  const legs = entry.locator('.route-legs li');
  await expect(legs.nth(0)).toHaveAttribute('data-quality', 'traced');
  await expect(legs.nth(0)).toContainText('Lao Route 13 South');
  await expect(legs.nth(1)).toHaveAttribute('data-quality', 'schematic');
  await expect(legs.nth(1)).toContainText('schematic');
  expect(route!.properties.legs.map((l) => [l.quality, l.geometrySource, l.trace?.lines])).toEqual([
    ['traced', 'osm', ['road:lao-r13-south']],
    ['schematic', null, []],
  ]);
  // The report says how each leg was drawn.
  await expect(panel(e).locator('.route-report')).toContainText(`Added “Thakhek to Attapeu”, ${shown}`);
  // Drawn on the map in its kind's colour: the leg along the road solid, the straight one fainter (schematic).
  await e.idle();
  const drawnLegs = () =>
    page.evaluate((layer) => {
      const legs = window
        .mekong!.map!.queryRenderedFeatures({ layers: [layer] })
        .map((f) => `${String(f.properties['id'])} ${String(f.properties['quality'])}`);
      return [...new Set(legs)].sort();
    }, corridorLayerId('port-access'));
  await expect.poll(drawnLegs).toEqual(['corridor:thakhek-to-attapeu schematic', 'corridor:thakhek-to-attapeu traced']);
});

test('a route of a kind the blank pack does not list validates; its status problem goes to its form, and once fixed the pack has none', async ({
  explorer: e,
}) => {
  const { page } = e;
  await blankLesson(e);
  await section(e, 'places');
  await panel(e).locator('#editor-add-place').click();
  await fillPlace(e, { name: 'Thakhek', lon: 104.83, lat: 17.4, country: 'LAO' });
  await panel(e).locator('#editor-add-place').click();
  await fillPlace(e, { name: 'Pakse', lon: 105.8, lat: 15.12, country: 'LAO' });
  // "In use" while its note says part is planned: the one thing the pack's check will find.
  await addRouteByKeyboard(e, 'Route 13 south', ['Thakhek', 'Pakse'], { statusNote: 'Open to trucks; a bypass at Pakse is planned (2024).' });
  const [route] = await draftRoutes(e);
  expect(route?.properties).toMatchObject({ kind: 'port-access', status: 'in-use', sources: ['lesson'], quality: 'traced' });

  await section(e, 'pack');
  const problems = panel(e).locator('.editor-problems li');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toContainText('corridors.geojson · features[0].properties.status');
  await problems
    .first()
    .getByRole('button', { name: /Go to it/ })
    .click();

  // The route's form, open and focused.
  await expect(panel(e).locator('button[data-section="routes"]')).toHaveAttribute('aria-current', 'true');
  const form = panel(e).getByRole('form', { name: 'Edit Route 13 south' });
  await expect(form.getByLabel('Name', { exact: true })).toBeFocused();
  await form.getByRole('combobox', { name: 'Status', exact: true }).selectOption('partly-in-use');
  await form.getByRole('button', { name: 'Save route' }).click();
  await expect(form).toHaveCount(0);
  await expect(panel(e).locator('[data-route="corridor:route-13-south"]')).toContainText('Partly in use');

  await section(e, 'pack');
  await expect(panel(e).locator('.editor-ok')).toHaveText('No problems: the pack opens in any copy of the explorer.');
  expect(await seriousViolations(page)).toEqual([]);
});
