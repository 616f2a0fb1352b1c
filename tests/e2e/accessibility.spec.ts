import { seriousViolations as axe } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';

const seriousViolations = (explorer: Explorer) => axe(explorer.page);

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('the explorer as it opens', async ({ explorer }) => {
    await explorer.open();
    expect(await seriousViolations(explorer)).toEqual([]);
  });

  test('a selected corridor and its card', async ({ explorer }) => {
    await explorer.open('#sel=corridor:laos-sihanoukville-road');
    await expect(explorer.page.locator('#selection h2')).toBeVisible();
    expect(await seriousViolations(explorer)).toEqual([]);
  });

  test('a country card', async ({ explorer }) => {
    await explorer.open('#sel=country:LAO');
    await expect(explorer.page.locator('#selection h2')).toBeVisible();
    expect(await seriousViolations(explorer)).toEqual([]);
  });

  test('the routes tab with the comparison table', async ({ explorer }) => {
    await explorer.open();
    await explorer.page.getByRole('tab', { name: 'Routes' }).click();
    await expect(explorer.page.locator('#panel-routes table')).toBeVisible();
    expect(await seriousViolations(explorer)).toEqual([]);
  });

  test('the countries tab with the Cambodia–Laos panel', async ({ explorer }) => {
    await explorer.open();
    await explorer.page.getByRole('tab', { name: 'Countries' }).click();
    await expect(explorer.page.locator('#bilateral-panel')).toBeVisible();
    expect(await seriousViolations(explorer)).toEqual([]);
  });

  test('the tour', async ({ explorer }) => {
    await explorer.open();
    await explorer.page.keyboard.press('p');
    await expect.poll(() => explorer.state<boolean>('s => s.tour.active')).toBe(true);
    await explorer.page.keyboard.press('ArrowRight');
    await explorer.idle();
    expect(await seriousViolations(explorer)).toEqual([]);
  });
});
