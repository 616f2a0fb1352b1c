import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test, type Explorer } from './fixtures.ts';

const light = THEME_TOKENS.light;
// Points well inside each area, away from rivers, borders and labels at the first view.
const IN_CAMBODIA = [103.1, 12.9] as const;
const IN_LAOS = [103.6, 20.15] as const;
const IN_SEA = [102.3, 10.3] as const;
const IN_THAILAND = [101.5, 14.6] as const;

const DETAIL = ['borders-line', 'rivers-line', 'lakes-fill', 'towns-circle', 'towns-label', 'sea-labels'];
const drawnCounts = (explorer: Explorer) =>
  explorer.page.evaluate((layers) => Object.fromEntries(layers.map((l) => [l, window.mekong!.map!.queryRenderedFeatures({ layers: [l] }).length])), DETAIL);

// Each test is one page load walked through several checks: a load per check cost most of this file's time.
test('the base map: is made at its final size; takes the built-in pack as built; draws Cambodia and Laos in focus, their neighbours and the sea in the theme colours; frames them with their neighbours’ ports; labels them in Khmer and Lao, and the Mekong; draws its detail through a theme change; follows its container when the window changes size', async ({
  explorer,
}) => {
  // The map's size as it is made, and each time it is resized before its first view is drawn.
  await explorer.page.addInitScript(() => {
    const sizes: string[] = [];
    (window as unknown as { mapSizes: string[] }).mapSizes = sizes;
    const size = (c: HTMLCanvasElement) => `${c.clientWidth}×${c.clientHeight}`;
    const watch = () => {
      const map = window.mekong?.map;
      if (!map) return void requestAnimationFrame(watch);
      sizes.push(size(map.getCanvas()));
      const onResize = () => sizes.push(size(map.getCanvas()));
      map.on('resize', onResize);
      void window.mekong!.ready.then(() => map.off('resize', onResize));
    };
    requestAnimationFrame(watch);
  });
  await explorer.open();

  await test.step('is made at its final size: nothing around it grows while it draws its first view', async () => {
    const sizes = await explorer.page.evaluate(() => (window as unknown as { mapSizes: string[] }).mapSizes);
    const final = await explorer.page.evaluate(() => {
      const box = window.mekong!.map!.getContainer();
      return `${box.clientWidth}×${box.clientHeight}`;
    });
    expect(sizes).toEqual([final]);
  });

  await test.step('takes the built-in pack as the build validated it, byte for byte: the schema’s code is not fetched', async () => {
    expect(explorer.requests.some((u) => u.includes('/geo/corridors.geojson'))).toBe(true);
    expect(explorer.requests.filter((u) => /\/assets\/(schema|validate)-[\w-]+\.js$/.test(u))).toEqual([]);
  });

  await test.step('draws Cambodia and Laos in focus, their neighbours and the sea in the theme colours', async () => {
    expectColorNear(await explorer.colorAt(...IN_CAMBODIA), light.land.focus);
    expectColorNear(await explorer.colorAt(...IN_LAOS), light.land.focus);
    expectColorNear(await explorer.colorAt(...IN_THAILAND), light.land.neighbour);
    expectColorNear(await explorer.colorAt(...IN_SEA), light.sea);
  });

  await test.step('frames Cambodia and Laos with their neighbours’ ports at first', async () => {
    // Cambodia and Laos, Laem Chabang (100.9, 13.1), Vung Ang (106.4, 18.1) and Da Nang (108.2, 16.1).
    expect(await explorer.boundsContain([100.8, 10.3, 108.3, 22.4])).toBe(true);
  });

  await test.step('labels Cambodia and Laos with their names in Khmer and Lao, and the Mekong', async () => {
    const labels = await explorer.page.evaluate(() => window.mekong!.map!.queryRenderedFeatures({ layers: ['country-labels'] }).map((f) => f.properties['id']));
    expect(labels).toEqual(expect.arrayContaining(['country:KHM', 'country:LAO', 'country:THA', 'country:VNM']));
    expect(await explorer.renderedIds('mekong-label')).toContain('river:mekong');
  });

  await test.step('the first view’s detail: land borders, rivers, lakes, towns and seas are drawn, and the Mekong keeps its name', async () => {
    await explorer.idle();
    for (const [layer, n] of Object.entries(await drawnCounts(explorer))) expect(n, `${layer} draws features`).toBeGreaterThan(0);
    // The towns' labels do not push the story's river out of the first view.
    expect(await explorer.renderedIds('mekong-label')).toContain('river:mekong');
  });

  await test.step('follows its container when the window changes size, and draws at the new size', async () => {
    const mismatch = () =>
      explorer.page.evaluate(() => {
        const map = window.mekong!.map!;
        const box = map.getContainer().getBoundingClientRect();
        const canvas = map.getCanvas().getBoundingClientRect();
        return Math.round(Math.abs(box.width - canvas.width) + Math.abs(box.height - canvas.height));
      });
    expect(await mismatch()).toBe(0);
    await explorer.page.setViewportSize({ width: 1100, height: 700 });
    // The default 15 s: on a loaded machine the resize observer's frame has come after 5 s (a map that never follows still fails).
    await expect.poll(mismatch).toBe(0);
    await explorer.idle();
    expectColorNear(await explorer.colorAt(...IN_CAMBODIA), light.land.focus);
  });

  await test.step('the detail stays through a theme change', async () => {
    await explorer.page.evaluate(() => window.mekong!.store.getState().setTheme('high-contrast'));
    await expect.poll(() => explorer.page.evaluate(() => window.mekong!.map!.getStyle().name)).toMatch(/contrast/i);
    await explorer.idle();
    for (const [layer, n] of Object.entries(await drawnCounts(explorer))) expect(n, `${layer} draws features in the new theme`).toBeGreaterThan(0);
  });
});

