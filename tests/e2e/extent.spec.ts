// The map never shows where its data ends: beyond the pack's extent the style draws a veil, and no normal view may
// reach it: the first view, each tour step and each country framed, on a phone, a tablet either way up, a laptop
// and a wide screen. One page per size, reused for all its views.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAYER } from '../../src/map/style/ids.ts';
import { expect, test, type Explorer } from './fixtures.ts';

const GEO = resolve(import.meta.dirname, '../../geo');
const read = <T>(f: string): T => JSON.parse(readFileSync(resolve(GEO, f), 'utf8')) as T;
const extent = read<{ extent: [number, number, number, number] }>('pack.json').extent;
const steps = read<{ steps: { id: string }[] }>('tour.json').steps;
/** The countries a reader can select (those with a label, and so a card). */
const countries = read<{ features: { properties: { id: `country:${string}` } }[] }>('base/country-labels.geojson').features.map((f) => f.properties.id);

const SIZES: [number, number][] = [
  [390, 844],
  [768, 1024],
  [1024, 768],
  [1366, 768],
  [1920, 1080],
];

/** A colour nothing else on the map uses. */
const SIGNAL = '#ff00ff';

interface View {
  readonly name: string;
  /** How to come back to it. */
  readonly action: Action;
  /** How far the view reaches beyond the data (degrees; 0 when inside it). */
  readonly beyond: number;
  /** How close it comes to the data's edge (degrees; the smallest margin on any side). */
  readonly margin: number;
}

/**
 * What leads to a view: a country selected and framed, a tour step, or a camera (the first view, read as it is
 * and gone back to by its centre and zoom).
 */
type Action =
  | { readonly select: `country:${string}` }
  | { readonly step: number; readonly id: string }
  | { readonly first: true; readonly center?: [number, number]; readonly zoom?: number };

/**
 * The views some actions lead to, each read as soon as it is asked for: the camera frames a selection or a tour
 * step in the same task (with reduced motion it jumps), and MapLibre holds every camera inside its bounds then
 * too, so no frame need be drawn in between. A tour step is read only once the tour says it has framed it.
 */
async function viewsOf(e: Explorer, actions: readonly Action[]): Promise<View[]> {
  return e.page.evaluate(
    ([actions, [w, s, east, n]]) =>
      actions.map((a): View => {
        const map = window.mekong!.map!;
        const state = window.mekong!.store.getState();
        let name: string;
        let action: Action = a;
        if ('select' in a) {
          state.select(a.select, { frame: true });
          name = `${a.select} framed`;
        } else if ('step' in a) {
          state.goToStep(a.step);
          name = `tour step ${a.step + 1} (${a.id})`;
          const stage = document.querySelector('.present');
          if (stage?.getAttribute('data-step') !== a.id || stage.getAttribute('data-framed') !== 'true') throw new Error(`${name}: not framed when read`);
        } else {
          if (a.center && a.zoom !== undefined) map.jumpTo({ center: a.center, zoom: a.zoom });
          name = 'first view';
          action = { first: true, center: map.getCenter().toArray(), zoom: map.getZoom() };
        }
        const b = map.getBounds();
        const sides = [b.getWest() - w, b.getSouth() - s, east - b.getEast(), n - b.getNorth()];
        return { name, action, beyond: Math.max(0, ...sides.map((d) => -d)), margin: Math.min(...sides) };
      }),
    [actions, extent] as const,
  );
}

/**
 * How many pixels of the veil the map draws. The veil is painted in the signal colour first, fully opaque, so that
 * every pixel of it counts: its own colour, a grey laid over the sea at 85 %, is also what the edge of a dimmed
 * coast blends to. A new style (a tour step revealing corridors) paints it back: it is painted at every check.
 */
async function veilPixels(e: Explorer): Promise<number> {
  await e.page.evaluate(
    ([layer, signal]) => {
      const map = window.mekong!.map!;
      if (map.getPaintProperty(layer, 'fill-color') === signal) return;
      map.setPaintProperty(layer, 'fill-color', signal);
      map.setPaintProperty(layer, 'fill-opacity', 1);
    },
    [LAYER.outsideData, SIGNAL] as const,
  );
  await e.idle();
  return e.page.evaluate(() => {
    const map = window.mekong!.map!;
    // The map does not keep its drawing buffer: redraw, and copy the frame in the same task.
    map.redraw();
    const canvas = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, copy.width, copy.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 230 && data[i + 1]! < 40 && data[i + 2]! > 230) n++;
    return n;
  });
}

const closest = (views: readonly View[]) => views.reduce((a, b) => (b.margin < a.margin ? b : a));

test.describe('the map stays inside its data', () => {
  test.use({ reducedMotion: 'reduce' });

  for (const [width, height] of SIZES) {
    test(`${width}×${height}: the first view, every tour step and every country framed`, async ({ explorer, page }) => {
      await page.setViewportSize({ width, height });
      await explorer.open();
      /** Waits until the map has its container's size (a layout change reaches the canvas after the GPU's frame). */
      const sized = (presenting: boolean) =>
        page.waitForFunction((presenting) => {
          const map = window.mekong!.map!;
          const c = map.getContainer();
          return (
            document.body.classList.contains('is-presenting') === presenting &&
            map.getCanvas().clientWidth === c.clientWidth &&
            map.getCanvas().clientHeight === c.clientHeight
          );
        }, presenting);

      const [first] = await viewsOf(explorer, [{ first: true }]);
      // A selection may change the page's layout (a card, a sheet): the map has its size before the views are read.
      await viewsOf(explorer, [{ select: countries[0]! }]);
      await sized(false);
      const framed = await viewsOf(
        explorer,
        countries.map((id) => ({ select: id })),
      );

      await page.evaluate(() => window.mekong!.store.getState().startTour(1));
      await expect(page.locator(`.present[data-step="${steps[1]!.id}"]`)).toHaveAttribute('data-framed', 'true');
      await sized(true);
      // Each step framed again now that the map has its place: the first one last.
      const order = [...steps.keys()].slice(2).concat([1, 0]);
      const tour = await viewsOf(
        explorer,
        order.map((step) => ({ step, id: steps[step]!.id })),
      );

      const views = [first!, ...framed, ...tour];
      // A hair of rounding is allowed on the bounds.
      expect.soft(views.filter((v) => v.beyond > 1e-6).map((v) => `${v.name}: ${v.beyond.toFixed(3)}° beyond the data`)).toEqual([]);

      // Pixels are read (a full redraw on a software GPU) in the view that comes closest to the data's edge.
      const nearest = closest(views);
      if (!('step' in nearest.action)) {
        await page.evaluate(() => window.mekong!.store.getState().stopTour());
        await sized(false);
        if ('first' in nearest.action) await page.evaluate(() => window.mekong!.store.getState().clearSelection());
      }
      await viewsOf(explorer, [nearest.action]);
      expect(await veilPixels(explorer), `veil pixels in the ${nearest.name}`).toBe(0);
    });
  }
});
