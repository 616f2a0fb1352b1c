import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

// One page walked through the explorer's main states, axe at each: a page load per state cost a minute of the suite.
test('accessibility (axe: no serious or critical violations) in each main state of the explorer', async ({ explorer }) => {
  const { page } = explorer;
  const check = async (state: string) => expect(await seriousViolations(page), state).toEqual([]);
  await explorer.open();
  await check('the explorer as it opens');

  await page.evaluate(() => window.mekong!.store.getState().select('corridor:laos-sihanoukville-road', { frame: true }));
  await expect(page.locator('#selection h2')).toBeVisible();
  await check('a selected corridor and its card');

  await page.evaluate(() => window.mekong!.store.getState().select('country:LAO', { frame: true }));
  await expect(page.locator('#selection h2')).toHaveText(/Laos/);
  await check('a country card');

  await page.getByRole('tab', { name: 'Routes' }).click();
  await expect(page.locator('#panel-routes table')).toBeVisible();
  await check('the routes tab with the comparison table');

  await page.getByRole('tab', { name: 'Countries' }).click();
  await expect(page.locator('#bilateral-panel')).toBeVisible();
  await check('the countries tab with the Cambodia–Laos panel');

  await page.keyboard.press('p');
  await expect.poll(() => explorer.state<boolean>('s => s.tour.active')).toBe(true);
  await page.keyboard.press('ArrowRight');
  await explorer.idle();
  await check('the tour');
});
