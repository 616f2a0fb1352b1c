// The story's "How can … reach the sea?" comparison: every way the data offers from the pack's origins to a
// seaport, measured along the corridors (never typed in). The routes panel renders it, the unit tests check it.
import type { Position } from 'geojson';
import type { ContentIndex } from '../content/index.ts';
import type { CorridorFeature } from '../content/schema.ts';
import type { CorridorId, CorridorMode, CorridorStatus, PlaceId } from '../content/types.ts';
import { story } from '../content/story.ts';
import { kmBetween, type BorderCrossing, type CorridorMetrics } from './corridors.ts';

/** The places the comparison starts from (the pack's comparison.origins). */
export function comparisonOrigins(): readonly PlaceId[] {
  return story().comparison?.origins ?? [];
}

export type CompareInput = Pick<ContentIndex, 'corridors' | 'corridorMetrics' | 'places'>;

export interface RouteRow {
  /** The place asked about (one of the comparison's origins). */
  readonly origin: PlaceId;
  /** The corridor's waypoint the distance is measured from: the city or its stand-in. */
  readonly from: PlaceId;
  readonly seaport: PlaceId;
  readonly corridor: CorridorId;
  /** Distance along the corridor between `from` and `seaport`. */
  readonly km: number;
  /** Border crossings on the corridor between `from` and `seaport`. */
  readonly crossings: readonly BorderCrossing[];
  /** Modes of the legs between them, in route order. */
  readonly modes: readonly CorridorMode[];
  readonly status: CorridorStatus;
  /** How much of `km` runs along schematic (straight, town-to-town) legs. */
  readonly schematicKm: number;
}

export interface Unreached {
  readonly seaport: PlaceId;
  /** Corridors that do reach the seaport, but from none of the origins. */
  readonly corridors: readonly CorridorId[];
}

export interface Comparison {
  readonly rows: readonly RouteRow[];
  readonly seaports: readonly string[];
  readonly unreached: readonly Unreached[];
}

/**
 * The places that count as an origin: itself, then its stand-ins (the pack's comparison.standIns: a corridor
 * that starts at a dry port or station in a city is taken to start in that city). The city always comes first.
 */
export function originPlaces(origin: PlaceId): readonly PlaceId[] {
  return [origin, ...(story().comparison?.standIns[origin] ?? [])];
}

function legRange(f: CorridorFeature, from: string, to: string): [number, number] | null {
  const w = f.properties.waypoints;
  const i = w.findIndex((p) => p === from);
  const j = w.findIndex((p) => p === to);
  if (i < 0 || j < 0 || i === j) return null;
  return i < j ? [i, j] : [j, i];
}

