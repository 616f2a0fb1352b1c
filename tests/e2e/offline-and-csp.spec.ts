import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test } from './fixtures.ts';

const light = THEME_TOKENS.light;

test('after one visit the explorer opens and works with the network off', async ({ explorer, context }) => {
  await explorer.open();
  // The service worker has installed and precached the app, its data and its fonts.
  await explorer.page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) throw new Error('no active service worker');
  });
  await context.setOffline(true);
  await explorer.page.reload();
  await explorer.ready();
  expectColorNear(await explorer.colorAt(103.1, 12.9), light.land.focus);
  expect(await explorer.renderedIds('corridors-port-access')).toContain('corridor:laos-sihanoukville-road');
  await explorer.page.locator('#panel-article [data-passage="passage:energy"]').click();
  await expect.poll(() => explorer.selected()).toBe('passage:energy');
  await expect(explorer.page.locator('#problems')).toBeEmpty();
  await context.setOffline(false);
});

test('the production build runs under a strict Content-Security-Policy with no violations', async ({ explorer }) => {
  await explorer.page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await explorer.open();
  const csp = await explorer.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  // The main journeys: a passage, a corridor card, each tab, a country card, the label language.
  await explorer.page.locator('#panel-article [data-passage="passage:logistics"]').click();
  await explorer.idle();
  await explorer.page.getByRole('tab', { name: 'Routes' }).click();
  await explorer.page.evaluate(() => window.mekong!.store.getState().select('corridor:laos-da-nang', { frame: true }));
  await explorer.idle();
  await explorer.page.getByRole('tab', { name: 'Countries' }).click();
  await explorer.page.evaluate(() => window.mekong!.store.getState().select('country:LAO', { frame: true }));
  await explorer.idle();
  await explorer.page.evaluate(() => window.mekong!.store.getState().setLabelLang('native'));
  await explorer.idle();
  expect(await explorer.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});
