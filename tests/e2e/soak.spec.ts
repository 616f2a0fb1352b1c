import { expect, test } from './fixtures.ts';

/** A small seeded PRNG (mulberry32), so a failing run can be replayed exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('300 random interactions: no console errors, and the heap after GC stays within 20 % of where it started', async ({ explorer, page }) => {
  test.setTimeout(600_000);
  const seed = Number(process.env.SOAK_SEED ?? 20261129);
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };

  await explorer.open();
  const box = (await page.locator('#map').boundingBox())!;
  const tabs = ['Article', 'Routes', 'Countries'] as const;
  const actions: Record<string, () => Promise<void>> = {
    mapClick: async () => page.mouse.click(box.x + 20 + rnd() * (box.width - 40), box.y + 60 + rnd() * (box.height - 120)),
    mapHover: async () => page.mouse.move(box.x + rnd() * box.width, box.y + rnd() * box.height, { steps: 2 }),
    passage: async () => {
      await page.getByRole('tab', { name: 'Article' }).click();
      const passages = page.locator('#panel-article button.passage');
      await passages.nth(Math.floor(rnd() * (await passages.count()))).click();
    },
    listChoice: async () => {
      await page.getByRole('tab', { name: pick(['Routes', 'Countries'] as const) }).click();
      const buttons = page.locator('.tab-panel:not([hidden]) button[data-id]');
      const n = await buttons.count();
      if (n) await buttons.nth(Math.floor(rnd() * n)).click();
    },
    tab: async () => page.getByRole('tab', { name: pick(tabs) }).click(),
    key: async () => page.keyboard.press(pick(['Escape', 'Tab', 'Shift+Tab', 'ArrowDown'])),
    tour: async () => {
      await page.keyboard.press('p');
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) await page.keyboard.press(pick(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'End', 'Home']));
      await page.keyboard.press('Escape');
    },
    language: async () => page.evaluate((l) => window.mekong!.store.getState().setLabelLang(l), pick(['en', 'native', 'both'] as const)),
    theme: async () => page.evaluate((t) => window.mekong!.store.getState().setTheme(t), pick(['light', 'projector', 'high-contrast'] as const)),
    back: async () => {
      await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
    },
  };
  const names = Object.keys(actions);
  const run = async (count: number) => {
    for (let i = 0; i < count; i++) {
      const name = pick(names);
      await actions[name]!();
      if (i % 10 === 9) await explorer.idle();
    }
  };

  await run(30); // warm-up: lazy initialisation is not a leak
  await page.keyboard.press('Escape');
  await explorer.idle();
  const before = await heap();
  await run(270);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.mekong!.store.getState().select(null));
  await explorer.idle();
  const after = await heap();
  expect(after / before, `heap before ${before} B, after ${after} B (seed ${seed})`).toBeLessThanOrEqual(1.2);
  // The app is still alive and responsive.
  await page.getByRole('tab', { name: 'Article' }).click();
  await page.locator('#panel-article [data-passage="passage:energy"]').click();
  await expect.poll(() => explorer.selected()).toBe('passage:energy');
});
