// The classroom pen (issue #22): the store's ink, the pen's keys, and what the map draws from it.
import { describe, expect, it } from 'vitest';
import { arrowHead, inkFeatures } from '../../src/map/bindings/ink.ts';
import { keepLoadedData } from '../../src/map/bindings/style.ts';
import { MAX_PICTURE_CHARS, parseMessage } from '../../src/present/channel.ts';
import { fromPicture, strokeNear, toPicture } from '../../src/present/ink-view.ts';
import { inkKeyAction, tourKeyAction } from '../../src/present/keys.ts';
import { INK_LIMITS, toInk, toStroke, withoutStroke, withStroke, type InkStroke } from '../../src/state/ink-slice.ts';
import { createAppStore } from '../../src/state/store.ts';
import { INK_COLOUR_NAMES } from '../../src/styles/ink-colours.ts';

const stroke = (id: string, o: Partial<InkStroke> = {}): InkStroke => ({
  id,
  tool: 'pen',
  colour: 'red',
  coords: [
    [105, 12],
    [106, 13],
  ],
  ...o,
});
const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('the ink in the store', () => {
  it('keeps strokes per step: added, erased, cleared by step and all at once', () => {
    const store = createAppStore();
    const s = () => store.getState();
    expect(s().addStroke(1, stroke('a'))).toBe(true);
    expect(s().addStroke(1, stroke('b', { tool: 'arrow' }))).toBe(true);
    expect(s().addStroke(2, stroke('c', { tool: 'highlighter', colour: 'green' }))).toBe(true);
    expect(s().ink[1]!.map((x) => x.id)).toEqual(['a', 'b']);
    s().eraseStroke(1, 'a');
    expect(s().ink[1]!.map((x) => x.id)).toEqual(['b']);
    s().clearStepInk(1);
    expect(s().ink[1]).toBeUndefined();
    expect(s().ink[2]).toHaveLength(1);
    s().clearAllInk();
    expect(s().ink).toEqual({});
  });

  it('refuses what is not a stroke: a bad tool, colour or position, too few or too many points, a second stroke with the same id', () => {
    const store = createAppStore();
    const add = (x: unknown, step = 0) => store.getState().addStroke(step, x as InkStroke);
    expect(add(stroke('a', { tool: 'laser' as never }))).toBe(false);
    expect(add(stroke('a', { colour: 'chartreuse' as never }))).toBe(false);
    expect(add(stroke('a', { coords: [[105, 12]] }))).toBe(false);
    expect(
      add(
        stroke('a', {
          coords: [
            [105, 12],
            [Number.NaN, 3],
          ],
        }),
      ),
    ).toBe(false);
    expect(
      add(
        stroke('a', {
          coords: [
            [105, 12],
            [200, 3],
          ],
        }),
      ),
    ).toBe(false);
    expect(add(stroke('a', { coords: Array.from({ length: INK_LIMITS.pointsPerStroke + 1 }, (_, i) => [100 + i / 1e4, 10] as const) }))).toBe(false);
    expect(add(stroke('x'.repeat(INK_LIMITS.idLength + 1)))).toBe(false);
    expect(add(stroke('a'), -1)).toBe(false);
    expect(add(stroke('a'))).toBe(true);
    expect(add(stroke('a'))).toBe(false);
    expect(store.getState().ink[0]).toHaveLength(1);
  });

  it('holds at most so many strokes on a step', () => {
    let ink = {};
    for (let i = 0; i <= INK_LIMITS.strokesPerStep; i++) ink = withStroke(ink, 3, stroke(`s${i}`));
    expect(withStroke(ink, 3, stroke('one-more'))).toBe(ink);
    expect((ink as Record<number, unknown[]>)[3]).toHaveLength(INK_LIMITS.strokesPerStep);
  });

  it('changes nothing (the same object) when nothing is erased', () => {
    const ink = withStroke({}, 0, stroke('a'));
    expect(withoutStroke(ink, 0, 'b')).toBe(ink);
    expect(withoutStroke(ink, 1, 'a')).toBe(ink);
  });

  it('rounds positions, and reads ink from elsewhere only when all of it is valid', () => {
    expect(
      toStroke(
        stroke('a', {
          coords: [
            [105.123456789, 12],
            [106, 13],
          ],
        }),
        INK_COLOUR_NAMES,
      )!.coords[0],
    ).toEqual([105.123457, 12]);
    expect(toInk({ 1: [stroke('a')] }, INK_COLOUR_NAMES)).toEqual({ 1: [stroke('a')] });
    expect(toInk({ 1: [stroke('a'), { id: 'b' }] }, INK_COLOUR_NAMES)).toBeNull();
    expect(toInk({ '-1': [stroke('a')] }, INK_COLOUR_NAMES)).toBeNull();
    expect(toInk([], INK_COLOUR_NAMES)).toBeNull();
  });

  it('takes only the colours it knows, and a tool or none', () => {
    const store = createAppStore();
    store.getState().setInkColour('green');
    store.getState().setInkColour('chartreuse' as never);
    expect(store.getState().inkColour).toBe('green');
    store.getState().setInkTool('laser');
    expect(store.getState().inkTool).toBe('laser');
  });
});

