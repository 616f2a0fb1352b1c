// The tour's pure logic: what each step frames and highlights, what it measures, how steps are counted.
// No DOM, no store: the controller and the unit tests share it. Its words are the interface's (src/i18n/).
import { boundsOf, clipBounds, type Bounds } from '../analysis/framing.ts';
import { featureInfo, type ContentIndex } from '../content/index.ts';
import type { TourFile, TourStep } from '../content/schema.ts';
import { isSelectableId, type CorridorStatus, type SelectableId } from '../content/types.ts';
import { SCHEMATIC_SHARE_SHOWN, comparableKm, kmFigure, roundKm } from '../content/labels.ts';
import { kmBetween } from '../analysis/corridors.ts';
import { comparisonOrigins, originPlaces, schematicKmBetween } from '../analysis/compare.ts';
import { t } from '../i18n/index.ts';

export type TourIndex = Pick<ContentIndex, 'geometries' | 'passages' | 'targetsOf'>;

/** The box the camera frames for these features: the box around them all, cut to the story's extent. */
export function frameBox(ids: readonly string[], geometries: TourIndex['geometries']): Bounds | null {
  const whole = boundsOf(ids.flatMap((id) => (isSelectableId(id) ? (geometries.get(id) ?? []) : [])));
  return whole ? (clipBounds(whole) ?? whole) : null;
}

const EPS = 1e-9;

/**
 * How far (degrees) a feature may lie outside a frame's box and still be in view: the camera pads every frame
 * (6% of the map and more), so a waterfall a few hundred metres past the end of its river route is still shown.
 */
export const FRAME_SLACK = 0.04;

export function boxContains(outer: Bounds, inner: Bounds, slack = 0): boolean {
  const e = slack + EPS;
  return outer[0] <= inner[0] + e && outer[1] <= inner[1] + e && outer[2] >= inner[2] - e && outer[3] >= inner[3] - e;
}

const area = (b: Bounds) => (b[2] - b[0]) * (b[3] - b[1]);

/**
 * What the tour selects at a step so that the camera frames all of the step's features and highlights them.
 * The store frames one selection at a time (a feature, or a passage standing for the features it names), so
 * this picks the selection whose frame holds every feature of the step with the least to spare: the step's
 * own passage first when it fits as tightly, then one of the features itself, then any passage of the article.
 */
export function frameTargetOf(step: Pick<TourStep, 'features' | 'passage'>, index: TourIndex): SelectableId | null {
  // A feature the index has no shape for (the Mekong's line is drawn by the map only) cannot constrain the frame.
  const boxes = step.features.map((id) => frameBox([id], index.geometries)).filter((b): b is Bounds => b !== null);
  const candidates: SelectableId[] = [];
  const add = (id: string | null) => {
    if (id && isSelectableId(id) && !candidates.includes(id)) candidates.push(id);
  };
  add(step.passage);
  step.features.forEach(add);
  for (const id of index.passages.keys()) add(id);

  let best: SelectableId | null = null;
  let bestArea = Infinity;
  for (const c of candidates) {
    const targets = index.targetsOf(c);
    const box = targets.length ? frameBox(targets, index.geometries) : null;
    if (!box || !boxes.every((b) => boxContains(box, b, FRAME_SLACK))) continue;
    if (step.features.length === 0 && c !== step.passage) continue;
    if (area(box) < bestArea - EPS) {
      best = c;
      bestArea = area(box);
    }
  }
  return best;
}

/** "3 / 12": steps are counted from 1, the title slide included. */
export function stepLabel(step: number, count: number): string {
  return t('present.stepCount', { step: step + 1, count });
}

/** The corridors each step reveals, in order: the plan the store derives revealed corridors from. */
export function revealsOf(tour: TourFile | null): readonly (readonly string[])[] {
  return tour?.steps.map((s) => s.reveal) ?? [];
}

// --- Measured on the map ----------------------------------------------------------------------------------

export type FactsIndex = Pick<ContentIndex, 'corridors' | 'corridorMetrics' | 'places' | 'features'>;

export interface RouteFact {
  readonly id: string;
  readonly name: string;
  /** Where the length is measured from and to (names). */
  readonly from: string;
  readonly to: string;
  /** Length along the line as drawn on the map between `from` and `to` (turf, from the pack's geometry). */
  readonly km: number;
  /** Of which drawn straight between towns, where the data has no real line. */
  readonly schematicKm: number;
  /** The length in words, saying when it is a floor because part of it is drawn straight, and how much is. */
  readonly kmText: string;
  /** The same without the share drawn straight ("at least 560 km"), for a list that shows the share below it. */
  readonly kmFigure: string;
  /** The length is a floor ("at least"): part of the line is drawn straight, and the real way is longer. */
  readonly floor: boolean;
  /** "85 km drawn straight", or null when (almost) all of it follows real lines. */
  readonly straightText: string | null;
  /** Names of the countries the line passes through, in order. */
  readonly countries: readonly string[];
  /** How the story uses the corridor. */
  readonly status: CorridorStatus;
  /** Revealed at this very step. */
  readonly isNew: boolean;
  /** Ends at a seaport: one of the ways to the sea. */
  readonly toSea: boolean;
}

