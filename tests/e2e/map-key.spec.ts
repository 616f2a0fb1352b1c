import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Explorer } from './fixtures.ts';

interface PackJson {
  corridorKinds: { id: string; label: string }[];
}
const kinds = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../geo/pack.json'), 'utf8')) as PackJson).corridorKinds;

const key = (e: Explorer) => e.page.locator('#map-key');
const toggle = (e: Explorer) => key(e).locator('button[aria-expanded]');
const row = (e: Explorer, kind: string) => key(e).locator(`[data-kind="${kind}"]`);

/** Serious and critical axe violations inside the key. */
const keyViolations = async (e: Explorer) => {
  const results = await new AxeBuilder({ page: e.page }).include('#map-key').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
};

test.describe('the key on the map', () => {
  test.use({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });

  // One page load walked through the key's behaviours: a load per behaviour cost most of this file's time.
  test('sits at the map’s top right, small, off the focus countries; is hidden during the tour; passes axe open and folded; marks a kind hidden in the Routes tab; folds by keyboard and stays folded after a reload; follows the theme', async ({
    explorer,
  }) => {
    await explorer.open();

    await test.step('sits at the map’s top right, small, off the focus countries, with a row and a swatch per kind', async () => {
      await expect(key(explorer)).toBeVisible();
      await expect(key(explorer)).toHaveRole('region');
      const box = (await key(explorer).boundingBox())!;
      const map = (await explorer.page.locator('#map-region').boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(map.x + map.width);
      expect(box.x + box.width).toBeGreaterThan(map.x + map.width - 24);
      expect(box.y).toBeLessThan(map.y + 24);
      expect(box.width).toBeLessThanOrEqual(240);
      expect(box.height).toBeLessThanOrEqual(0.4 * map.height);
      for (const k of kinds) {
        await expect(row(explorer, k.id)).toContainText(k.label);
        await expect(row(explorer, k.id).locator('svg.swatch line').first()).toBeAttached();
      }
      for (const note of ['hollow', 'schematic', 'approximate']) await expect(key(explorer).locator(`[data-key="${note}"] svg.swatch`)).toBeAttached();
      // No land of the two focus countries under the key in the first view.
      const focusUnder = await explorer.page.evaluate((r) => {
        const map = window.mekong!.map!;
        const c = map.getCanvas().getBoundingClientRect();
        const box: [[number, number], [number, number]] = [
          [r.x - c.left, r.y - c.top],
          [r.x - c.left + r.width, r.y - c.top + r.height],
        ];
        return map.queryRenderedFeatures(box, { layers: ['countries-fill'] }).filter((f) => f.properties['role'] === 'focus').length;
      }, box);
      expect(focusUnder).toBe(0);
    });

    await test.step('is hidden during the guided tour and back after it', async () => {
      await expect(key(explorer)).toBeVisible();
      await explorer.page.keyboard.press('p');
      await expect.poll(() => explorer.state<boolean>('s => s.tour.active')).toBe(true);
      await expect(key(explorer)).toBeHidden();
      await explorer.page.keyboard.press('Escape');
      await expect.poll(() => explorer.state<boolean>('s => s.tour.active')).toBe(false);
      await expect(key(explorer)).toBeVisible();
    });

    await test.step('axe: no serious or critical violations, open and folded', async () => {
      await expect(key(explorer)).toBeVisible();
      expect(await keyViolations(explorer)).toEqual([]);
      await toggle(explorer).click();
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'false');
      expect(await keyViolations(explorer)).toEqual([]);
      // Open again, for the checks that follow.
      await toggle(explorer).click();
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'true');
    });

    await test.step('marks a kind hidden in the Routes tab, and shows it again when it is ticked', async () => {
      const kind = kinds[1]!.id;
      await expect(row(explorer, kind)).not.toContainText('hidden');
      await explorer.page.getByRole('tab', { name: 'Routes' }).click();
      const box = explorer.page.locator(`#panel-routes .legend-row[data-kind="${kind}"] input`);
      await box.uncheck();
      await expect(row(explorer, kind)).toContainText('hidden');
      await expect(row(explorer, kind)).toHaveClass(/is-hidden/);
      await expect(row(explorer, kinds[0]!.id)).not.toContainText('hidden');
      await box.check();
      await expect(row(explorer, kind)).not.toContainText('hidden');
    });

    await test.step('folds to its button by keyboard, stays folded after a reload, and stays open once opened again', async () => {
      const before = (await key(explorer).boundingBox())!;
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'true');
      const body = explorer.page.locator(`#${await toggle(explorer).getAttribute('aria-controls')}`);
      await expect(body).toBeVisible();
      await toggle(explorer).focus();
      await explorer.page.keyboard.press('Enter');
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'false');
      await expect(body).toBeHidden();
      const folded = (await key(explorer).boundingBox())!;
      expect(folded.height).toBeLessThan(before.height / 2);
      expect(folded.width).toBeLessThan(before.width);

      await explorer.page.reload();
      await explorer.ready();
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'false');
      await expect(body).toBeHidden();
      await toggle(explorer).click();
      await expect(body).toBeVisible();

      await explorer.page.reload();
      await explorer.ready();
      await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'true');
      await expect(body).toBeVisible();
    });

    await test.step('follows the theme: a swatch takes the projector theme’s colour', async () => {
      const line = row(explorer, kinds[0]!.id).locator('svg.swatch line').first();
      const stroke = () => line.evaluate((l) => getComputedStyle(l).stroke);
      const light = await stroke();
      await explorer.page.getByLabel('Theme').selectOption('projector');
      await expect.poll(stroke).not.toBe(light);
    });
  });
});

test.describe('the key on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('starts folded when nothing is stored, with a toggle a finger can hit, and leads to the Routes tab', async ({ explorer }) => {
    await explorer.open();
    await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'false');
    const b = (await toggle(explorer).boundingBox())!;
    expect(b.height).toBeGreaterThanOrEqual(44);
    expect(b.width).toBeGreaterThanOrEqual(44);
    await toggle(explorer).tap();
    await expect(toggle(explorer)).toHaveAttribute('aria-expanded', 'true');
    // Its pointer to the full key opens the Routes tab where it can be seen, in the sheet raised over the map.
    await key(explorer).getByRole('button', { name: 'Routes tab' }).tap();
    const tab = explorer.page.getByRole('tab', { name: 'Routes' });
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(tab).toBeInViewport();
    await expect(tab).toBeFocused();
  });
});