describe("the pen's keys", () => {
  it('pick a tool, put it down again, clear the step; none of them is a tour key', () => {
    expect(inkKeyAction(key('d'), null)).toEqual({ type: 'tool', tool: 'pen' });
    expect(inkKeyAction(key('H', { shiftKey: true }), null)).toEqual({ type: 'tool', tool: 'highlighter' });
    expect(inkKeyAction(key('a'), null)).toEqual({ type: 'tool', tool: 'arrow' });
    expect(inkKeyAction(key('l'), null)).toEqual({ type: 'tool', tool: 'laser' });
    expect(inkKeyAction(key('e'), 'pen')).toEqual({ type: 'tool', tool: 'eraser' });
    expect(inkKeyAction(key('d'), 'pen')).toEqual({ type: 'tool', tool: null });
    expect(inkKeyAction(key('m'), 'arrow')).toEqual({ type: 'tool', tool: null });
    expect(inkKeyAction(key('c'), null)).toEqual({ type: 'clear-step' });
    for (const k of ['d', 'h', 'a', 'l', 'e', 'm', 'c']) expect(tourKeyAction(key(k), ''), k).toBeNull();
  });

  it('Esc puts a tool down first, and only then leaves the tour; keys with Ctrl, Alt or Meta are the browser’s', () => {
    expect(inkKeyAction(key('Escape'), 'pen')).toEqual({ type: 'tool', tool: null });
    expect(inkKeyAction(key('Escape'), null)).toBeNull();
    expect(inkKeyAction(key('c', { ctrlKey: true }), null)).toBeNull();
    expect(inkKeyAction(key('d', { metaKey: true }), null)).toBeNull();
    expect(inkKeyAction(key('ArrowRight'), 'pen')).toBeNull();
  });
});

describe('the ink on the map', () => {
  const flat = (p: readonly [number, number]) => [p[0] * 10, -p[1] * 10] as [number, number];
  const unflat = (p: readonly [number, number]) => [p[0] / 10, -p[1] / 10] as [number, number];

  it('draws each stroke as a line, and an arrow with a head at its end whose barbs lie behind the tip, either side', () => {
    const fc = inkFeatures(
      [
        stroke('p'),
        stroke('a', {
          tool: 'arrow',
          coords: [
            [100, 10],
            [110, 10],
          ],
        }),
      ],
      (a, b) => arrowHead(a, b, flat, unflat, 20),
    );
    expect(fc.features.map((f) => [f.properties!['id'], f.properties!['tool']])).toEqual([
      ['p', 'pen'],
      ['a', 'arrow'],
      ['a', 'arrow'],
    ]);
    const [left, tip, right] = fc.features[2]!.geometry.coordinates as [number, number][];
    expect(tip).toEqual([110, 10]);
    expect(left![0]).toBeLessThan(110);
    expect(right![0]).toBeLessThan(110);
    expect(Math.sign(left![1] - 10)).toBe(-Math.sign(right![1] - 10));
    // 20 px long, at about 26° to the shaft: about 18 px back.
    expect(Math.hypot((left![0] - 110) * 10, (left![1] - 10) * 10)).toBeCloseTo(20, 5);
  });

  it('gives a zero-length arrow no head', () => {
    expect(arrowHead([100, 10], [100, 10], flat, unflat)).toBeNull();
  });

  it("keeps the ink's data when the style is rebuilt (a new step, a new theme): the style's empty collection would wipe it", () => {
    const drawn = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } }] };
    const previous = { version: 8, sources: { ink: { type: 'geojson', data: drawn } }, layers: [] } as never;
    const next = { version: 8, sources: { ink: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, layers: [] } as never;
    expect((keepLoadedData(previous, next).sources['ink'] as { data: unknown }).data).toBe(drawn);
  });
});

