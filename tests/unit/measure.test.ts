// A pupil's measure (issue #18): the straight line, the distance along a route between the two ends, how figures
// are rounded, and how a route is said for what it is (a plan never as a working route, schematic stretches
// flagged); and the store's slice that keeps the ends.
import length from '@turf/length';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { kmBetween } from '../../src/analysis/corridors.ts';
import { formatKm, greatCircle, measure, NEAR_ROUTE_KM, straightKm, type MeasureEndInput } from '../../src/analysis/measure.ts';
import { buildIndex } from '../../src/content/index.ts';
import { NOT_IN_USE } from '../../src/content/types.ts';
import { createAppStore } from '../../src/state/store.ts';
import { loadPack } from './helpers/pack.ts';

const index = buildIndex(loadPack());
const place = (id: string): MeasureEndInput => {
  const p = index.places.get(id)!;
  const [lng, lat] = p.geometry.coordinates as [number, number];
  return { lngLat: [lng, lat], place: id };
};
const point = (lng: number, lat: number): MeasureEndInput => ({ lngLat: [lng, lat], place: null });
const line = (coords: readonly Position[]) => ({
  type: 'Feature' as const,
  properties: {},
  geometry: { type: 'LineString' as const, coordinates: coords as Position[] },
});

describe('figures', () => {
  it('are in km: one decimal under 10 km, the nearest km under 1,000 km, the nearest 10 km beyond, thousands grouped', () => {
    expect(formatKm(0)).toBe('0.0 km');
    expect(formatKm(7.44)).toBe('7.4 km');
    expect(formatKm(9.94)).toBe('9.9 km');
    expect(formatKm(9.96)).toBe('10 km');
    expect(formatKm(245.4)).toBe('245 km');
    expect(formatKm(999.4)).toBe('999 km');
    expect(formatKm(999.6)).toBe('1,000 km');
    expect(formatKm(1234)).toBe('1,230 km');
    expect(formatKm(1236)).toBe('1,240 km');
    expect(formatKm(12_345)).toBe('12,350 km');
  });
});

describe('the straight line', () => {
  it('is the great-circle distance: a degree of a meridian, a quarter of one', () => {
    // The mean Earth radius turf uses (6,371.0088 km): 2πR / 360 and 2πR / 4.
    expect(straightKm([104, 0], [104, 1])).toBeCloseTo(111.195, 2);
    expect(straightKm([0, 0], [0, 90])).toBeCloseTo(10_007.54, 1);
  });

  it('is drawn along the great circle, from one end to the other', () => {
    const [a, b] = [
      [102.6, 17.96667],
      [104.91601, 11.56245],
    ];
    const gc = greatCircle(a, b);
    expect(gc[0]).toEqual(a);
    expect(gc[gc.length - 1]).toEqual(b);
    expect(gc.length).toBeGreaterThan(10);
    // Every point lies on the shortest way: the two parts add up to the whole.
    for (const p of gc) expect(straightKm(a, p) + straightKm(p, b)).toBeCloseTo(straightKm(a, b), 6);
  });
});

describe('along a route', () => {
  it('between two waypoints is the slice of the line between them, as turf measures it', () => {
    const id = 'corridor:laos-da-nang';
    const f = index.corridors.get(id)!;
    const r = measure(index, place('place:savannakhet'), place('place:dong-ha'));
    const s = r.routes.find((x) => x.corridor === id)!;
    expect(s).toBeDefined();
    const legs = f.properties.legs;
    const [from, to] = [legs.find((l) => l.from === 'place:savannakhet')!.start, legs.find((l) => l.to === 'place:dong-ha')!.end];
    const slice = f.geometry.coordinates.slice(from, to + 1);
    expect(s.coords).toEqual(slice);
    expect(s.km).toBeCloseTo(length(line(slice), { units: 'kilometers' }), 6);
    expect(s.km).toBeCloseTo(kmBetween(f, index.corridorMetrics.get(id)!, 'place:savannakhet', 'place:dong-ha')!, 6);
    expect(s.offKm).toEqual([0, 0]);
    // The straight line is shorter than the road.
    expect(r.straightKm).toBeLessThan(s.km);
  });

  it('is the same either way round, drawn from the first end', () => {
    const there = measure(index, place('place:vientiane'), place('place:lak-xao')).routes.find((x) => x.corridor === 'corridor:laos-route8-vietnam')!;
    const back = measure(index, place('place:lak-xao'), place('place:vientiane')).routes.find((x) => x.corridor === 'corridor:laos-route8-vietnam')!;
    expect(back.km).toBeCloseTo(there.km, 9);
    expect(back.coords).toEqual([...there.coords].reverse());
  });

  it('between points near the line is measured between their nearest points on it', () => {
    const id = 'corridor:laos-route8-vietnam';
    const f = index.corridors.get(id)!;
    const coords = f.geometry.coordinates;
    const [p, q] = [coords[60]!, coords[260]!];
    // A little off the line (about 1 km north).
    const [a, b] = [point(p[0]!, p[1]! + 0.01), point(q[0]!, q[1]! + 0.01)];
    const s = measure(index, a, b).routes.find((x) => x.corridor === id)!;
    expect(s).toBeDefined();
    const na = nearestPointOnLine(f.geometry, [...a.lngLat], { units: 'kilometers' });
    const nb = nearestPointOnLine(f.geometry, [...b.lngLat], { units: 'kilometers' });
    expect(s.km).toBeCloseTo(nb.properties.totalDistance - na.properties.totalDistance, 6);
    expect(s.km).toBeCloseTo(length(line(s.coords), { units: 'kilometers' }), 6);
    expect(s.offKm[0]).toBeCloseTo(na.properties.pointDistance, 6);
    expect(s.offKm[0]).toBeGreaterThan(0.5);
    expect(s.offKm[0]).toBeLessThan(NEAR_ROUTE_KM);
  });

  it('is not offered where no route passes both ends', () => {
    expect(measure(index, place('place:bangkok'), place('place:da-nang')).routes).toEqual([]);
    // Far off every line.
    expect(measure(index, point(100, 8), point(110, 8)).routes).toEqual([]);
  });
});

