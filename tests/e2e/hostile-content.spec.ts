import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures.ts';

const GEO = resolve(import.meta.dirname, '../../geo');
const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

test('markup in a content pack is shown as text, reported, and never runs', async ({ explorer }) => {
  const article = JSON.parse(readFileSync(resolve(GEO, 'article.json'), 'utf8'));
  article.sections[0].passages[0].text += ` ${IMG}`;
  article.headline = `${SCRIPT} ${article.headline}`;
  const places = JSON.parse(readFileSync(resolve(GEO, 'places.geojson'), 'utf8'));
  const boten = places.features.find((f: { properties: { id: string } }) => f.properties.id === 'place:boten');
  boten.properties.name = `Boten ${IMG}`;
  boten.properties.description = `${SCRIPT}${boten.properties.description}`;
  await explorer.page.route('**/geo/article.json', (route) => route.fulfill({ json: article }));
  await explorer.page.route('**/geo/places.geojson', (route) => route.fulfill({ json: places }));
  let dialogs = 0;
  explorer.page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });

  await explorer.open('#sel=place:boten');
  const card = explorer.page.locator('#selection');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(`Boten ${IMG}`);
  await expect(card).toContainText(SCRIPT);
  await expect(explorer.page.locator('#panel-article')).toContainText(IMG);
  await expect(explorer.page.locator('#panel-article .article-headline')).toContainText(SCRIPT);
  // Nothing was parsed as HTML and nothing ran.
  expect(await explorer.page.locator('img[src="x"], #panel-article script, #selection script').count()).toBe(0);
  expect(await explorer.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
  // The problems are reported, precisely.
  const problems = explorer.page.locator('#problems');
  await expect(problems).toContainText('article.json: sections[0].passages[0].text: contains HTML markup');
  await expect(problems).toContainText('places.geojson');
  await expect(problems).toContainText('.properties.name: contains HTML markup');
});
