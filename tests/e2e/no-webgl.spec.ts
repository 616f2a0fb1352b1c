import { CHROMIUM_ARGS, launchOptions } from '../../scripts/browser-path.mjs';
import { expect, test } from './fixtures.ts';

// Without a GPU or software rasteriser, WebGL cannot start: the page must say so and keep the sidebar.
test.use({
  launchOptions: launchOptions([...CHROMIUM_ARGS.filter((a) => !a.includes('swiftshader')), '--disable-gpu', '--disable-software-rasterizer']),
});

test('without WebGL the page explains plainly and the sidebar still works', async ({ explorer }) => {
  await explorer.page.goto('./');
  await expect(explorer.page.getByRole('alert')).toContainText('The map cannot be shown on this device');
  await explorer.page.getByRole('tab', { name: 'Countries' }).click();
  const laos = explorer.page.getByRole('button', { name: 'Laos', exact: true });
  await expect(laos).toBeVisible();
  await laos.click();
  await expect(explorer.page.getByRole('heading', { level: 2, name: 'Laos', exact: true })).toBeVisible();
  const status = await explorer.page.evaluate(() => window.mekong!.store.getState().mapStatus);
  expect(status).toBe('unavailable');
});
