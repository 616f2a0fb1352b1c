import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeHtml } from '../../scripts/prerender-article.ts';
import type { ArticleFile } from '../../src/content/schema.ts';
import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test } from './fixtures.ts';

const light = THEME_TOKENS.light;
const builtInArticle = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/article.json'), 'utf8')) as ArticleFile;

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
  // The built-in article is in the page's HTML, escaped, before any script runs; the app then takes it over.
  await explorer.page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const served = ['#selection > .card-empty', '#panel-article > article'].map((s) => document.querySelector(`${s}[data-prerendered]`)?.textContent);
      (window as unknown as { __served: string }).__served = served.join('|');
    });
  });
  const html = await (await explorer.page.request.get('./')).text();
  const servedText = html.replace(/<[^>]+>/g, '');
  expect(html).toContain(`<h2 id="article-headline" class="article-headline">${escapeHtml(builtInArticle.headline)}</h2>`);
  const passages = builtInArticle.sections.flatMap((s) => s.passages);
  for (const p of passages) expect(servedText, p.id).toContain(escapeHtml(p.text));
  await explorer.open();
  const article = explorer.page.locator('#panel-article');
  await expect(article.locator('#article-headline')).toHaveCount(1);
  for (const p of passages) await expect(article.locator(`[data-passage="${p.id}"]`), p.id).toHaveCount(1);
  // The same words as the app draws, so that the takeover changes nothing a reader sees.
  const words = (t: string | null) => (t ?? '').replace(/\s+/g, ' ').trim();
  const drawn = [await explorer.page.locator('#selection > .card-empty').textContent(), await article.locator('article').textContent()];
  expect(words(await explorer.page.evaluate(() => (window as unknown as { __served: string }).__served))).toBe(words(drawn.join('|')));
  await expect(explorer.page.locator('[data-prerendered]')).toHaveCount(0);
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
