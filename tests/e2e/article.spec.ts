import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test, type Explorer } from './fixtures.ts';
import { frameBoxOf, midVertex, passage } from './geo.ts';

const light = THEME_TOKENS.light;
const passageButton = (e: Explorer, id: string) => e.page.locator(`#panel-article [data-passage="${id}"]`);

// Each test is one page load walked through several checks: a load per check cost most of this file's time.
test('passage → map: hovering a linked passage highlights its features; a passage that names no place is plain text; choosing a passage selects it, frames and highlights its features while the rest dims, and opens what it speaks of under it; Back and Forward step through earlier selections', async ({
  explorer,
}) => {
  await explorer.open();

  await test.step('hovering a linked passage highlights its features on the map', async () => {
    await passageButton(explorer, 'passage:energy').hover();
    await expect.poll(() => explorer.state<string | null>('s => s.hovered')).toBe('passage:energy');
    const states = await explorer.page.evaluate(() => window.mekong!.map!.getFeatureState({ source: 'corridors', id: 'corridor:energy-laos-cambodia' }));
    expect(states['hover']).toBe(true);
  });

  await test.step('a passage that names no place is plain text, not a control', async () => {
    const plain = explorer.page.locator('#panel-article [data-passage="passage:partnership"]');
    await expect(plain).toBeVisible();
    expect(await plain.evaluate((el) => el.tagName)).toBe('P');
  });

  await test.step('choosing a passage selects it, frames all its features and highlights them while the rest dims', async () => {
    await passageButton(explorer, 'passage:logistics').click();
    await expect.poll(() => explorer.selected()).toBe('passage:logistics');
    await explorer.idle();
    for (const link of passage('passage:logistics').links) {
      expect(await explorer.boundsContain(frameBoxOf(link.feature)), `${link.feature} inside the map`).toBe(true);
    }
    // Drawn: Cambodia (linked) in the highlight colour, Thailand (not linked) dimmed.
    expectColorNear(await explorer.colorAt(103.1, 12.9), light.landSelected);
    expectColorNear(await explorer.colorAt(101.5, 14.6), light.dimmed);
    // The corridors' coloured lines (drawn leg by leg) follow their corridor: linked ones highlighted, others dimmed.
    const linked = passage('passage:logistics').links.map((l) => l.feature);
    const legs = await explorer.page.evaluate(() => {
      const map = window.mekong!.map!;
      const layers = map
        .getStyle()
        .layers.filter((l) => 'source' in l && l.source === 'corridor-legs')
        .map((l) => l.id);
      return map
        .queryRenderedFeatures({ layers })
        .map((f) => ({ id: String(f.properties['id']), highlight: f.state['highlight'] === true, dim: f.state['dim'] === true }));
    });
    expect(
      legs.some((f) => linked.includes(f.id)),
      'a linked corridor’s line is drawn',
    ).toBe(true);
    expect(
      legs.some((f) => !linked.includes(f.id)),
      'another corridor’s line is drawn',
    ).toBe(true);
    for (const f of legs)
      expect(f, `${f.id}: its line highlighted if linked, else dimmed`).toMatchObject(
        linked.includes(f.id) ? { highlight: true, dim: false } : { highlight: false, dim: true },
      );
    await expect(passageButton(explorer, 'passage:logistics')).toHaveAttribute('aria-pressed', 'true');
    await expect(explorer.page.getByRole('status')).toHaveText(/Passage selected: 12 features shown on the map/);
  });

  await test.step('a chosen passage opens, under it, what it speaks of: the article’s words apart from the explorer’s notes, each note with its own sources', async () => {
    const card = explorer.page.locator('#panel-article [data-passage="passage:logistics"] + .passage-detail');
    await expect(card.locator('.passage-says')).toContainText('The words above are the article’s.');
    await expect(card.locator('.passage-says summary')).toHaveText('Source of the passage (1)');
    const note = card.locator('[data-note-for="place:sihanoukville-autonomous-port"]');
    await expect(note).toContainText('Added by the explorer: The article does not name the ports; Sihanoukville is Cambodia’s only deep-water seaport.');
    await expect(note.locator('.cite')).toContainText('portnews_pas_2024');
    const crossing = card.locator('[data-note-for="place:trapeang-kriel-nong-nok-khiene"]');
    await expect(crossing).toContainText('as of 2016');
    await expect(card.locator('details.sources summary', { hasText: 'Sources of the explorer’s notes' })).toBeVisible();
  });

  await test.step('Back and Forward step through earlier selections', async () => {
    await passageButton(explorer, 'passage:energy').click();
    await expect.poll(() => explorer.selected()).toBe('passage:energy');
    await explorer.idle();
    await passageButton(explorer, 'passage:security').click();
    await expect.poll(() => explorer.selected()).toBe('passage:security');
    await explorer.idle();
    await explorer.page.goBack();
    await expect.poll(() => explorer.selected()).toBe('passage:energy');
    await expect(passageButton(explorer, 'passage:energy')).toHaveAttribute('aria-pressed', 'true');
    await explorer.page.goForward();
    await expect.poll(() => explorer.selected()).toBe('passage:security');
  });
});