/** Squared planar distance from p to the segment ab, in degrees (enough to tell which segment p lies on). */
function segmentDist2(p: Position, a: Position, b: Position): number {
  const [px, py] = [p[0]!, p[1]!];
  const [ax, ay, bx, by] = [a[0]!, a[1]!, b[0]!, b[1]!];
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/**
 * The leg a border crossing lies on. A crossing is recorded at the first sampled point inside the new country,
 * which lies on the line; the border itself is just before that point, so a point on a vertex belongs to the
 * segment that ends there (the earlier one).
 */
export function legOfCrossing(f: CorridorFeature, crossing: BorderCrossing): number {
  const coords = f.geometry.coordinates;
  let best = -1;
  let bestD = Infinity;
  for (let k = 0; k < coords.length - 1; k++) {
    const d = segmentDist2(crossing.at, coords[k]!, coords[k + 1]!);
    if (d < bestD - 1e-18) {
      bestD = d;
      best = k;
    }
  }
  return f.properties.legs.findIndex((leg) => leg.start <= best && best < leg.end);
}

/** Border crossings between two waypoints of a corridor (all of them when the two are its ends). */
export function crossingsBetween(f: CorridorFeature, m: CorridorMetrics, from: string, to: string): BorderCrossing[] {
  const r = legRange(f, from, to);
  if (!r) return [];
  return m.crossings.filter((c) => {
    const leg = legOfCrossing(f, c);
    return leg >= r[0] && leg < r[1];
  });
}

/** Kilometres of schematic legs between two waypoints. */
export function schematicKmBetween(f: CorridorFeature, m: CorridorMetrics, from: string, to: string): number {
  const r = legRange(f, from, to);
  if (!r) return 0;
  let km = 0;
  for (let k = r[0]; k < r[1]; k++) if (f.properties.legs[k]?.quality === 'schematic') km += m.legKm[k] ?? 0;
  return km;
}

/** Whether every leg between two waypoints follows a real line. */
export function tracedBetween(f: CorridorFeature, from: string, to: string): boolean {
  const r = legRange(f, from, to);
  if (!r) return false;
  return f.properties.legs.slice(r[0], r[1]).every((l) => l.quality === 'traced');
}

function modesBetween(f: CorridorFeature, from: string, to: string): CorridorMode[] {
  const r = legRange(f, from, to);
  if (!r) return [];
  const out: CorridorMode[] = [];
  for (const leg of f.properties.legs.slice(r[0], r[1])) if (!out.includes(leg.mode)) out.push(leg.mode);
  return out;
}

/** Every (origin, seaport, corridor) the data offers, with distances and crossings measured on the map. */
export function compareRoutes(index: CompareInput, origins: readonly PlaceId[] = comparisonOrigins()): Comparison {
  const seaports = [...index.places.values()].filter((p) => p.properties.type === 'seaport').map((p) => p.properties.id);
  const rows: RouteRow[] = [];
  for (const origin of origins) {
    for (const seaport of seaports) {
      for (const [id, f] of index.corridors) {
        const m = index.corridorMetrics.get(id);
        const w = f.properties.waypoints;
        if (!m || !w.includes(seaport)) continue;
        const from = originPlaces(origin).find((p) => w.includes(p));
        if (!from) continue;
        const km = kmBetween(f, m, from, seaport);
        if (km === null) continue;
        rows.push({
          origin,
          from,
          seaport,
          corridor: f.properties.id,
          km,
          crossings: crossingsBetween(f, m, from, seaport),
          modes: modesBetween(f, from, seaport),
          status: f.properties.status,
          schematicKm: schematicKmBetween(f, m, from, seaport),
        });
      }
    }
  }
  const unreached = seaports
    .filter((s) => !rows.some((r) => r.seaport === s))
    .map((seaport) => ({
      seaport,
      corridors: [...index.corridors.values()].filter((f) => f.properties.waypoints.includes(seaport)).map((f) => f.properties.id),
    }));
  return { rows, seaports, unreached };
}

export type SortKey = 'journey' | 'km' | 'crossings' | 'modes' | 'status' | 'schematicKm';
export type SortDir = 'ascending' | 'descending';

/** Rows sorted by one column; ties keep the journey order, so equal keys stay readable. */
export function sortRows(rows: readonly RouteRow[], key: SortKey, dir: SortDir, nameOf: (id: string) => string): RouteRow[] {
  const journey = (r: RouteRow) => `${nameOf(r.origin)} ${nameOf(r.seaport)} ${nameOf(r.corridor)}`;
  const value = (r: RouteRow): number | string => {
    switch (key) {
      case 'journey':
        return journey(r);
      case 'km':
        return r.km;
      case 'crossings':
        return r.crossings.length;
      case 'modes':
        return r.modes.join(', ');
      case 'status':
        return r.status;
      case 'schematicKm':
        return r.schematicKm;
    }
  };
  const sign = dir === 'ascending' ? 1 : -1;
  const cmp = (a: number | string, b: number | string) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)));
  return [...rows].sort((a, b) => sign * cmp(value(a), value(b)) || journey(a).localeCompare(journey(b)));
}
