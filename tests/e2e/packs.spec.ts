// Story packs: a teacher's pack opened from a same-origin address (?pack=) and from the file picker, kept on the
// device and opened again offline; a broken or refused pack shows its problems and the explorer keeps working.
import { resolve } from 'node:path';
import { readdirSync, readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { expect, test } from './fixtures.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/friendship-bridges');
const exampleFiles = () => Object.fromEntries(readdirSync(EXAMPLE).map((name) => [name, new Uint8Array(readFileSync(resolve(EXAMPLE, name)))]));

test('a pack served next to the app opens with ?pack=, with its own title, article and tour, and again offline from the device', async ({
  explorer,
  context,
}) => {
  const { page } = explorer;
  // The built-in article written into the page is never shown as this pack's, not even before the app starts.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __builtInSeen: string[] }).__builtInSeen = seen;
    const check = () => {
      const prerendered = document.querySelector<HTMLElement>('article[data-prerendered]');
      if (prerendered?.checkVisibility()) seen.push(document.readyState);
      if (!window.mekong || prerendered) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto('./?pack=examples/friendship-bridges/');
  await explorer.ready();
  expect(await page.evaluate(() => (window as unknown as { __builtInSeen: string[] }).__builtInSeen)).toEqual([]);
  await expect(page.locator('#panel-article')).not.toContainText('Cambodia and Laos Set Ambitious Trade Target');
  await expect(page).toHaveTitle('Bridges over the Mekong');
  await expect(page.locator('.app-subtitle')).toHaveText('The Thai–Lao Friendship Bridges: four open since 1994, a fifth being built');
  await expect(page.locator('#panel-article')).toContainText('The first Friendship Bridge over the lower Mekong opened in April 1994');
  // The address names the kept pack, so a link to a view works for anyone who has it.
  await expect.poll(() => new URL(page.url()).search).toBe('?story=friendship-bridges');
  // Its own map key, and no comparison or two-country panel of the built-in story.
  await page.getByRole('tab', { name: 'Routes' }).click();
  await expect(page.locator('label[data-place-type="bridge"]')).toContainText('Friendship Bridge');
  await expect(page.locator('#compare-title')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Article' }).click();
  await page.locator('#panel-article [data-passage="passage:fourth-bridge"]').click();
  await expect.poll(() => explorer.selected()).toBe('passage:fourth-bridge');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('.present-side .present-title')).toHaveText('Bridges over the Mekong');
  await page.keyboard.press('Escape');

  // Offline, the same address opens the kept pack.
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!reg.active) throw new Error('no active service worker');
  });
  await context.setOffline(true);
  await page.reload();
  await explorer.ready();
  await expect(page.locator('.app-title')).toHaveText('Bridges over the Mekong');
  await expect(page.locator('#panel-article')).toContainText('The fourth, between Chiang Khong and Houayxay');
  await expect(page.locator('#problems')).toBeEmpty();
  await context.setOffline(false);
  const origin = new URL(page.url()).origin;
  expect(explorer.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  expect(explorer.errors).toEqual([]);
});

test('the Stories menu opens a pack folder from the file picker, switches back to the built-in story and removes the pack', async ({ explorer }) => {
  const { page } = explorer;
  await explorer.open();
  const builtInTitle = await page.title();
  await page.getByRole('button', { name: 'Stories' }).click();
  await expect(page.getByRole('button', { name: 'Stories' })).toHaveAttribute('aria-expanded', 'true');
  await page.locator('input[data-pick="folder"]').setInputFiles(EXAMPLE);
  await page.waitForURL(/\?story=friendship-bridges/);
  await explorer.ready();
  await expect(page.locator('.app-title')).toHaveText('Bridges over the Mekong');

  // Keyboard: open the menu, go back to the built-in story.
  await page.getByRole('button', { name: 'Stories' }).focus();
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: 'Stories' });
  await expect(list.getByRole('button', { name: /^Bridges over the Mekong/ })).toHaveAttribute('aria-current', 'true');
  await list.getByRole('button', { name: /built in/ }).click();
  await page.waitForURL((url) => !url.search.includes('story='));
  await explorer.ready();
  await expect(page).toHaveTitle(builtInTitle);

  await page.getByRole('button', { name: 'Stories' }).click();
  await page.getByRole('button', { name: 'Remove “Bridges over the Mekong” from this device' }).click();
  await expect(list.getByRole('button', { name: /^Bridges over the Mekong/ })).toHaveCount(0);
  expect(explorer.errors).toEqual([]);
});

test('a broken pack shows its problems by file and path and the rest works; a refused pack changes nothing', async ({ explorer }) => {
  const { page } = explorer;
  await explorer.open();
  // Refused: too big to be a pack, another origin, no pack.json. The built-in story stays.
  await page.getByRole('button', { name: 'Stories' }).click();
  await page
    .locator('input[data-pick="zip"]')
    .setInputFiles({ name: 'notes.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ 'notes.json': new TextEncoder().encode('{}') })) });
  await expect(page.locator('.stories-status')).toContainText('This is not a story pack: it has no pack.json. The story that is open is unchanged.');
  expect(new URL(page.url()).search).toBe('');

  // Broken: the tour is not JSON and a place carries markup. It opens; the problems are listed; the rest works.
  const files = exampleFiles();
  files['tour.json'] = new TextEncoder().encode('{ "title": ');
  const places = JSON.parse(new TextDecoder().decode(files['places.geojson'])) as { features: { properties: { description: string } }[] };
  places.features[0]!.properties.description = '<img src=x onerror=alert(1)> A capital';
  files['places.geojson'] = new TextEncoder().encode(JSON.stringify(places));
  await page
    .locator('input[data-pick="zip"]')
    .setInputFiles({ name: 'lesson.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync({ lesson: files })) });
  await page.waitForURL(/\?story=friendship-bridges/);
  await explorer.ready();
  const problems = page.locator('#problems');
  await expect(problems).toContainText(/tour\.json: \(file\): is not valid JSON/);
  await expect(problems).toContainText('places.geojson: features[0].properties.description: contains HTML markup: it is shown as plain text');
  await page.locator('#panel-article [data-passage="passage:first-bridge"]').click();
  await expect.poll(() => explorer.selected()).toBe('passage:first-bridge');
  await page.evaluate(() => window.mekong!.store.getState().select('place:vientiane'));
  await expect(page.locator('#selection')).toContainText('<img src=x onerror=alert(1)> A capital');
  expect(await page.locator('#selection img').count()).toBe(0);

  // Another origin is refused with a message; the built-in story opens.
  await page.goto('./?pack=https://elsewhere.example/pack/');
  await explorer.ready();
  await expect(page.locator('#problems')).toContainText('only packs served from its own site');
  const origin = new URL(page.url()).origin;
  expect(explorer.requests.filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin)).toEqual([]);
  expect(explorer.errors).toEqual([]);
});
