// Corridor measurements computed from the data: lengths with turf, countries crossed against the polygons.
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import length from '@turf/length';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { CorridorFeature, CorridorLeg } from '../content/schema.ts';

export interface CountryShape {
  readonly id: string;
  readonly geometry: Polygon | MultiPolygon;
}

export interface BorderCrossing {
  readonly from: string;
  readonly to: string;
  readonly at: Position;
}

export interface CorridorMetrics {
  readonly lengthKm: number;
  readonly legKm: readonly number[];
  readonly schematicKm: number;
  /** Countries in the order the corridor passes through them. */
  readonly countries: readonly string[];
  readonly crossings: readonly BorderCrossing[];
}

function lineLengthKm(coords: readonly Position[]): number {
  if (coords.length < 2) return 0;
  const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords as Position[] } };
  return length(line, { units: 'kilometers' });
}

export function legCoords(coords: readonly Position[], leg: Pick<CorridorLeg, 'start' | 'end'>): Position[] {
  return coords.slice(leg.start, leg.end + 1) as Position[];
}

/** Points along a line no more than `stepKm` apart, so a long straight leg is tested along its length. */
export function samplePoints(coords: readonly Position[], stepKm = 3): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < coords.length; i++) {
    const a = coords[i]!;
    out.push(a);
    const b = coords[i + 1];
    if (!b) break;
    const d = distance(a, b, { units: 'kilometers' });
    const n = Math.floor(d / stepKm);
    for (let k = 1; k <= n; k++) {
      const t = k / (n + 1);
      out.push([a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t]);
    }
  }
  return out;
}

type BBox = readonly [number, number, number, number];
const bboxes = new WeakMap<CountryShape['geometry'], BBox>();

function bboxOf(g: CountryShape['geometry']): BBox {
  let b = bboxes.get(g);
  if (!b) {
    const [w, s, e, n] = bbox(g);
    b = [w, s, e, n];
    bboxes.set(g, b);
  }
  return b;
}

function inside(p: Position, c: CountryShape): boolean {
  const [w, s, e, n] = bboxOf(c.geometry);
  const [x, y] = p as [number, number];
  return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon(p, c.geometry);
}

/**
 * The country a point lies in, or null. `hint` (the country of the point before) is tried first, and a
 * bounding box rules most countries out before the polygon test; countries do not overlap, so the answer is
 * the same in any order.
 */
export function countryAt(p: Position, countries: readonly CountryShape[], hint?: CountryShape): CountryShape | null {
  if (hint && inside(p, hint)) return hint;
  for (const c of countries) if (c !== hint && inside(p, c)) return c;
  return null;
}

const SAMPLE_KM = 2;
const SETTLE_SAMPLES = 4;

export function corridorMetrics(f: CorridorFeature, countries: readonly CountryShape[]): CorridorMetrics {
  const coords = f.geometry.coordinates;
  const legKm = f.properties.legs.map((leg) => lineLengthKm(legCoords(coords, leg)));
  const schematicKm = f.properties.legs.reduce((s, leg, i) => s + (leg.quality === 'schematic' ? legKm[i]! : 0), 0);
  const order: string[] = [];
  const crossings: BorderCrossing[] = [];
  let current: string | null = null;
  let candidate = null as { id: string; at: Position; count: number } | null;
  let last: CountryShape | undefined;
  for (const p of samplePoints(coords, SAMPLE_KM)) {
    // Points on a border river or just offshore may fall outside every polygon: they keep the country before them.
    const shape = countryAt(p, countries, last);
    if (shape) last = shape;
    const c = shape?.id ?? null;
    if (!c || c === current) {
      if (c) candidate = null;
      continue;
    }
    candidate = candidate?.id === c ? { ...candidate, count: candidate.count + 1 } : { id: c, at: p, count: 1 };
    // A road that runs along a border wavers across it where the two datasets differ by a few km: a country
    // counts as entered once the line has stayed in it for a while (or where the line starts).
    if (current === null || candidate.count >= SETTLE_SAMPLES) {
      if (current) crossings.push({ from: current, to: c, at: candidate.at });
      if (!order.includes(c)) order.push(c);
      current = c;
      candidate = null;
    }
  }
  return { lengthKm: lineLengthKm(coords), legKm, schematicKm, countries: order, crossings };
}

/** Distance along a corridor between two of its waypoints (by the legs between them), or null. */
export function kmBetween(f: CorridorFeature, metrics: CorridorMetrics, from: string, to: string): number | null {
  const w = f.properties.waypoints;
  const i = w.findIndex((p) => p === from);
  const j = w.findIndex((p) => p === to);
  if (i < 0 || j < 0 || i === j) return null;
  const [a, b] = i < j ? [i, j] : [j, i];
  let km = 0;
  for (let k = a; k < b; k++) km += metrics.legKm[k] ?? 0;
  return km;
}
