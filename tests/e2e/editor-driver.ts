// What a teacher does in the lesson editor (#17), shared by the editor's specs: open a blank lesson, go to a section,
// select words with the mouse, fill the place form, add a source, add a tour step from what the map shows, drag a step.
import type { Locator, Page } from '@playwright/test';
import { expect, type Explorer } from './fixtures.ts';

/**
 * Opens the explorer as far as its Stories menu: the page's views are drawn (the menu is mounted with them), the map
 * perhaps not yet. What comes next leaves this page, so waiting for the map would only cost time.
 */
export async function openToStoriesMenu(e: Explorer): Promise<void> {
  await e.page.goto('./');
  await e.page.locator('#panel-article [data-passage]').first().waitFor();
}

/** A new blank lesson (Stories → New blank lesson), open in the editor at its Article section. */
export async function blankLesson(e: Explorer): Promise<void> {
  await openToStoriesMenu(e);
  await e.page.locator('#stories-button').click();
  await e.page.locator('#lesson-blank').click();
  await e.page.waitForURL(/[?&]edit=/);
  await e.ready();
  await expect(e.page.locator('#editor-article-text')).toBeVisible();
}

export const panel = (e: Explorer) => e.page.locator('#panel-edit');
export const section = (e: Explorer, id: string) => panel(e).locator(`button[data-section="${id}"]`).click();

/** The Article section's passages, in order. */
export const passages = (page: Page) => page.locator('#panel-edit [data-editor-passage]');

/** Selects a word of a passage with the mouse: a press at its start, a drag to its end. */
export async function selectWithMouse(page: Page, passage: number, word: string): Promise<void> {
  const text = passages(page).nth(passage).locator('[data-passage-text]');
  await text.scrollIntoViewIfNeeded();
  const box = await text.evaluate((el, word) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text: Node | null = walker.nextNode();
    while (text && !text.textContent!.includes(word)) text = walker.nextNode();
    const at = text!.textContent!.indexOf(word);
    const range = document.createRange();
    range.setStart(text!, at);
    range.setEnd(text!, at + word.length);
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right, y: r.top + r.height / 2 };
  }, word);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 4 });
  await page.mouse.up();
}

/** Fills the place form open in the Places section; the position is typed when given (else it came from a click). */
export async function fillPlace(e: Explorer, o: { name: string; lon?: number; lat?: number; country: string }): Promise<void> {
  const form = panel(e).getByRole('form', { name: 'New place' });
  await form.getByLabel('Name', { exact: true }).fill(o.name);
  if (o.lon !== undefined && o.lat !== undefined) {
    await form.getByLabel('Longitude').fill(String(o.lon));
    await form.getByLabel('Latitude').fill(String(o.lat));
    await form.getByLabel('Latitude').press('Tab');
  }
  // The country the position lies in is chosen from the base map.
  await expect(form.getByRole('combobox', { name: 'Country' })).toHaveValue(o.country);
  await form.getByLabel('Description').fill(`${o.name}, a town of southern Laos.`);
  await form.getByRole('checkbox', { name: 'My lesson' }).check();
  await form.getByRole('button', { name: 'Add place' }).click();
  await expect(form).toHaveCount(0);
}

export async function addSource(e: Explorer, o: { title: string; publisher?: string; url?: string; date?: string; weak?: boolean }): Promise<void> {
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

/** The Tour section's steps, in order, and one of them by its title. */
export const steps = (e: Explorer) => e.page.locator('#panel-edit .tour-step');
export const stepTitles = (e: Explorer) => e.page.locator('#panel-edit .tour-step .tour-step-name');
export const step = (e: Explorer, title: string) => steps(e).filter({ has: e.page.locator('.tour-step-name', { hasText: title }) });
export const draftTitles = (e: Explorer) => e.state<string[]>('s => (s.editor.history.draft.tour?.steps ?? []).map((x) => x.title)');

/**
 * Adds a tour step from what the map shows now (select something first): the Edit tab brought back over the
 * selection's card, the step's form opened and filled. `frames` is the name of what the selection frames.
 */
export async function addStep(e: Explorer, frames: string, title: string, source?: string): Promise<void> {
  await e.page.locator('#tab-edit').click();
  await section(e, 'tour');
  const form = e.page.locator('#tour-add-form');
  if ((await form.count()) === 0) await e.page.locator('#tour-add-button').click();
  // What the step frames is taken from the selection.
  await expect(form.getByRole('checkbox', { name: frames })).toBeChecked();
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Notes for the teacher').fill(`Ask the class what they know of ${frames}.`);
  if (source) await form.getByRole('checkbox', { name: source }).check();
  await form.getByRole('button', { name: 'Add the step' }).click();
  await expect(form).toHaveCount(0);
  await expect(step(e, title)).toBeFocused();
}

/** Adds a step framing a country, selected as the map would select it. */
export async function addStepFrom(e: Explorer, country: string, name: string, title: string, source?: string): Promise<void> {
  await e.page.evaluate((id) => window.mekong!.store.getState().select(id), `country:${country}` as const);
  await addStep(e, name, title, source);
}

/** Drags a step by its handle into the upper part of another: the list shows the drop above it, and it goes there. */
export async function dragOnto(e: Explorer, handle: Locator, target: Locator): Promise<void> {
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await e.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await e.page.mouse.down();
  await e.page.mouse.move(to.x + to.width / 2, to.y + to.height * 0.25, { steps: 8 });
  await expect(target).toHaveClass(/drop-before/);
  await e.page.mouse.up();
}
