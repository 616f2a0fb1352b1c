// The lesson editor's Tour and Sources sections (#17): a teacher adds a source, makes three tour steps from what the
// map shows, puts them in order by keyboard and by dragging, and presents them in that order; a cited source cannot be
// removed, and the section says where it is cited and goes there.
import type { Locator } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test, type Explorer } from './fixtures.ts';

/** A new blank lesson, open in the editor. */
async function blankLesson(e: Explorer): Promise<void> {
  await e.open();
  await e.page.locator('#stories-button').click();
  await e.page.locator('#lesson-blank').click();
  await e.page.waitForURL(/[?&]edit=/);
  await e.ready();
  await expect(e.page.locator('#panel-edit')).toBeVisible();
}

const section = (e: Explorer, id: string) => e.page.locator(`#panel-edit button[data-section="${id}"]`).click();
const steps = (e: Explorer) => e.page.locator('#panel-edit .tour-step');
const stepTitles = (e: Explorer) => e.page.locator('#panel-edit .tour-step .tour-step-name');
const step = (e: Explorer, title: string) => steps(e).filter({ has: e.page.locator('.tour-step-name', { hasText: title }) });
const draftTitles = (e: Explorer) => e.state<string[]>('s => (s.editor.history.draft.tour?.steps ?? []).map((x) => x.title)');

async function addSource(e: Explorer, o: { title: string; publisher?: string; url?: string; date?: string; weak?: boolean }): Promise<void> {
  await section(e, 'sources');
  await e.page.locator('#source-add-button').click();
  const form = e.page.locator('#source-add-form');
  await form.getByLabel('Title', { exact: true }).fill(o.title);
  if (o.publisher) await form.getByLabel('Publisher').fill(o.publisher);
  if (o.url) await form.getByLabel('Address (URL)').fill(o.url);
  if (o.date) await form.getByLabel('Date').fill(o.date);
  if (o.weak) await form.getByRole('radio', { name: /Weak/ }).check();
  await form.getByRole('button', { name: 'Add the source' }).click();
  await expect(form).toHaveCount(0);
}

/** Adds a step from what the map shows: `country` selected (its card then put away for the editor), and the form filled. */
async function addStepFrom(e: Explorer, country: string, name: string, title: string, source?: string): Promise<void> {
  await e.page.evaluate((id) => window.mekong!.store.getState().select(id), `country:${country}` as const);
  await e.page.locator('#tab-edit').click();
  await section(e, 'tour');
  const form = e.page.locator('#tour-add-form');
  if ((await form.count()) === 0) await e.page.locator('#tour-add-button').click();
  // What the step frames is taken from the selection.
  await expect(form.getByRole('checkbox', { name })).toBeChecked();
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Notes for the teacher').fill(`Ask the class what they know of ${name}.`);
  if (source) await form.getByRole('checkbox', { name: source }).check();
  await form.getByRole('button', { name: 'Add the step' }).click();
  await expect(form).toHaveCount(0);
  await expect(step(e, title)).toBeFocused();
}

async function dragOnto(e: Explorer, handle: Locator, target: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await e.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await e.page.mouse.down();
  // Into the upper part of the target: the drop goes above it, and the list shows where.
  await e.page.mouse.move(to.x + to.width / 2, to.y + to.height * 0.25, { steps: 8 });
  await expect(target).toHaveClass(/drop-before/);
  await e.page.mouse.up();
}

