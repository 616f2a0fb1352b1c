import { expect, test } from './fixtures.ts';

const IN_LAOS = [103.6, 20.15] as const;
/** Where Cambodia's label stands (geo/base/country-labels.geojson). */
const CAMBODIA_LABEL = [104.7499, 12.7113] as const;

// Each test is one page load walked through several checks: a load per check cost most of this file's time.
test('map label language: choosing English changes the labels drawn on the map; a country card: clicking Laos on the map shows its capital and that it is landlocked; a country shown only for context says so; the Cambodia–Laos trade chart and its table show the same numbers, with gaps where there is no figure', async ({
  explorer,
}) => {
  await explorer.open();

  await test.step('map label language: choosing English changes the labels drawn on the map', async () => {
    const label = await explorer.pointOf(...CAMBODIA_LABEL);
    const clip = { x: label.x - 70, y: label.y - 30, width: 140, height: 60 };
    await explorer.idle();
    expect(await explorer.renderedIds('country-labels')).toContain('country:KHM');
    const before = await explorer.page.screenshot({ clip });

    await explorer.page.getByLabel('Map labels').selectOption('en');
    await expect.poll(() => explorer.state<string>('s => s.labelLang')).toBe('en');
    await expect(explorer.page).toHaveURL(/lang=en/);
    await explorer.idle();
    expect(await explorer.renderedIds('country-labels')).toContain('country:KHM');
    const after = await explorer.page.screenshot({ clip });
    expect(after.equals(before), 'the pixels around Cambodia’s label should change').toBe(false);

    // And back: the store drives the control too.
    await explorer.page.evaluate(() => window.mekong!.store.getState().setLabelLang('native'));
    await expect(explorer.page.getByLabel('Map labels')).toHaveValue('native');
  });

  await test.step('clicking Laos on the map shows its capital and that it is landlocked', async () => {
    await explorer.clickMap(...IN_LAOS);
    await expect.poll(() => explorer.selected()).toBe('country:LAO');
    const card = explorer.page.locator('#selection .country-card');
    await expect(card.getByRole('heading', { level: 2, name: 'Laos' })).toBeVisible();
    await expect(card.locator('[data-fact="capital"]').getByRole('button', { name: 'Vientiane', exact: true })).toBeVisible();
    const landlocked = card.locator('[data-fact="landlocked"]');
    await expect(landlocked.locator('dt')).toHaveText('Landlocked');
    await expect(landlocked.locator('dd')).toContainText('Yes');
    // Every figure says where it comes from.
    await expect(card.locator('[data-fact="population"] .cite')).toContainText('wb_population');
    // Its name in Lao is the country's name; the abbreviation of “Lao PDR” is shown as such.
    await expect(card.locator('.card-native')).toHaveText('ລາວ');
    const lao = card.locator('[data-fact="native-lo"]');
    await expect(lao.locator('div', { hasText: 'Common name' }).locator('dd')).toHaveText('ລາວ');
    await expect(lao.locator('div', { hasText: 'Abbreviation of the official name' }).locator('dd')).toHaveText('ສປປ ລາວ');
    // The border drawn is de facto, and part of it is not yet demarcated, each with its source.
    const border = card.locator('[data-fact="border-map"]');
    await expect(border).toContainText('14% was still to be demarcated');
    await expect(border).toContainText('de facto');
    await expect(border.locator('.cite').first()).toContainText('lir_700m');
    await expect(border.locator('.cite').last()).toContainText('natural-earth');
  });

  await test.step('a country shown only for context says so', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().select('country:IND'));
    const card = explorer.page.locator('#selection .country-card--context');
    await expect(card.getByRole('heading', { level: 2, name: 'India' })).toBeVisible();
    await expect(card).toContainText('for context only');
    await expect(card).toContainText('not part of this story');
  });

  await test.step('the Cambodia–Laos trade chart and its table show the same numbers, with gaps where there is no figure', async () => {
    // The chart is in the Countries tab, shown once no card takes the tab's place.
    await explorer.page.evaluate(() => window.mekong!.store.getState().clearSelection());
    await expect.poll(() => explorer.selected()).toBeNull();
    await explorer.page.locator('#tab-countries').click();
    const panel = explorer.page.locator('#bilateral-panel');
    const chart = panel.getByRole('img', { name: /Cambodia–Laos trade by year/ });
    await expect(chart).toBeVisible();
    await expect(chart.locator('.target-label')).toHaveText('2030 target: US$700 million');

    const bars = await chart.locator('g.bar').evaluateAll((els) => els.map((e) => [e.getAttribute('data-year'), e.getAttribute('data-value')]));
    const rows = await panel
      .locator('.trade-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!.trim(), tr.querySelector('td')!.textContent!.trim()]));
    expect(bars.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[0])).toEqual(bars.map((b) => b[0]));
    for (const [i, [year, value]] of bars.entries()) {
      const cell = rows[i]![1]!;
      if (value === '') expect(cell, `year ${year}`).toContain('no figure');
      else expect(cell.replace(/^about /, '').split(/\s/)[0], `year ${year}`).toBe(Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 }));
    }
    // 2023 has no sourced figure: a gap in the chart, never a bar.
    const gap = chart.locator('[data-year="2023"]');
    await expect(gap).toHaveAttribute('data-value', '');
    await expect(gap.locator('rect.value')).toHaveCount(0);
    await expect(gap).toContainText('no figure');
    // The target row of the table agrees with the target line.
    await expect(panel.locator('.trade-table tfoot td.trade-num')).toHaveText((await chart.locator('.target').getAttribute('data-value')) ?? 'missing');
  });
});