test('choosing a country: a link with an unknown id opens calmly with nothing selected; hovering highlights a country; a click selects it and the sidebar names it; Escape and a click on the sea clear it; the selection and the view survive a reload; every request stays on the page’s own origin', async ({
  explorer,
  baseURL,
}) => {
  await test.step('a link with an unknown id opens calmly with nothing selected', async () => {
    await explorer.open('#sel=country:XYZ&map=banana');
    expect(await explorer.selected()).toBeNull();
    await expect(explorer.page.getByText('Nothing selected')).toBeVisible();
  });

  await test.step('hovering a country highlights it', async () => {
    await explorer.hoverMap(...IN_LAOS);
    await expect.poll(() => explorer.state<string | null>('s => s.hovered')).toBe('country:LAO');
    expectColorNear(await explorer.colorAt(...IN_LAOS), light.landHover);
  });

  await test.step('clicking a country selects it and the sidebar names it', async () => {
    await explorer.clickMap(...IN_LAOS);
    await expect.poll(() => explorer.selected()).toBe('country:LAO');
    await expect(explorer.page.getByRole('heading', { level: 2, name: 'Laos', exact: true })).toBeVisible();
    await expect(explorer.page.locator('.card-native')).toHaveAttribute('lang', 'lo');
    expectColorNear(await explorer.colorAt(...IN_LAOS), light.landSelected);
  });

  await test.step('Escape and a click on the sea clear the selection', async () => {
    await explorer.page.keyboard.press('Escape');
    await expect.poll(() => explorer.selected()).toBeNull();
    await explorer.clickMap(...IN_CAMBODIA);
    await expect.poll(() => explorer.selected()).toBe('country:KHM');
    await explorer.page.keyboard.press('Escape');
    await expect.poll(() => explorer.selected()).toBeNull();
    await explorer.clickMap(...IN_CAMBODIA);
    await expect.poll(() => explorer.selected()).toBe('country:KHM');
    await explorer.clickMap(...IN_SEA);
    await expect.poll(() => explorer.selected()).toBeNull();
    await expect(explorer.page.getByText('Nothing selected')).toBeVisible();
  });

  await test.step('every request stays on the page’s own origin: fonts, data and the worker were all fetched, and all from here', async () => {
    await explorer.idle();
    const origin = new URL(baseURL!).origin;
    expect(explorer.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
    expect(explorer.requests.some((u) => u.includes('/geo/base/'))).toBe(true);
    // Stricter than the fixture's check: not even a blob: request.
    expect(explorer.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
  });

  await test.step('the selection and the view survive a reload', async () => {
    await explorer.page.getByRole('tab', { name: 'Countries' }).click();
    await explorer.page.getByRole('button', { name: 'Cambodia', exact: true }).click();
    await expect.poll(() => explorer.selected()).toBe('country:KHM');
    await explorer.idle();
    const before = await explorer.page.evaluate(() => window.mekong!.map!.getZoom());
    await expect(explorer.page).toHaveURL(/sel=country:KHM/);
    await explorer.page.reload();
    await explorer.ready();
    expect(await explorer.selected()).toBe('country:KHM');
    await expect(explorer.page.getByRole('heading', { level: 2, name: 'Cambodia', exact: true })).toBeVisible();
    const after = await explorer.page.evaluate(() => window.mekong!.map!.getZoom());
    expect(Math.abs(after - before)).toBeLessThan(0.05);
  });
});