test('three steps made from the map, reordered by keyboard and by drag, are presented in their new order', async ({ explorer: e }) => {
  test.setTimeout(90_000);
  const { page } = e;
  await blankLesson(e);

  await addSource(e, { title: 'Mekong River Commission atlas', publisher: 'MRC', url: 'https://www.mrcmekong.org/atlas', date: '2019-05', weak: true });
  const source = page.locator('#panel-edit .source-item', { hasText: 'Mekong River Commission atlas' });
  await expect(source).toBeFocused();
  await expect(source.locator('.source-meta')).toHaveText('MRC · May 2019');
  await expect(source.locator('.source-weak')).toHaveText('weak');
  await expect(source.locator('.source-url')).toHaveText('https://www.mrcmekong.org/atlas');
  await expect(source).toContainText('Not cited');

  await addStepFrom(e, 'LAO', 'Laos', 'Alpha', 'Mekong River Commission atlas');
  await expect(page.locator('#panel-edit .tour-status')).toHaveText(/add 2 more/);
  await expect(page.locator('#tour-present')).toBeDisabled();
  await addStepFrom(e, 'KHM', 'Cambodia', 'Beta');
  await addStepFrom(e, 'THA', 'Thailand', 'Gamma');
  await expect(stepTitles(e)).toHaveText(['Alpha', 'Beta', 'Gamma']);
  await expect(step(e, 'Alpha')).toContainText('Title slide');
  await expect(step(e, 'Beta')).toContainText('frames Cambodia');
  await expect(page.locator('#panel-edit .tour-status')).toHaveCount(0);

  // By keyboard: the step keeps the focus and its new place is said.
  await step(e, 'Gamma').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(stepTitles(e)).toHaveText(['Alpha', 'Gamma', 'Beta']);
  await expect(step(e, 'Gamma')).toBeFocused();
  await expect(page.locator('#announcer')).toHaveText('Step “Gamma” moved to position 2 of 3.');

  // By dragging the last step's handle above the first.
  await dragOnto(e, step(e, 'Beta').locator('.tour-handle'), step(e, 'Alpha'));
  await expect(stepTitles(e)).toHaveText(['Beta', 'Alpha', 'Gamma']);
  await expect(page.locator('#panel-edit .drop-before, #panel-edit .drop-after')).toHaveCount(0);
  expect(await draftTitles(e)).toEqual(['Beta', 'Alpha', 'Gamma']);
  await expect(page.locator('#announcer')).toHaveText('Step “Beta” moved to position 1 of 3.');

  await step(e, 'Alpha').locator('button[data-edit]').click();
  expect(await seriousViolations(page), 'axe on the tour section').toEqual([]);
  await step(e, 'Alpha').getByRole('button', { name: 'Cancel' }).click();

  // The tour itself, in the new order: each step's title, and the country it frames selected on the map. (Nothing
  // selected before it: leaving the tour puts the selection back, and a country's card would cover the editor.)
  await page.evaluate(() => window.mekong!.store.getState().clearSelection());
  await page.locator('#tour-present').click();
  const side = page.locator('.present-side');
  for (const [n, [title, country]] of [
    ['Beta', 'KHM'],
    ['Alpha', 'LAO'],
    ['Gamma', 'THA'],
  ].entries()) {
    if (n > 0) await page.keyboard.press('ArrowRight');
    await expect(side.locator('.present-count')).toHaveText(`Step ${n + 1} / 3`);
    await expect(side.locator('.present-title')).toHaveText(title!);
    await expect(page.locator('.present')).toHaveAttribute('data-framed', 'true');
    await expect.poll(() => e.selected()).toBe(`country:${country}`);
  }
  await page.keyboard.press('Escape');
  await expect(page.locator('#tour-present')).toBeFocused();

  // Preview shows one step of the tour.
  await step(e, 'Gamma')
    .getByRole('button', { name: /^Preview/ })
    .click();
  await expect(side.locator('.present-title')).toHaveText('Gamma');
  await page.keyboard.press('Escape');
  await expect(side).toHaveCount(0);
});

test('a cited source cannot be removed: the section lists where it is cited and goes there', async ({ explorer: e }) => {
  test.setTimeout(90_000);
  const { page } = e;
  await blankLesson(e);
  await addSource(e, { title: 'Atlas of the basin', date: '2021' });
  await addSource(e, { title: 'Spare source' });
  await addStepFrom(e, 'LAO', 'Laos', 'Rivers of Laos', 'Atlas of the basin');

  await section(e, 'sources');
  const atlas = page.locator('#panel-edit .source-item', { hasText: 'Atlas of the basin' });
  await expect(atlas.locator('.source-meta')).toHaveText('2021');
  await atlas.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.locator('.editor-notice[data-tone="refused"]')).toHaveText('“Atlas of the basin” is cited once: remove those citations first.');
  await expect(atlas).toHaveCount(1);
  await expect(atlas.getByRole('button', { name: /^Cited once/ })).toHaveAttribute('aria-expanded', 'true');
  await expect(atlas.locator('.source-cited li')).toHaveText([/Tour step “Rivers of Laos”/]);

  // The lesson's own source is cited by the article.
  const lesson = page.locator('#panel-edit .source-item', { hasText: 'My lesson' });
  await lesson.getByRole('button', { name: /^Remove/ }).click();
  await expect(page.locator('.editor-notice[data-tone="refused"]')).toContainText('“My lesson” is cited once');
  await expect(lesson.locator('.source-cited li')).toHaveText([/The article/]);

  // One that nothing cites goes.
  await page
    .locator('#panel-edit .source-item', { hasText: 'Spare source' })
    .getByRole('button', { name: /^Remove/ })
    .click();
  await expect(page.locator('#panel-edit .source-item')).toHaveCount(2);

  await atlas.getByRole('button', { name: /^Edit/ }).click();
  expect(await seriousViolations(page), 'axe on the sources section').toEqual([]);
  await atlas.getByRole('button', { name: 'Cancel' }).click();

  // Go to the step that cites it: the Tour section opens with that step in view and focused.
  await atlas
    .locator('.source-cited')
    .getByRole('button', { name: /Go to it/ })
    .click();
  await expect(page.locator('#panel-edit button[data-section="tour"]')).toHaveAttribute('aria-current', 'true');
  await expect(step(e, 'Rivers of Laos')).toBeFocused();
  await expect(step(e, 'Rivers of Laos')).toBeInViewport();
});