describe('what a route is said to be', () => {
  it('never shows a plan, or a way not in use, as a working route; the working ones come first', () => {
    const r = measure(index, place('place:phnom-penh'), place('place:kratie'));
    const ids = r.routes.map((x) => x.corridor);
    expect(ids).toEqual(expect.arrayContaining(['corridor:laos-sihanoukville-road', 'corridor:mekong-river', 'corridor:farm-exports-to-china']));
    for (const s of r.routes) {
      const f = index.corridors.get(s.corridor)!.properties;
      expect(s.status).toBe(f.status);
      expect(s.infrastructure).toBe(f.infrastructure);
      expect(s.working).toBe(!NOT_IN_USE.includes(f.status) && f.infrastructure === 'in-use');
    }
    expect(r.routes.find((x) => x.corridor === 'corridor:farm-exports-to-china')!.working).toBe(false); // planned
    expect(r.routes.find((x) => x.corridor === 'corridor:mekong-river')!.working).toBe(false); // no service, interrupted
    const working = r.routes.map((x) => x.working);
    expect(working).toEqual([...working].sort((x, y) => Number(y) - Number(x)));
    expect(measure(index, place('place:savannakhet'), place('place:da-nang')).routes[0]!.working).toBe(true);
    // In use in part, on a way planned in part (Vientiane – Thakhek – Vung Ang): not drawn as a working route.
    const vungAng = measure(index, place('place:vientiane'), place('place:thakhek')).routes.find((x) => x.corridor === 'corridor:laos-vung-ang')!;
    expect(vungAng).toMatchObject({ status: 'partly-in-use', infrastructure: 'partly-planned', working: false });
  });

  it('says how much of the stretch is schematic (drawn straight)', () => {
    const road = 'corridor:laos-sihanoukville-road';
    // Traced all the way: Vientiane to Pakxan.
    expect(measure(index, place('place:vientiane'), place('place:pakxan')).routes.find((x) => x.corridor === road)!.schematicKm).toBe(0);
    // Kampong Cham – Skun – Phnom Penh: both legs drawn straight.
    const s = measure(index, place('place:kampong-cham'), place('place:phnom-penh')).routes.find((x) => x.corridor === road)!;
    expect(s.schematicKm).toBeCloseTo(s.km, 6);
    // Part of it: Kratie to Phnom Penh.
    const part = measure(index, place('place:kratie'), place('place:phnom-penh')).routes.find((x) => x.corridor === road)!;
    expect(part.schematicKm).toBeGreaterThan(0);
    expect(part.schematicKm).toBeLessThan(part.km);
  });

  it('flags an approximate place with its uncertainty, and takes a place at its own coordinates', () => {
    const r = measure(index, { lngLat: [0, 0], place: 'place:skun' }, place('place:phnom-penh'));
    expect(r.ends[0]).toMatchObject({ place: 'place:skun', approximate: true, uncertaintyKm: 15, at: index.places.get('place:skun')!.geometry.coordinates });
    expect(r.ends[1]).toMatchObject({ approximate: false, uncertaintyKm: null });
  });
});

describe('the measure slice', () => {
  const end = (lng: number) => ({ lngLat: [lng, 12] as const, place: null });

  it('takes two clicks as the ends, and a third starts a new measure', () => {
    const store = createAppStore();
    store.getState().measureAt(end(100));
    expect(store.getState().measure.ends).toEqual([]); // the tool is off
    store.getState().setMeasureOn(true);
    for (const lng of [100, 101, 102]) store.getState().measureAt(end(lng));
    expect(store.getState().measure.ends).toEqual([end(102)]);
    store.getState().measureAt(end(103));
    expect(store.getState().measure.ends).toEqual([end(102), end(103)]);
  });

  it('clears on Esc, and puts the tool away on a second Esc; turning it off clears it', () => {
    const store = createAppStore();
    store.getState().setMeasureEnd(1, end(101));
    expect(store.getState().measure).toEqual({ on: true, ends: [null, end(101)] });
    store.getState().measureAt(end(100)); // the missing end
    expect(store.getState().measure.ends).toEqual([end(100), end(101)]);
    expect(store.getState().escapeMeasure()).toBe(true);
    expect(store.getState().measure).toEqual({ on: true, ends: [] });
    expect(store.getState().escapeMeasure()).toBe(true);
    expect(store.getState().measure.on).toBe(false);
    expect(store.getState().escapeMeasure()).toBe(false);
    store.getState().setMeasureEnd(0, end(100));
    store.getState().setMeasureOn(false);
    expect(store.getState().measure).toEqual({ on: false, ends: [] });
  });

  it('refuses an end outside the world', () => {
    const store = createAppStore();
    store.getState().setMeasureOn(true);
    store.getState().measureAt({ lngLat: [200, 0], place: null });
    store.getState().setMeasureEnd(0, { lngLat: [Number.NaN, 0], place: null });
    expect(store.getState().measure.ends).toEqual([]);
  });
});
