// The one helper that imports Playwright: fixtures that every spec uses, and a driver of domain actions.
import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Console messages that are not the app's fault (SwiftShader read-back warnings). */
const HARMLESS = [/GPU stall due to ReadPixels/, /WebGL: too many errors/, /Automatic fallback to software WebGL/];

export class Explorer {
  readonly errors: string[] = [];
  readonly requests: string[] = [];
  constructor(readonly page: Page) {
    page.on('console', (m) => {
      if ((m.type() === 'error' || m.type() === 'warning') && !HARMLESS.some((r) => r.test(m.text()))) {
        if (m.type() === 'error') this.errors.push(m.text());
      }
    });
    page.on('pageerror', (e) => this.errors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => this.requests.push(r.url()));
  }

  /** Opens the explorer (with an optional hash) and waits for the map's first idle. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.ready();
  }

  async ready(): Promise<void> {
    await this.page.waitForFunction(() => window.mekong !== undefined, null, { timeout: 15_000 });
    const outcome = await this.page.evaluate(() =>
      Promise.race([
        window.mekong!.ready.then(() => 'ready'),
        new Promise<string>((r) => setTimeout(() => r('the map did not fire its first idle within 30 s'), 30_000)),
      ]).catch((e: unknown) => `map failed: ${String(e)}`),
    );
    expect(outcome, 'waiting for the map to be ready').toBe('ready');
  }

  /**
   * Waits for what loads in the first idle moment after the first view (printing, the tour's pen, the measure's
   * map binding): for a check that uses one of them at once, as a person would not in the first second.
   */
  async settled(): Promise<void> {
    await this.page.evaluate(() => window.mekong!.settled());
  }

  /** Waits until the map has finished rendering what the last change asked for. */
  async idle(): Promise<void> {
    const outcome = await this.page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const map = window.mekong!.map!;
          const timer = setTimeout(() => resolve('the map did not become idle within 20 s'), 20_000);
          const done = () => {
            clearTimeout(timer);
            resolve('idle');
          };
          if (map.loaded() && !map.isMoving()) {
            map.once('idle', done);
            map.triggerRepaint();
          } else map.once('idle', done);
        }),
    );
    expect(outcome).toBe('idle');
  }

  state<T>(fn: string): Promise<T> {
    return this.page.evaluate(`(${fn})(window.mekong.store.getState())`) as Promise<T>;
  }

  selected(): Promise<string | null> {
    return this.page.evaluate(() => window.mekong!.store.getState().selected);
  }

  /** Page coordinates of a lng/lat on the map. */
  async pointOf(lng: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([lng, lat]) => {
        const map = window.mekong!.map!;
        const p = map.project([lng, lat]);
        const r = map.getCanvas().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      },
      [lng, lat] as const,
    );
  }

  async clickMap(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.pointOf(lng, lat);
    await this.page.mouse.click(x, y);
  }

  async hoverMap(lng: number, lat: number): Promise<void> {
    const { x, y } = await this.pointOf(lng, lat);
    await this.page.mouse.move(x - 3, y - 3);
    await this.page.mouse.move(x, y, { steps: 3 });
  }

  /**
   * The colour drawn at a lng/lat: the most common colour of a 7×7 window of the map canvas, so a thin
   * line or a label edge does not decide it.
   */
  async colorAt(lng: number, lat: number): Promise<[number, number, number]> {
    await this.idle();
    return this.page.evaluate(
      ([lng, lat]) => {
        const map = window.mekong!.map!;
        // The map does not keep its drawing buffer: redraw, and copy the frame in the same task.
        map.redraw();
        const canvas = map.getCanvas();
        const p = map.project([lng, lat]);
        const ratio = canvas.width / canvas.clientWidth;
        const c2 = document.createElement('canvas');
        c2.width = canvas.width;
        c2.height = canvas.height;
        const ctx = c2.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const data = ctx.getImageData(Math.round(p.x * ratio) - 3, Math.round(p.y * ratio) - 3, 7, 7).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < data.length; i += 4) {
          const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
        return best.split(',').map(Number) as [number, number, number];
      },
      [lng, lat] as const,
    );
  }

  /** Ids of the features a layer draws right now. */
  renderedIds(layer: string): Promise<string[]> {
    return this.page.evaluate((layer) => {
      const map = window.mekong!.map!;
      const ids = map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties['id']));
      return [...new Set(ids)].sort();
    }, layer);
  }

  /** Whether a lng/lat box lies inside the map's visible bounds. */
  async boundsContain(box: [number, number, number, number]): Promise<boolean> {
    return this.page.evaluate((box) => {
      const b = window.mekong!.map!.getBounds();
      return b.contains([box[0], box[1]]) && b.contains([box[2], box[3]]);
    }, box);
  }
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function expectColorNear(actual: readonly number[], hex: string, tolerance = 8): void {
  const want = hexToRgb(hex);
  const off = Math.max(...want.map((v, i) => Math.abs(v - (actual[i] ?? -999))));
  expect(off, `colour ${JSON.stringify(actual)} should be ${hex} ${JSON.stringify(want)}`).toBeLessThanOrEqual(tolerance);
}

export const test = base.extend<{ explorer: Explorer }>({
  explorer: async ({ page, baseURL }, use) => {
    const explorer = new Explorer(page);
    await use(explorer);
    // Every e2e test also checks: no console errors, and no request left the page's own origin.
    expect(explorer.errors, 'console errors').toEqual([]);
    const origin = new URL(baseURL!).origin;
    const foreign = explorer.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(foreign, 'requests outside the app origin').toEqual([]);
  },
});