/**
 * What the map says of a corridor, from `fromPlace` (one of its waypoints; its start by default) to its end.
 */
export function routeFact(id: string, index: FactsIndex, isNew = false, fromPlace?: string): RouteFact | null {
  const c = index.corridors.get(id);
  const m = index.corridorMetrics.get(id);
  if (!c || !m) return null;
  const p = c.properties;
  const place = (pid: string) => index.places.get(pid)?.properties;
  const start = fromPlace && fromPlace !== p.origin ? fromPlace : p.origin;
  const km = start === p.origin ? m.lengthKm : kmBetween(c, m, start, p.destination);
  if (km === null) return null;
  const schematicKm = start === p.origin ? m.schematicKm : schematicKmBetween(c, m, start, p.destination);
  // As kmFigure says it: "at least" once more than a small share is drawn straight.
  const floor = schematicKm > km * SCHEMATIC_SHARE_SHOWN;
  return {
    id,
    name: p.shortName,
    from: place(start)?.name ?? start,
    to: place(p.destination)?.name ?? p.destination,
    km,
    schematicKm,
    kmText: comparableKm(km, schematicKm, roundKm),
    kmFigure: kmFigure(km, schematicKm, roundKm),
    floor,
    straightText: floor
      ? schematicKm >= km * (1 - SCHEMATIC_SHARE_SHOWN)
        ? t('present.allDrawnStraight')
        : t('present.kmDrawnStraight', { km: roundKm(schematicKm) })
      : null,
    countries: m.countries.map((cid) => featureInfo(index, cid)?.name ?? cid),
    status: p.status,
    isNew,
    toSea: place(p.destination)?.type === 'seaport',
  };
}

/** Ways to the sea measured from one place: only these are ranked against each other. */
export interface SeaRouteGroup {
  /** The place every length in the group is measured from (a name). */
  readonly from: string;
  /** Shortest first. */
  readonly routes: readonly RouteFact[];
}

export interface StepFacts {
  /** The corridors this step reveals. */
  readonly revealed: readonly RouteFact[];
  /**
   * When this step reveals a way to the sea: every way to the sea revealed so far, grouped by the place it is
   * measured from (the first of the comparison's origins the corridor passes, else its own start), so that
   * lengths are only ever ranked from the same start. The largest group comes first.
   */
  readonly seaRoutes: readonly SeaRouteGroup[] | null;
}

/**
 * The origin a way to the sea is measured from: the first of the comparison's origins that the corridor passes
 * (`from` is that city or its stand-in, a dry port or a station), or null when it passes none.
 */
function seaOrigin(id: string, index: FactsIndex): { city: string; from: string } | null {
  const w = index.corridors.get(id)?.properties.waypoints ?? [];
  for (const city of comparisonOrigins()) {
    const from = originPlaces(city).find((pl) => w.includes(pl));
    if (from) return { city, from };
  }
  return null;
}

export function stepFacts(tour: TourFile, step: number, index: FactsIndex): StepFacts {
  const here = tour.steps[step]?.reveal ?? [];
  const revealed = here.flatMap((id) => routeFact(id, index, true) ?? []);
  if (!revealed.some((r) => r.toSea)) return { revealed, seaRoutes: null };
  const sofar: (typeof here)[number][] = [];
  for (const s of tour.steps.slice(0, step + 1)) for (const id of s.reveal) if (!sofar.includes(id)) sofar.push(id);
  const groups = new Map<string, RouteFact[]>();
  for (const id of sofar) {
    const o = seaOrigin(id, index);
    const r = routeFact(id, index, here.includes(id), o?.from);
    if (!r?.toSea) continue;
    const from = o ? (index.places.get(o.city)?.properties.name ?? o.city) : r.from;
    groups.set(from, [...(groups.get(from) ?? []), r]);
  }
  const seaRoutes = [...groups.entries()]
    .map(([from, routes]) => ({ from, routes: [...routes].sort((a, b) => a.km - b.km) }))
    .sort((a, b) => b.routes.length - a.routes.length);
  return { revealed, seaRoutes };
}

// --- Scale bar ---------------------------------------------------------------------------------------------

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel world at zoom 0). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A scale bar no longer than `maxPx`: a round length (1, 2 or 5 × 10ⁿ km) and its length in CSS pixels, written as other lengths are. */
export function scaleBar(lat: number, zoom: number, maxPx: number): { km: number; px: number; label: string } {
  const maxKm = (metresPerPixel(lat, zoom) * maxPx) / 1000;
  const pow = 10 ** Math.floor(Math.log10(maxKm));
  const first = maxKm / pow;
  const nice = first >= 5 ? 5 : first >= 2 ? 2 : 1;
  const km = nice * pow;
  const px = (km * 1000) / metresPerPixel(lat, zoom);
  const label = km >= 1 ? t('explore.km', { km }) : t('present.scaleM', { m: Math.round(km * 1000) });
  return { km, px, label };
}

/** Time since the tour started, as a clock shows it: "12:05", "1:02:05". */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
