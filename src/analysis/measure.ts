// A pupil's measure between two ends (places or points on the map): the straight line over the Earth's surface and,
// where a route of the map passes both ends, the distance along it between them. Pure: the readout and the map's
// drawing both derive what they show from the same function. Loaded on first use (the readout and the map's
// measure binding import it dynamically), so the first view carries none of it.
import distance from '@turf/distance';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Position } from 'geojson';
import type { ContentIndex } from '../content/index.ts';
import type { CorridorFeature } from '../content/schema.ts';
import { ensurePart, formatNumber, t } from '../i18n/index.ts';
import { NOT_IN_USE, type CorridorId, type CorridorStatus, type InfrastructureStatus, type PlaceId } from '../content/types.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

/** One end as the store keeps it: where it is, and the place it is if it is one. */
export interface MeasureEndInput {
  readonly lngLat: readonly [number, number];
  readonly place: string | null;
}

/** An end as measured: a place of the pack (at its own coordinates) or a point on the map. */
export interface MeasuredEnd {
  readonly at: Position;
  readonly place: PlaceId | null;
  readonly name: string | null;
  /** How far the place may be from where it is drawn (its `uncertaintyKm`); `approximate` may hold without a figure. */
  readonly uncertaintyKm: number | null;
  readonly approximate: boolean;
  readonly sources: readonly string[];
}

/** The stretch of one route between the two ends. */
export interface RouteStretch {
  readonly corridor: CorridorId;
  readonly name: string;
  readonly status: CorridorStatus;
  readonly infrastructure: InfrastructureStatus;
  /** In use (in part at least) on infrastructure in use, as the map draws it solid; anything else is labelled for what it is. */
  readonly working: boolean;
  readonly km: number;
  /** How much of `km` runs along legs drawn straight between towns (the real way is longer). */
  readonly schematicKm: number;
  /** The stretch's line, from the first end's side to the second's. */
  readonly coords: readonly Position[];
  /** How far each end lies from the route's line (0 for a waypoint). */
  readonly offKm: readonly [number, number];
  readonly sources: readonly string[];
}

export interface Measurement {
  readonly ends: readonly [MeasuredEnd, MeasuredEnd];
  /** Great-circle distance between the two ends. */
  readonly straightKm: number;
  /** The great circle between the ends, as points close enough for the map to draw it as a curve. */
  readonly line: readonly Position[];
  /** Routes that pass both ends, working ones first, then the shorter. */
  readonly routes: readonly RouteStretch[];
}

export type MeasureInput = Pick<ContentIndex, 'corridors' | 'places'>;

/** An end that is not a waypoint counts as on a route when it lies this close to the route's line. */
export const NEAR_ROUTE_KM = 5;
/** Two ends closer than this along a route are the same spot on it: no stretch between them. */
const SAME_SPOT_KM = 0.05;

/**
 * A distance as a pupil reads it, in km with thousands grouped as the interface's language groups them: one
 * decimal under 10 km, the nearest km under 1,000 km, the nearest 10 km beyond (the map's lines are not more
 * precise than that over such lengths).
 */
