// A route's line from its waypoints: each leg follows a road, railway or river line where both its ends lie
// near one, and is drawn straight and marked schematic otherwise (as the built-in pack's corridors.geojson
// marks a leg with no line in its map data: `quality: "schematic"`, `geometrySource: null`, no `trace` lines).
import nearestPointOnLine from '@turf/nearest-point-on-line';
import type { Feature, LineString, Position } from 'geojson';
import type { CorridorLeg } from '../content/schema.ts';
import type { CorridorMode } from '../content/types.ts';

/** A waypoint further than this from a line is not on it: the leg is drawn straight. */
export const SNAP_KM = 5;
/** Straight joins from the waypoints to the line longer than this, and more than a quarter of the leg (the
 *  content build's own rule, scripts/build-content.mjs), mean the line does not run between them. */
const MAX_JOIN_KM = 3;
const MAX_JOIN_SHARE = 0.25;

/** The id a line may carry, as the format's `trace.lines` names lines: its kind (the leg's mode) and a slug. */
export const LINE_ID = /^(road|rail|river):[a-z0-9-]+$/;

/** A road, railway or river line to follow: a LineString with an id (`road:…`, `rail:…`, `river:…`) on the feature or in its properties. */
export type TraceLine = Feature<
  LineString,
  { readonly id?: string; readonly name?: string; readonly geometrySource?: string; readonly licence?: string } | null
>;

export interface LegShape {
  readonly coords: Position[];
  readonly quality: CorridorLeg['quality'];
  readonly line: TraceLine | null;
  readonly lineId: string | null;
  /** Straight distance from each waypoint to the line it follows, km (0 for a schematic leg). */
  readonly joinKm: readonly [number, number];
}

export function lineIdOf(line: TraceLine): string | null {
  const id = line.properties?.id ?? line.id;
  return typeof id === 'string' && LINE_ID.test(id) ? id : null;
}

/** Coordinates to 5 decimals (about a metre), as the pack's files write them. */
const round = (p: Position): [number, number] => [Math.round(p[0]! * 1e5) / 1e5 + 0, Math.round(p[1]! * 1e5) / 1e5 + 0];
const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * The shape of a leg from `a` to `b`: along the line of its mode whose snapped ends are nearest the waypoints
 * (the part of the line between the points nearest to each, with the short joins from the waypoints to them), or
 * straight from `a` to `b`. The waypoints themselves are the leg's ends, so legs always meet.
 */
export function legShape(a: Position, b: Position, mode: CorridorMode, lines: readonly TraceLine[]): LegShape {
  let best: { line: TraceLine; id: string; sa: Snap; sb: Snap; joins: number } | null = null;
  for (const line of lines) {
    const id = lineIdOf(line);
    if (!id || !id.startsWith(`${mode}:`) || line.geometry.coordinates.length < 2) continue;
    const sa = snap(line, a);
    const sb = snap(line, b);
    if (sa.km > SNAP_KM || sb.km > SNAP_KM) continue;
    const joins = sa.km + sb.km;
    const along = Math.abs(sb.along - sa.along);
    if (joins > MAX_JOIN_KM && joins > MAX_JOIN_SHARE * (joins + along)) continue;
    if (!best || joins < best.joins) best = { line, id, sa, sb, joins };
  }
  if (!best) return { coords: [round(a), round(b)], quality: 'schematic', line: null, lineId: null, joinKm: [0, 0] };
  const coords = [round(a), ...slice(best.line.geometry.coordinates, best.sa, best.sb).map(round), round(b)];
  const deduped = coords.filter((p, i) => i === 0 || !same(p, coords[i - 1]!));
  return { coords: deduped, quality: 'traced', line: best.line, lineId: best.id, joinKm: [best.sa.km, best.sb.km] };
}

interface Snap {
  readonly at: Position;
  /** The segment the point is on. */
  readonly segment: number;
  /** Distance along the line, km. */
  readonly along: number;
  /** Distance from the waypoint, km. */
  readonly km: number;
}

function snap(line: TraceLine, p: Position): Snap {
  const n = nearestPointOnLine(line.geometry, p, { units: 'kilometers' });
  return { at: n.geometry.coordinates, segment: n.properties.segmentIndex, along: n.properties.totalDistance, km: n.properties.pointDistance };
}

/** The part of `coords` between two snapped points, in the direction from `a` to `b`. */
function slice(coords: readonly Position[], a: Snap, b: Snap): Position[] {
  const forward = a.along <= b.along;
  const [s, e] = forward ? [a, b] : [b, a];
  const out: Position[] = [s.at];
  for (let i = s.segment + 1; i <= e.segment; i++) out.push(coords[i]!);
  out.push(e.at);
  return forward ? out : out.reverse();
}

/** Where the line came from, for `geometrySource`: as the line says, or from its licence (OpenStreetMap's is the ODbL). */
export function geometrySourceOf(line: TraceLine): CorridorLeg['geometrySource'] {
  const p = line.properties;
  if (p?.geometrySource === 'osm' || p?.geometrySource === 'natural-earth') return p.geometrySource;
  if (p?.licence?.startsWith('ODbL')) return 'osm';
  if (p?.licence?.startsWith('Public domain')) return 'natural-earth';
  return null;
}