describe("the presenter view's picture of the map", () => {
  const bounds = [100, 8, 110, 18] as const;

  it('places a lng/lat on the picture by Web Mercator, and back', () => {
    expect(toPicture([100, 18], bounds, 800, 600)).toEqual([0, 0]);
    const [x, y] = toPicture([110, 8], bounds, 800, 600);
    expect(x).toBeCloseTo(800, 9);
    expect(y).toBeCloseTo(600, 9);
    // Mercator: the middle latitude lies below the middle of the picture.
    expect(toPicture([105, 13], bounds, 800, 600)[1]).toBeGreaterThan(300);
    const back = fromPicture(toPicture([103.25, 11.5], bounds, 800, 600), bounds, 800, 600);
    expect(back[0]).toBeCloseTo(103.25, 9);
    expect(back[1]).toBeCloseTo(11.5, 9);
  });

  it('finds the stroke the eraser touches, within its reach only', () => {
    const strokes = [
      stroke('a', {
        coords: [
          [101, 10],
          [104, 10],
        ],
      }),
      stroke('b', {
        coords: [
          [101, 15],
          [104, 15],
        ],
      }),
    ];
    const on = toPicture([102, 10], bounds, 800, 600);
    expect(strokeNear(strokes, on, bounds, 800, 600, 10)).toBe('a');
    expect(strokeNear(strokes, [on[0], on[1] - 8], bounds, 800, 600, 10)).toBe('a');
    expect(strokeNear(strokes, [on[0], on[1] - 40], bounds, 800, 600, 10)).toBeNull();
  });

  const map = { type: 'map', step: 2, image: 'data:image/jpeg;base64,AAAA', width: 720, height: 480, bounds: [...bounds], strokes: [stroke('a')] };

  it('takes a picture, a stroke or an erase from the channel only when every field is valid', () => {
    expect(parseMessage(map)).toEqual(map);
    expect(parseMessage({ ...map, image: 'javascript:alert(1)' })).toBeNull();
    expect(parseMessage({ ...map, image: `data:image/jpeg;base64,${'A'.repeat(MAX_PICTURE_CHARS)}` })).toBeNull();
    expect(parseMessage({ ...map, width: 1e9 })).toBeNull();
    expect(parseMessage({ ...map, bounds: [110, 8, 100, 18] })).toBeNull();
    expect(parseMessage({ ...map, bounds: [100, 8, 110, Number.NaN] })).toBeNull();
    expect(parseMessage({ ...map, strokes: [{ ...stroke('a'), tool: 'laser' }] })).toBeNull();
    expect(parseMessage({ ...map, strokes: Array.from({ length: INK_LIMITS.strokesPerStep + 1 }, (_, i) => stroke(`s${i}`)) })).toBeNull();
    expect(parseMessage({ type: 'stroke', step: 1, stroke: stroke('n') })).toEqual({ type: 'stroke', step: 1, stroke: stroke('n') });
    expect(parseMessage({ type: 'stroke', step: -1, stroke: stroke('n') })).toBeNull();
    expect(parseMessage({ type: 'stroke', step: 1, stroke: { ...stroke('n'), coords: 'x' } })).toBeNull();
    expect(parseMessage({ type: 'erase', step: 1, id: 'n' })).toEqual({ type: 'erase', step: 1, id: 'n' });
    expect(parseMessage({ type: 'erase', step: 1, id: 'x'.repeat(INK_LIMITS.idLength + 1) })).toBeNull();
  });
});
