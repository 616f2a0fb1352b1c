// A teacher's whole journey through the lesson editor (#17), through the page as they would do it: a blank lesson, a
// pasted article, a new place, words linked to a country with the mouse and to the place from the keyboard, three tour
// steps made from the map and put in order by keyboard and by drag, one undo, a reload (the draft is kept after each
// change), an export; then, in a browser that has never seen the lesson, the .zip opened as a story, its tour
// presented from the keyboard, and the pack exported again from a copy of it: the same bytes.
import type { Browser, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { LAYER } from '../../src/map/style/ids.ts';
import { seriousViolations } from './axe.ts';
import {
  addSource,
  addStep,
  blankLesson,
  dragOnto,
  draftTitles,
  fillPlace,
  openToStoriesMenu,
  passages,
  section,
  selectWithMouse,
  step,
  stepTitles,
} from './editor-driver.ts';
import { expect, Explorer, test } from './fixtures.ts';

const TITLE = 'Laos and the sea';
const ARTICLE = [
  '# Landlocked',
  'Laos has no coast, so its goods reach the sea by road and rail through Thailand and Vietnam.',
  'Pakse, on the Mekong in the south of Laos, sends its coffee by truck to the port of Laem Chabang.',
  'Cambodia and Laos share the Mekong, which carries boats between Phnom Penh and the south of Laos.',
].join('\n\n');
const SOURCE = 'Mekong River Commission atlas';
const PAKSE: [number, number] = [105.82, 15.12];
const LAOS: [number, number] = [102.8, 20.2];
const CAMBODIA: [number, number] = [104.9, 12.9];
/**
 * The tour's steps, by title in the order they are made; then in their order once moved twice and the second move
 * undone, with what each frames (a feature of a map source) and the passage it shows.
 */
const S1 = 'Laos and the sea';
const S2 = 'Coffee from Pakse';
const S3 = 'Down the Mekong';
const FINAL = [
  { title: S1, source: 'countries', feature: 'country:LAO', passage: 'Laos has no coast' },
  { title: S3, source: 'countries', feature: 'country:KHM', passage: null },
  { title: S2, source: 'places', feature: 'place:pakse', passage: 'Pakse, on the Mekong' },
];

/** Whether the map marks a feature as chosen: selected itself, or highlighted as what a selected passage links. */
const marked = (p: Page, source: string, id: string) =>
  p.evaluate(
    ([source, id]) => {
      const state = window.mekong!.map!.getFeatureState({ source, id });
      return state['selected'] === true || state['highlight'] === true;
    },
    [source, id] as const,
  );

/** The header's Undo or Redo button by what it would take back or do again (its name reads "Undo: <label>"). */
const labelled = (button: string, label: string) => `${button}: ${label}`;

/** Exports the draft open in the editor: the bytes of the .zip the page downloads. */
async function exportZip(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#editor-export').click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** The first file whose bytes differ between two zips, and how (for a failure message worth reading). */
function firstDifference(a: Buffer, b: Buffer): string {
  const [fa, fb] = [unzipSync(new Uint8Array(a)), unzipSync(new Uint8Array(b))];
  const names = [...new Set([...Object.keys(fa), ...Object.keys(fb)])];
  if (Object.keys(fa).join() !== Object.keys(fb).join()) return `the entries differ: ${Object.keys(fa).join(', ')} vs ${Object.keys(fb).join(', ')}`;
  for (const name of names) {
    const [x, y] = [new TextDecoder().decode(fa[name]), new TextDecoder().decode(fb[name])];
    if (x === y) continue;
    let at = 0;
    while (x[at] === y[at]) at++;
    return `${name} differs at character ${at}: ${JSON.stringify(x.slice(Math.max(0, at - 60), at + 60))} vs ${JSON.stringify(y.slice(Math.max(0, at - 60), at + 60))}`;
  }
  return 'every file is the same: the zips differ in their own bytes (dates, order or compression)';
}

/** A browser context of its own (no storage shared with the teacher's), with the explorer's driver on a new page. */
async function freshExplorer(browser: Browser, baseURL: string): Promise<Explorer> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  return new Explorer(await context.newPage());
}

// The camera jumps rather than flies, and the tour does not animate: fewer frames for the CPU to draw.
test.use({ reducedMotion: 'reduce' });

test('a teacher’s whole journey: pasted article, a new place, links, a tour reordered and one move undone, a reload, an export that opens elsewhere, presents by keyboard and exports again byte for byte', async ({
  explorer: e,
  browser,
  baseURL,
}) => {
  const { page } = e;
  await blankLesson(e);

  // The lesson's name (the Pack section), then the article, pasted from elsewhere and applied.
  await section(e, 'pack');
  const pack = page.locator('#panel-edit form.editor-form');
  await pack.getByLabel('Title', { exact: true }).fill(TITLE);
  await pack.getByLabel(/^Id/).fill('laos-and-the-sea');
  await pack.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.locator('#panel-edit .editor-title')).toHaveText(`Editing “${TITLE}”`);
  await section(e, 'article');
  const box = page.locator('#editor-article-text');
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await box.evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, ARTICLE);
  await expect(box).toHaveValue(ARTICLE);
  await page.locator('#editor-apply-text').click();
  await expect(passages(page)).toHaveCount(3);
  await expect(page.locator('#panel-edit h4')).toHaveText('Landlocked');
  await expect(page.locator('#editor-article-text-said')).toHaveText(/^Applied: 3 passages added/);

  // A new place where the map is clicked; drawn on the map.
  await section(e, 'places');
  await page.locator('#editor-add-place').click();
  await e.clickMap(...PAKSE);
  await fillPlace(e, { name: 'Pakse', country: 'LAO' });
  await expect(page.locator('#panel-edit [data-place="place:pakse"]')).toContainText('Pakse');
  await e.idle();
  await expect.poll(() => e.renderedIds(LAYER.placesCircle)).toEqual(['place:pakse']);

  // Passage 1's "Laos" by the mouse and the map; passage 2's "Pakse" by the keyboard alone.
  await section(e, 'article');
  await selectWithMouse(page, 0, 'Laos');
  await passages(page).nth(0).getByRole('button', { name: 'Link selected words' }).click();
  await expect(page.locator('.editor-pick')).toContainText('Linking “Laos”');
  await e.clickMap(...LAOS);
  await expect(page.locator('.editor-pick')).toHaveCount(0);
  const second = passages(page).nth(1);
  await second.getByRole('button', { name: 'Link words…' }).focus();
  await page.keyboard.press('Enter');
  await expect(second.getByLabel('Words to link')).toBeFocused();
  await page.keyboard.type('Pakse');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Pakse');
  await expect(second.getByLabel('Link them to')).toHaveValue('place:pakse');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const expectMarks = async () => {
    await expect(passages(page).nth(0).locator('mark')).toHaveText(['Laos']);
    await expect(passages(page).nth(0).locator('mark')).toHaveAttribute('data-feature', 'country:LAO');
    await expect(passages(page).nth(1).locator('mark')).toHaveText(['Pakse']);
    await expect(passages(page).nth(1).locator('mark')).toHaveAttribute('data-feature', 'place:pakse');
    await expect(passages(page).nth(2).locator('mark')).toHaveCount(0);
  };
  await expectMarks();
  const firstId = await passages(page).nth(0).getAttribute('data-editor-passage');
  await expect(second.locator('.editor-links li')).toContainText('“Pakse” → Pakse');

  // A source to cite: listed with what was said of it.
  await addSource(e, { title: SOURCE, publisher: 'MRC', url: 'https://www.mrcmekong.org/atlas', date: '2019-05', weak: true });
  const source = page.locator('#panel-edit .source-item', { hasText: SOURCE });
  await expect(source).toBeFocused();
  await expect(source.locator('.source-meta')).toHaveText('MRC · May 2019');
  await expect(source.locator('.source-weak')).toHaveText('weak');
  await expect(source.locator('.source-url')).toHaveText('https://www.mrcmekong.org/atlas');
  await expect(source).toContainText('Not cited');

  // Three steps, each from what the map shows: the first passage chosen in the reader's Article tab (the step frames
  // what it links), then Pakse and Cambodia clicked on the map.
  await page.locator('#tab-article').click();
  await page.locator(`#panel-article [data-passage="${firstId}"]`).click();
  await expect.poll(() => e.selected()).toBe(firstId);
  await addStep(e, 'Laos', S1, SOURCE);
  await expect(page.locator('#panel-edit .tour-status')).toHaveText(/add 2 more/);
  await expect(page.locator('#tour-present')).toBeDisabled();
  await e.clickMap(...PAKSE);
  await expect.poll(() => e.selected()).toBe('place:pakse');
  await addStep(e, 'Pakse', S2);
  // The map frames Laos since the first step's passage was chosen: zoomed out, Cambodia is in view.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await e.idle();
  expect(await e.boundsContain([...CAMBODIA, ...CAMBODIA])).toBe(true);
  await e.clickMap(...CAMBODIA);
  await expect.poll(() => e.selected()).toBe('country:KHM');
  await addStep(e, 'Cambodia', S3);
  await expect(stepTitles(e)).toHaveText([S1, S2, S3]);
  await expect(step(e, S1)).toContainText('Title slide');
  await expect(step(e, S1)).toContainText('frames Laos');
  await expect(step(e, S2)).toContainText('frames Pakse');
  await expect(step(e, S3)).toContainText('frames Cambodia');
  await expect(page.locator('#panel-edit .tour-status')).toHaveCount(0);

  // Reordered by keyboard (the step keeps the focus, its new place is said), then by dragging a handle.
  await step(e, S3).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(stepTitles(e)).toHaveText([S1, S3, S2]);
  await expect(step(e, S3)).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText(`Step “${S3}” moved to position 2 of 3.`);
  await dragOnto(e, step(e, S2).locator('.tour-handle'), step(e, S1));
  await expect(stepTitles(e)).toHaveText([S2, S1, S3]);
  await expect(page.locator('#panel-edit .drop-before, #panel-edit .drop-after')).toHaveCount(0);
  await expect(page.locator('#announcer')).toHaveText(`Step “${S2}” moved to position 1 of 3.`);
  expect(await draftTitles(e)).toEqual([S2, S1, S3]);

  // Ctrl+Z outside a text field undoes the drag, and only it: the keyboard's move stays.
  await expect(page.getByRole('button', { name: labelled('Undo', `Move step ${S2}`) })).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.locator('.editor-notice')).toHaveText(`Undone: Move step ${S2}`);
  await expect(stepTitles(e)).toHaveText(FINAL.map((s) => s.title));
  expect(await draftTitles(e)).toEqual(FINAL.map((s) => s.title));
  await expect(page.getByRole('button', { name: labelled('Redo', `Move step ${S2}`) })).toBeEnabled();
  await expect(page.getByRole('button', { name: labelled('Undo', `Move step ${S3}`) })).toBeEnabled();

  await step(e, S1).locator('button[data-edit]').click();
  expect(await seriousViolations(page), 'axe on the tour section').toEqual([]);
  await step(e, S1).getByRole('button', { name: 'Cancel' }).click();

  // A reload, once the device has the last change: everything is still there.
  await expect.poll(() => e.state<boolean>('s => s.editor.saved?.version === s.editor.history.version')).toBe(true);
  await page.reload();
  await e.ready();
  await expect(page.locator('#panel-edit .editor-title')).toHaveText(`Editing “${TITLE}”`);
  await expect(page.locator('#panel-edit .editor-saved')).toHaveText(/^Kept on this device at /);
  await expectMarks();
  await section(e, 'places');
  await expect(page.locator('#panel-edit .place-entry')).toHaveCount(1);
  await expect(page.locator('#panel-edit [data-place="place:pakse"]')).toContainText('Pakse');
  await section(e, 'sources');
  await expect(page.locator('#panel-edit .source-item', { hasText: SOURCE })).toContainText('Cited once');
  await section(e, 'tour');
  await expect(stepTitles(e)).toHaveText(FINAL.map((s) => s.title));

  // Preview shows one step of the tour; Escape leaves it.
  await step(e, S2)
    .getByRole('button', { name: /^Preview/ })
    .click();
  const side = (p: Page) => p.locator('.present-side');
  await expect(side(page).locator('.present-title')).toHaveText(S2);
  await page.keyboard.press('Escape');
  await expect(side(page)).toHaveCount(0);

  const first = await exportZip(page);
  expect(first.name).toBe('laos-and-the-sea.zip');

  // Elsewhere: a browser with nothing kept opens the .zip from the Stories menu, as a story.
  const f = await freshExplorer(browser, baseURL!);
  try {
    const p = f.page;
    await openToStoriesMenu(f);
    await p.locator('#stories-button').click();
    await p.locator('input[data-pick="zip"]').setInputFiles({ name: first.name, mimeType: 'application/zip', buffer: first.bytes });
    await p.waitForURL(/[?&]story=laos-and-the-sea/);
    await f.ready();
    await expect(p.locator('.app-title')).toHaveText(TITLE);
    await expect(p.locator('#problems')).toBeEmpty();
    await expect(p.locator('#panel-article mark[data-feature="country:LAO"]')).toHaveText('Laos');
    await expect(p.locator('#panel-article mark[data-feature="place:pakse"]')).toHaveText('Pakse');
    await f.idle();
    await expect.poll(() => f.renderedIds(LAYER.placesCircle)).toEqual(['place:pakse']);

    // Presented from the keyboard alone, in the order the teacher left it.
    await p.keyboard.press('p');
    for (const [n, s] of FINAL.entries()) {
      if (n > 0) await p.keyboard.press('ArrowRight');
      await expect(side(p).locator('.present-count')).toHaveText(`Step ${n + 1} / 3`);
      await expect(side(p).locator('.present-title')).toHaveText(s.title);
      await expect(p.locator('.present')).toHaveAttribute('data-framed', 'true');
      // What the step frames is marked on the map; the passage the teacher chose is shown beside it.
      await expect.poll(() => marked(p, s.source, s.feature), `step ${n + 1} marks ${s.feature}`).toBe(true);
      if (s.passage) await expect(side(p).locator('.present-passage p')).toContainText(s.passage);
      else await expect(side(p).locator('.present-passage')).toHaveCount(0);
    }
    await p.keyboard.press('Escape');
    await expect(side(p)).toHaveCount(0);
    await expect.poll(() => p.evaluate(() => document.body.classList.contains('is-presenting'))).toBe(false);

    // Edited there (a copy of the kept pack) and exported again: the very same bytes.
    await p.locator('#edit-button').click();
    await p.waitForURL(/[?&]edit=/);
    // The export needs the draft, not the map: no waiting for its first view.
    await expect(p.locator('#panel-edit .editor-title')).toHaveText(`Editing “${TITLE}”`);
    const again = await exportZip(p);
    expect(again.name).toBe(first.name);
    expect(
      again.bytes.equals(first.bytes),
      `the second export differs: ${again.bytes.equals(first.bytes) ? '' : firstDifference(first.bytes, again.bytes)}`,
    ).toBe(true);

    expect(f.errors, 'console errors in the fresh browser').toEqual([]);
    const origin = new URL(baseURL!).origin;
    expect(f.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  } finally {
    await f.page.context().close();
  }
});