test('a country card: Cambodia’s name is written in Khmer, marked as Khmer; the button on its card opens the Cambodia–Laos panel in the Countries tab', async ({
  explorer,
}) => {
  await explorer.open('#sel=country:KHM');

  await test.step('Cambodia’s name is written in Khmer, marked as Khmer', async () => {
    const card = explorer.page.locator('#selection .country-card');
    await expect(card.locator('.card-native')).toHaveAttribute('lang', 'km');
    await expect(card.locator('[lang="km"]', { hasText: 'កម្ពុជា' }).first()).toBeVisible();
    await expect(card.locator('[lang="km"]', { hasText: 'ព្រះរាជាណាចក្រកម្ពុជា' })).toBeVisible();
  });

  await test.step('the button on Cambodia’s card opens the Cambodia–Laos panel in the Countries tab', async () => {
    await expect(explorer.page.locator('#panel-countries')).toBeHidden();
    await explorer.page.getByRole('button', { name: 'Cambodia–Laos relations and trade' }).click();
    await expect(explorer.page.locator('#tab-countries')).toHaveAttribute('aria-selected', 'true');
    const panel = explorer.page.locator('#bilateral-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toBeFocused();
    await expect(panel.getByRole('heading', { name: 'Cambodia and Laos' })).toBeVisible();
    // The border: how much is still to be demarcated, and what the line drawn is, each with its source.
    const border = panel.locator('[data-fact="border"]');
    await expect(border.getByRole('heading', { name: 'The border' })).toBeVisible();
    await expect(border.locator('[data-fact="border-status"]')).toContainText(
      'As of February 2026, 86% of the Cambodia–Laos border had been demarcated and about 14% was still to be demarcated',
    );
    await expect(border.locator('[data-fact="border-status"] .cite')).toContainText('lir_700m');
    await expect(border.locator('[data-fact="border-map"]')).toContainText('drawn from Natural Earth');
    await expect(border.locator('[data-fact="border-map"] .cite')).toContainText('natural-earth');
    // The one road crossing is what the sources record, and when.
    await expect(panel.getByText(/^As of 2016, the sources record one official road crossing/)).toBeVisible();
  });
});