export function formatKm(km: number): string {
  const n = Math.max(0, km);
  if (n < 9.95) return t('details.km', { km: formatNumber(n, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  const whole = Math.round(n);
  return t('details.km', { km: whole < 1000 ? whole : Math.round(n / 10) * 10 });
}

export function straightKm(a: Position, b: Position): number {
  return distance(a as number[], b as number[], { units: 'kilometers' });
}

/** Points along the great circle from a to b (at most every ~20 km, at least the two ends). */
export function greatCircle(a: Position, b: Position, maxPoints = 128): Position[] {
  const rad = Math.PI / 180;
  const toVec = (p: Position): [number, number, number] => {
    const [lng, lat] = [p[0]! * rad, p[1]! * rad];
    return [Math.cos(lat) * Math.cos(lng), Math.cos(lat) * Math.sin(lng), Math.sin(lat)];
  };
  const [u, v] = [toVec(a), toVec(b)];
  const angle = Math.acos(Math.min(1, Math.max(-1, u[0] * v[0] + u[1] * v[1] + u[2] * v[2])));
  const n = Math.min(maxPoints - 1, Math.max(1, Math.ceil(straightKm(a, b) / 20)));
  if (angle < 1e-9 || n === 1)
    return [
      [a[0]!, a[1]!],
      [b[0]!, b[1]!],
    ];
  const out: Position[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const s = Math.sin(angle);
    const [ka, kb] = [Math.sin((1 - t) * angle) / s, Math.sin(t * angle) / s];
    const [x, y, z] = [ka * u[0] + kb * v[0], ka * u[1] + kb * v[1], ka * u[2] + kb * v[2]];
    out.push([Math.atan2(y, x) / rad, Math.atan2(z, Math.hypot(x, y)) / rad]);
  }
  // The ends exactly as given (no rounding drift).
  out[0] = [a[0]!, a[1]!];
  out[n] = [b[0]!, b[1]!];
  return out;
}

function endOf(input: MeasureInput, e: MeasureEndInput): MeasuredEnd {
  const place = e.place ? input.places.get(e.place) : undefined;
  if (!place) return { at: [e.lngLat[0], e.lngLat[1]], place: null, name: null, uncertaintyKm: null, approximate: false, sources: [] };
  const p = place.properties;
  const [lng, lat] = place.geometry.coordinates;
  return {
    at: [lng!, lat!],
    place: p.id,
    name: p.name,
    uncertaintyKm: p.uncertaintyKm,
    approximate: p.approximate || p.uncertaintyKm !== null,
    sources: p.sources,
  };
}

/** Distance from the line's start to each of its vertices (km), as @turf/length adds it up. */
export function cumulativeKm(coords: readonly Position[]): number[] {
  const cum = [0];
  for (let i = 1; i < coords.length; i++) cum.push(cum[i - 1]! + straightKm(coords[i - 1]!, coords[i]!));
  return cum;
}

/** Where an end lies along a route: km from the line's start, the point on the line, and how far off it the end is. */
interface OnLine {
  readonly km: number;
  readonly at: Position;
  readonly offKm: number;
}

function onLine(f: CorridorFeature, cum: readonly number[], end: MeasuredEnd): OnLine | null {
  const coords = f.geometry.coordinates;
  // A waypoint is where its legs meet on the line.
  if (end.place && f.properties.waypoints.includes(end.place)) {
    const legs = f.properties.legs;
    const from = legs.find((l) => l.from === end.place);
    const vertex = from ? from.start : legs.find((l) => l.to === end.place)?.end;
    if (vertex !== undefined && coords[vertex]) return { km: cum[vertex]!, at: coords[vertex], offKm: 0 };
  }
  const near = nearestPointOnLine(f.geometry, end.at as number[], { units: 'kilometers' });
  if (near.properties.pointDistance > NEAR_ROUTE_KM) return null;
  return { km: near.properties.totalDistance, at: near.geometry.coordinates, offKm: near.properties.pointDistance };
}

/** The line between two points on it, given as km from the line's start. */
export function sliceKm(coords: readonly Position[], cum: readonly number[], a: OnLine, b: OnLine): Position[] {
  const [lo, hi] = a.km <= b.km ? [a, b] : [b, a];
  const inner = coords.filter((_, k) => cum[k]! > lo.km && cum[k]! < hi.km);
  const out = [lo.at, ...inner, hi.at];
  return a.km <= b.km ? out : out.reverse();
}

function stretchOf(f: CorridorFeature, a: MeasuredEnd, b: MeasuredEnd): RouteStretch | null {
  const coords = f.geometry.coordinates;
  const cum = cumulativeKm(coords);
  const [pa, pb] = [onLine(f, cum, a), onLine(f, cum, b)];
  if (!pa || !pb || Math.abs(pa.km - pb.km) < SAME_SPOT_KM) return null;
  const [lo, hi] = [Math.min(pa.km, pb.km), Math.max(pa.km, pb.km)];
  let schematicKm = 0;
  for (const leg of f.properties.legs) {
    if (leg.quality !== 'schematic') continue;
    schematicKm += Math.max(0, Math.min(hi, cum[leg.end] ?? 0) - Math.max(lo, cum[leg.start] ?? 0));
  }
  const p = f.properties;
  return {
    corridor: p.id,
    name: p.name,
    status: p.status,
    infrastructure: p.infrastructure,
    working: !NOT_IN_USE.includes(p.status) && p.infrastructure === 'in-use',
    km: hi - lo,
    schematicKm,
    coords: sliceKm(coords, cum, pa, pb),
    offKm: [pa.offKm, pb.offKm],
    sources: p.sources,
  };
}

/** The measure between two ends: straight, and along every route of the pack that passes both. */
export function measure(input: MeasureInput, a: MeasureEndInput, b: MeasureEndInput): Measurement {
  const ends = [endOf(input, a), endOf(input, b)] as const;
  const routes: RouteStretch[] = [];
  for (const f of input.corridors.values()) {
    const s = stretchOf(f, ends[0], ends[1]);
    if (s) routes.push(s);
  }
  routes.sort((x, y) => Number(y.working) - Number(x.working) || x.km - y.km);
  return { ends, straightKm: straightKm(ends[0].at, ends[1].at), line: greatCircle(ends[0].at, ends[1].at), routes };
}
