// The lesson editor's Tour and Sources sections (#17): a cited source cannot be removed, and the section says where it
// is cited and goes there. (Steps made from the map, put in order by keyboard and by dragging, previewed and presented:
// the teacher's journey, editor-journey.spec.ts.)
import { seriousViolations } from './axe.ts';
import { addSource, addStepFrom, blankLesson, section, step } from './editor-driver.ts';
import { expect, test } from './fixtures.ts';

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
