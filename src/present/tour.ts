// The tour's pure logic: what each step frames and highlights, what it measures, how steps are counted.
// No DOM, no store: the controller and the unit tests share it.
import { boundsOf, clipBounds, type Bounds } from '../analysis/framing.ts';
import type { ContentIndex } from '../content/index.ts';
import type { TourFile, TourStep } from '../content/schema.ts';
import type { SelectableId } from '../content/types.ts';

export type TourIndex = Pick<ContentIndex, 'geometries' | 'passages' | 'targetsOf'>;

/** The box the camera frames for these features: the box around them all, cut to the story's extent. */
export function frameBox(ids: readonly string[], geometries: TourIndex['geometries']): Bounds | null {
  const whole = boundsOf(ids.flatMap((id) => geometries.get(id as SelectableId) ?? []));
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
  const candidates: string[] = [];
  const add = (id: string | null) => {
    if (id && !candidates.includes(id)) candidates.push(id);
  };
  add(step.passage);
  step.features.forEach(add);
  for (const id of index.passages.keys()) add(id);

  let best: SelectableId | null = null;
  let bestArea = Infinity;
  for (const c of candidates) {
    const targets = index.targetsOf(c as SelectableId);
    const box = targets.length ? frameBox(targets, index.geometries) : null;
    if (!box || !boxes.every((b) => boxContains(box, b, FRAME_SLACK))) continue;
    if (step.features.length === 0 && c !== step.passage) continue;
    if (area(box) < bestArea - EPS) {
      best = c as SelectableId;
      bestArea = area(box);
    }
  }
  return best;
}

/** "3 / 12": steps are counted from 1, the title slide included. */
export function stepLabel(step: number, count: number): string {
  return `${step + 1} / ${count}`;
}

export function clampStep(step: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(Number.isFinite(step) ? step : 0)));
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
  readonly from: string;
  readonly to: string;
  /** Length along the line as drawn on the map (turf, from the content pack's geometry). */
  readonly km: number;
  /** Of which drawn straight between towns, where the data has no real line. */
  readonly schematicKm: number;
  /** Names of the countries the line passes through, in order. */
  readonly countries: readonly string[];
  /** Revealed at this very step. */
  readonly isNew: boolean;
  /** Ends at a seaport: one of the ways to the sea. */
  readonly toSea: boolean;
}

export function routeFact(id: string, index: FactsIndex, isNew = false): RouteFact | null {
  const c = index.corridors.get(id);
  const m = index.corridorMetrics.get(id);
  if (!c || !m) return null;
  const p = c.properties;
  const place = (pid: string) => index.places.get(pid)?.properties;
  return {
    id,
    name: p.shortName,
    from: place(p.origin)?.name ?? p.origin,
    to: place(p.destination)?.name ?? p.destination,
    km: m.lengthKm,
    schematicKm: m.schematicKm,
    countries: m.countries.map((cid) => index.features.get(cid as SelectableId)?.name ?? cid),
    isNew,
    toSea: place(p.destination)?.type === 'seaport',
  };
}

export interface StepFacts {
  /** The corridors this step reveals. */
  readonly revealed: readonly RouteFact[];
  /** When this step reveals a way to the sea: every way to the sea revealed so far, shortest first. */
  readonly seaRoutes: readonly RouteFact[] | null;
}

export function stepFacts(tour: TourFile, step: number, index: FactsIndex): StepFacts {
  const here = tour.steps[step]?.reveal ?? [];
  const revealed = here.flatMap((id) => routeFact(id, index, true) ?? []);
  if (!revealed.some((r) => r.toSea)) return { revealed, seaRoutes: null };
  const sofar: string[] = [];
  for (const s of tour.steps.slice(0, step + 1)) for (const id of s.reveal) if (!sofar.includes(id)) sofar.push(id);
  const seaRoutes = sofar
    .flatMap((id) => routeFact(id, index, here.includes(id)) ?? [])
    .filter((r) => r.toSea)
    .sort((a, b) => a.km - b.km);
  return { revealed, seaRoutes };
}

/** A length as people say it: to the nearest 10 km (5 km below 100 km), with thousands grouped. */
export function formatKm(km: number): string {
  const step = km < 100 ? 5 : 10;
  const n = Math.max(step, Math.round(km / step) * step);
  return `${n.toLocaleString('en-GB')} km`;
}

export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One sentence for a route, from the data. */
export function describeRoute(r: RouteFact): string {
  const drawn = r.schematicKm >= r.km * 0.95 ? ' (drawn straight between towns)' : r.schematicKm > r.km * 0.05 ? ` (${formatKm(r.schematicKm)} of it drawn straight between towns)` : '';
  return `${r.name}: about ${formatKm(r.km)}${drawn}, from ${r.from} to ${r.to}, through ${listNames(r.countries)}.`;
}

// --- Scale bar ---------------------------------------------------------------------------------------------

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel world at zoom 0). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** A scale bar no longer than `maxPx`: a round length (1, 2 or 5 × 10ⁿ km) and its length in CSS pixels. */
export function scaleBar(lat: number, zoom: number, maxPx: number): { km: number; px: number; label: string } {
  const maxKm = (metresPerPixel(lat, zoom) * maxPx) / 1000;
  const pow = 10 ** Math.floor(Math.log10(maxKm));
  const first = maxKm / pow;
  const nice = first >= 5 ? 5 : first >= 2 ? 2 : 1;
  const km = nice * pow;
  const px = (km * 1000) / metresPerPixel(lat, zoom);
  const label = km >= 1 ? `${km.toLocaleString('en-GB')} km` : `${Math.round(km * 1000)} m`;
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