test('map → passage: clicking a corridor on the map marks the passages that speak of it and scrolls to the first; a feature that no passage mentions says so', async ({
  explorer,
}) => {
  await explorer.open();

  await test.step('clicking a corridor on the map marks the passages that speak of it and scrolls to the first', async () => {
    await explorer.clickMap(...midVertex('corridor:laos-da-nang'));
    await expect.poll(() => explorer.selected()).toBe('corridor:laos-da-nang');
    // The card, in the tab's place, lists them as links.
    await expect(explorer.page.locator('#selection .passage-link')).toHaveCount(1);
    // Back to the article: they are marked there, and the first is in view.
    await explorer.page.getByRole('button', { name: /Back to the article/ }).click();
    const target = passageButton(explorer, 'passage:land-linked');
    await expect(target).toHaveClass(/passage--mentions/);
    await expect(target).toBeInViewport();
    // Only the passages that speak of it are marked.
    await expect(explorer.page.locator('#panel-article .passage--mentions')).toHaveCount(1);
  });

  await test.step('a feature that no passage mentions says so', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().select('country:MMR'));
    await expect.poll(() => explorer.selected()).toBe('country:MMR');
    await expect(explorer.page.locator('#selection')).toContainText('The article does not mention this');
    await expect(explorer.page.locator('#panel-article .passage--mentions')).toHaveCount(0);
  });
});

test('a deep link reopens the selected passage, framed on its features; keyboard only: the skip link reaches the article, Tab reaches a passage, Enter selects it', async ({
  explorer,
}) => {
  await explorer.open('#sel=passage:energy');

  await test.step('a deep link reopens the selected passage, framed on its features', async () => {
    await explorer.idle();
    expect(await explorer.selected()).toBe('passage:energy');
    await expect(passageButton(explorer, 'passage:energy')).toHaveAttribute('aria-pressed', 'true');
    expect(await explorer.boundsContain(frameBoxOf('corridor:energy-laos-cambodia'))).toBe(true);
  });

  await test.step('keyboard only: the skip link reaches the article, Tab reaches a passage, Enter selects it', async () => {
    await explorer.page.keyboard.press('Tab');
    await expect(explorer.page.getByRole('link', { name: 'Skip to the article' })).toBeFocused();
    await explorer.page.keyboard.press('Enter');
    await explorer.page.keyboard.press('Tab');
    const first = passageButton(explorer, 'passage:dateline');
    await expect(first).toBeFocused();
    await explorer.page.keyboard.press('Enter');
    await expect.poll(() => explorer.selected()).toBe('passage:dateline');
    await expect(first).toBeFocused();
    await explorer.page.keyboard.press('Escape');
    await expect.poll(() => explorer.selected()).toBeNull();
  });

  await test.step('with a passage chosen and the Routes tab open, the skip link shows the article and moves focus there; the selection and the link stay', async () => {
    // It does not navigate to its own "#panel-article".
    await explorer.page.keyboard.press('Enter');
    await expect.poll(() => explorer.selected()).toBe('passage:dateline');
    await expect.poll(() => explorer.page.evaluate(() => location.hash)).toContain('sel=passage:dateline');
    await explorer.page.getByRole('tab', { name: 'Routes' }).click();
    await expect(explorer.page.locator('#panel-article')).toBeHidden();
    await explorer.page.getByRole('link', { name: 'Skip to the article' }).focus();
    await explorer.page.keyboard.press('Enter');
    await expect(explorer.page.locator('#panel-article')).toBeFocused();
    expect(await explorer.selected()).toBe('passage:dateline');
    expect(await explorer.page.evaluate(() => location.hash)).toContain('sel=passage:dateline');
  });
});
