// The interface in French, Khmer and Lao (issue #19): chosen in the Language menu (or, the first time, by the
// browser's language), <html lang> follows, no English interface string is left visible in the main states (checked
// against the English catalogue; the story's own text, marked with its language, is left out), nothing is clipped,
// a reload keeps the choice, and axe finds nothing serious.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { PART_AREAS, type Message } from '../../src/i18n/types.ts';

type Lang = 'fr' | 'km' | 'lo';
const AREAS = [...PART_AREAS.core, ...PART_AREAS.quiz];

/** The English interface texts to look for in a language: every literal piece of a message (split at its
 * placeholders) long enough to be a word of English, unless that language's message has the same piece. */
async function englishPieces(lang: Lang): Promise<string[]> {
  const forms = (m: Message | undefined) => (m === undefined ? [] : typeof m === 'string' ? [m] : Object.values(m));
  const load = async (l: string, area: string) => ((await import(`../../src/i18n/${l}/${area}.ts`)) as { messages: Record<string, Message> }).messages;
  const pieces = new Set<string>();
  // Every text of the language's catalogue: an English piece that is also a word of it ("route", "million" in
  // French) is not a sign of English.
  const theirs = (await Promise.all(AREAS.map((a) => load(lang, a)))).flatMap((m) => Object.values(m).flatMap(forms)).join('\n');
  for (const area of AREAS) {
    for (const m of Object.values(await load('en', area))) {
      for (const piece of forms(m).flatMap((f) => f.split(/\{\w+\}/))) {
        const p = piece.replace(/[:.,;·(]+\s*$/, '').trim();
        if (/[A-Za-z]{4,}/.test(p) && p.length >= 5 && !theirs.includes(p)) pieces.add(p);
      }
    }
  }
  return [...pieces];
}

/** The interface's visible text and names (aria-label, title, placeholder), leaving out what is marked in another language. */
function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const ours = (el: Element | null) => (el?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!text || !el || !ours(el) || el.closest('script, style, template')) continue;
      if (el.checkVisibility() || el.closest('#announcer')) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!ours(el) || !(el as HTMLElement).checkVisibility()) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
}

/** Elements whose text is cut by their own box (overflow hidden or clipped, and content larger than the box). */
function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility() || !el.textContent?.trim() || el.closest('.maplibregl-map canvas, .visually-hidden, #announcer')) continue;
      const s = getComputedStyle(el);
      const hides = (v: string) => v === 'hidden' || v === 'clip';
      const cutX = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const cutY = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if ((cutX || cutY) && el.childElementCount === 0) out.push(`${el.tagName.toLowerCase()}.${el.className}: “${el.textContent.trim().slice(0, 40)}”`);
    }
    return out;
  });
}

async function expectInterfaceIn(page: Page, lang: Lang, state: string): Promise<void> {
  const pieces = await englishPieces(lang);
  const found = await interfaceTexts(page);
  const texts = found.join('\n');
  // A phrase is looked for anywhere; a single word only as a whole text or name ("route" and "million" are
  // French words too).
  const whole = new Set(found.map((x) => x.replace(/^[\s\d.,:;·()]+|[\s\d.,:;·()]+$/g, '')));
  expect(
    pieces.filter((p) => (p.includes(' ') ? texts.includes(p) : whole.has(p))),
    `${state}: English interface text left in ${lang}`,
  ).toEqual([]);
  expect(await clipped(page), `${state}: clipped text`).toEqual([]);
}

/** Walks the main states of the explorer: the first view, a country card, the Routes, Countries and Quiz tabs. */
async function walk(page: Page, lang: Lang, explorerIdle: () => Promise<void>): Promise<void> {
  await expectInterfaceIn(page, lang, 'the first view');
  await page.evaluate(() => window.mekong!.store.getState().select('country:LAO', { frame: true }));
  await expect(page.locator('#selection h2')).toBeVisible();
  await explorerIdle();
  await expectInterfaceIn(page, lang, 'a country card');
  expect(await seriousViolations(page), 'axe: a country card').toEqual([]);
  await page.evaluate(() => window.mekong!.store.getState().clearSelection());
  for (const tab of ['routes', 'countries', 'quiz']) {
    await page.locator(`#tab-${tab}`).click();
    await expect(page.locator(`#panel-${tab}`)).toBeVisible();
    await expect(page.locator(`#panel-${tab} > *`).first()).toBeVisible();
    await expectInterfaceIn(page, lang, `the ${tab} tab`);
  }
  expect(await seriousViolations(page), 'axe: the quiz tab').toEqual([]);
}

for (const lang of ['km', 'lo'] as const) {
  test(`the interface in ${lang}: chosen in the Language menu, kept on reload, nothing English or clipped left, axe clean`, async ({ explorer }) => {
    const { page } = explorer;
    await explorer.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const menu = page.locator('#setting-ui');
    await expect(menu.locator(`option[value="${lang}"]`)).toHaveAttribute('lang', lang);
    await menu.selectOption(lang);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveURL(new RegExp(`ui=${lang}`));
    await walk(page, lang, () => explorer.idle());
    // The script's own font, self-hosted, draws the interface (not a system font, which a school laptop may lack).
    const family = lang === 'km' ? 'Noto Sans Khmer' : 'Noto Sans Lao';
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate((f) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded'), family)).toBe(true);

    await page.reload();
    await explorer.ready();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('#setting-ui')).toHaveValue(lang);
    await expectInterfaceIn(page, lang, 'after a reload');
    expect(await seriousViolations(page), 'axe: after a reload').toEqual([]);
  });
}

test.describe('a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('opens in French the first time, the article marked English; English chosen is kept; a link with ui=fr opens French', async ({ explorer }) => {
    const { page } = explorer;
    await explorer.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('#setting-ui')).toHaveValue('fr');
    await expect(page.locator('#panel-article')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.app-title')).toHaveText('Explorateur de la connectivité du Mékong');
    await walk(page, 'fr', () => explorer.idle());

    await page.locator('#setting-ui').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#tab-routes')).toHaveText('Routes');
    await page.reload();
    await explorer.ready();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.goto('about:blank');
    await explorer.open('#ui=fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('#tab-routes')).toHaveText('Itinéraires');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('Khmer: the sheet, the header menu and a card hold their text without clipping', async ({ explorer }) => {
    const { page } = explorer;
    await explorer.open('#ui=km');
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await expectInterfaceIn(page, 'km', 'the first view on a phone');
    await page.locator('#header-menu-button').click();
    await expect(page.locator('#setting-ui')).toBeVisible();
    await expectInterfaceIn(page, 'km', 'the header menu on a phone');
    await page.locator('#header-menu-button').click();
    await page.evaluate(() => window.mekong!.store.getState().select('country:KHM', { frame: true }));
    await expect(page.locator('#selection h2')).toBeVisible();
    await expectInterfaceIn(page, 'km', 'a card on a phone');
  });
});
