// Routes (corridors.geojson): made from waypoints (places of the draft) and the road, railway and river lines
// given to follow (trace.ts). Everything a corridor's line determines is computed here, never typed: the line,
// each leg's vertex range, quality and geometry source, the route's quality, mode and modes, origin and
// destination; lengths are measured from the line (routeLengths), as the explorer measures them.
import { corridorMetrics, legCoords } from '../analysis/corridors.ts';
import { comparableKm, measuredKm } from '../content/labels.ts';
import { defaultKindLabel } from '../content/story.ts';
import type { CorridorLeg } from '../content/schema.ts';
import type { CorridorId, CorridorKind, CorridorMode, CorridorStatus, InfrastructureStatus, PlaceId } from '../content/types.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { idsOf, put, type Draft, type Route } from './draft.ts';
import { done, refuse, type Edit, type Refused } from './edit.ts';
import { isRemovable, referencesTo, withoutFeature } from './references.ts';
import { unknownSources } from './sources.ts';
import { cleanLine, uniqueId } from './text.ts';
import { geometrySourceOf, legShape, type LegShape, type TraceLine } from './trace.ts';

export interface RouteArgs {
  readonly name: string;
  /** At most 32 characters, for lists and the map key; left out: the name, shortened. */
  readonly shortName?: string;
  readonly kind: CorridorKind;
  readonly status: CorridorStatus;
  /** Whether its road, railway, river or line exists; left out: "planned" for a planned route, else "in-use". */
  readonly infrastructure?: InfrastructureStatus;
  /** What the sources say of its use, and when (a status is a claim). */
  readonly statusNote: string;
  readonly description?: string;
  /** Places of the draft, in order: the first is the origin, the last the destination. */
  readonly waypoints: readonly PlaceId[];
  /** Each leg's mode, one per leg (a leg without one takes the first: give one mode for every leg); left out: road. */
  readonly modes?: readonly CorridorMode[];
  readonly sourceIds: readonly string[];
}

const shorten = (name: string) => (name.length <= 32 ? name : `${name.slice(0, 31).replace(/\s+\S*$/, '')}…`);

const placeName = (draft: Draft, id: PlaceId) => draft.places.features.find((f) => f.properties.id === id)?.properties.name ?? id;

/** Why a leg of each mode is drawn straight. */
const STRAIGHT: Readonly<Record<CorridorMode, MessageKey>> = {
  power: 'lesson.viaStraightPower',
  road: 'lesson.viaStraightRoad',
  rail: 'lesson.viaStraightRail',
  river: 'lesson.viaStraightRiver',
};

/**
 * What a leg follows, in words: the line's name and the straight joins to it, or why it is drawn straight. Written
 * into the route in the interface's language: the teacher's, who writes the rest of the lesson.
 */
function viaOf(draft: Draft, shape: LegShape, mode: CorridorMode, from: PlaceId, to: PlaceId): string {
  if (!shape.line) return t(STRAIGHT[mode]);
  const [fromKm, toKm] = shape.joinKm.map((km) => Math.round(km));
  const joinFrom = shape.joinKm[0] >= 1 ? t('lesson.viaJoinFrom', { km: fromKm!, place: placeName(draft, from) }) : null;
  const joinTo = shape.joinKm[1] >= 1 ? t('lesson.viaJoinTo', { km: toKm!, place: placeName(draft, to) }) : null;
  const joins = joinFrom && joinTo ? t('lesson.viaJoinBoth', { from: joinFrom, to: joinTo }) : (joinFrom ?? joinTo);
  const line = shape.line.properties?.name ?? shape.lineId ?? '';
  return joins ? t('lesson.viaLineWithJoins', { line, joins }) : line;
}

type Geometry = Pick<Route, 'geometry'> & { readonly properties: Pick<Route['properties'], 'legs' | 'quality' | 'mode' | 'modes' | 'origin' | 'destination'> };

/**
 * A route's line and legs from its waypoints: the legs in `redo` are shaped anew along `lines`; the others keep
 * their old coordinates and words (`old`, for a route one of whose places moved).
 */
function geometryOf(
  draft: Draft,
  waypoints: readonly PlaceId[],
  modes: readonly CorridorMode[],
  lines: readonly TraceLine[],
  old?: { readonly route: Route; readonly redo: ReadonlySet<number> },
): Geometry | Refused {
  const positions = waypoints.map((id) => draft.places.features.find((f) => f.properties.id === id)?.geometry.coordinates);
  const missing = waypoints.filter((_, i) => !positions[i]);
  if (missing.length) return refuse(t('lesson.noSuchPlace', { id: missing.join(', ') }));
  if (waypoints.length < 2) return refuse(t('lesson.routeTooShort'));
  if (waypoints.some((w, i) => i > 0 && w === waypoints[i - 1])) return refuse(t('lesson.routeToSamePlace'));
  const coordinates: [number, number][] = [];
  const legs: CorridorLeg[] = [];
  for (let i = 0; i < waypoints.length - 1; i++) {
    const [from, to] = [waypoints[i]!, waypoints[i + 1]!];
    const mode = modes[i] ?? modes[0] ?? 'road';
    const oldLeg = old && !old.redo.has(i) ? old.route.properties.legs[i] : undefined;
    let coords: [number, number][];
    let leg: Omit<CorridorLeg, 'start' | 'end'>;
    if (old && oldLeg) {
      coords = legCoords(old.route.geometry.coordinates, oldLeg).map(([x, y]) => [x!, y!]);
      leg = { ...oldLeg };
    } else {
      const shape = legShape(positions[i]!, positions[i + 1]!, mode, lines);
      coords = shape.coords.map(([x, y]) => [x!, y!]);
      leg = {
        from,
        to,
        mode,
        quality: shape.quality,
        via: viaOf(draft, shape, mode, from, to),
        geometrySource: shape.line ? geometrySourceOf(shape.line) : null,
        trace: { lines: shape.lineId ? [shape.lineId] : [] },
      };
    }
    const start = i === 0 ? 0 : coordinates.length - 1;
    coordinates.push(...(i === 0 ? coords : coords.slice(1)));
    // In the order the pack's files write a leg's fields.
    const { trace, ...head } = leg;
    legs.push({ ...head, start, end: coordinates.length - 1, ...(trace ? { trace } : {}) });
  }
  const traced = legs.filter((l) => l.quality === 'traced').length;
  const used = [...new Set(legs.map((l) => l.mode))];
  return {
    geometry: { type: 'LineString', coordinates },
    properties: {
      legs,
      quality: traced === legs.length ? 'traced' : traced === 0 ? 'schematic' : 'partly-schematic',
      mode: used.length === 1 ? used[0]! : 'mixed',
      modes: used,
      origin: waypoints[0]!,
      destination: waypoints.at(-1)!,
    },
  };
}

/**
 * The draft with its routes replaced, and every kind they use listed in pack.json (with the explorer's name and
 * colour for it, which the teacher may change): the map key and the Routes tab list only the kinds pack.json lists.
 */
function withRoutes(draft: Draft, features: Route[]): Draft {
  const listed = new Set(draft.manifest.corridorKinds.map((k) => k.id));
  const missing = [...new Set(features.map((f) => f.properties.kind))].filter((k) => !listed.has(k));
  const manifest = missing.length
    ? { ...draft.manifest, corridorKinds: [...draft.manifest.corridorKinds, ...missing.map((id) => ({ id, label: defaultKindLabel(id) }))] }
    : draft.manifest;
  return put(draft, { manifest, corridors: { type: 'FeatureCollection', ...draft.corridors, features } });
}

/**
 * Adds a route through `waypoints`, each leg following one of `lines` where both its ends are within SNAP_KM of
 * it, else drawn straight and marked schematic. Returns its id and its measured lengths.
 */
export function addRoute(draft: Draft, args: RouteArgs, lines: readonly TraceLine[]): Edit<{ readonly id: CorridorId; readonly lengths: RouteLengths }> {
  const unknown = unknownSources(draft, args.sourceIds);
  if (unknown) return unknown;
  const g = geometryOf(draft, args.waypoints, args.modes ?? [], lines);
  if ('ok' in g) return g;
  const name = cleanLine(args.name);
  const shortName = args.shortName === undefined ? shorten(name) : cleanLine(args.shortName);
  const id = uniqueId((slug): CorridorId => `corridor:${slug}`, shortName || name, 'route', idsOf(draft));
  const route: Route = {
    type: 'Feature',
    geometry: g.geometry,
    properties: {
      id,
      name,
      shortName,
      kind: args.kind,
      mode: g.properties.mode,
      modes: g.properties.modes,
      status: args.status,
      infrastructure: args.infrastructure ?? (args.status === 'planned' ? 'planned' : 'in-use'),
      statusNote: cleanLine(args.statusNote),
      waypoints: [...args.waypoints],
      origin: g.properties.origin,
      destination: g.properties.destination,
      legs: g.properties.legs,
      quality: g.properties.quality,
      // Required text a teacher has not written yet stays empty: problemsOf shows it where it is missing.
      description: cleanLine(args.description ?? ''),
      publishedLengths: [],
      sources: [...args.sourceIds],
    },
  };
  return done(withRoutes(draft, [...(draft.corridors?.features ?? []), route]), t('lesson.labelAddRoute', { name: shortName }), {
    id,
    lengths: routeLengths(route),
  });
}

export type RoutePatch = Partial<Omit<RouteArgs, 'waypoints' | 'modes'>>;

/** Changes a route's words, kind, statuses or sources; its line is changed by retraceRoute. */
export function updateRoute(draft: Draft, id: string, patch: RoutePatch): Edit {
  const old = draft.corridors?.features.find((f) => f.properties.id === id);
  if (!old) return refuse(t('lesson.noSuchRoute', { id }));
  const unknown = unknownSources(draft, patch.sourceIds ?? []);
  if (unknown) return unknown;
  const p = { ...old.properties };
  if (patch.name !== undefined) p.name = cleanLine(patch.name);
  if (patch.shortName !== undefined) p.shortName = cleanLine(patch.shortName);
  if (patch.kind !== undefined) p.kind = patch.kind;
  if (patch.status !== undefined) p.status = patch.status;
  if (patch.infrastructure !== undefined) p.infrastructure = patch.infrastructure;
  if (patch.statusNote !== undefined) p.statusNote = cleanLine(patch.statusNote);
  if (patch.description !== undefined) p.description = cleanLine(patch.description);
  if (patch.sourceIds !== undefined) p.sources = [...patch.sourceIds];
  const features = draft.corridors!.features.map((f) => (f === old ? { ...old, properties: p } : f));
  return done(withRoutes(draft, features), t('lesson.labelEditRoute', { name: p.shortName }), {});
}

/**
 * Draws a route's line again along `lines`: through new waypoints (and leg modes) if given, else through its own
 * (after a place moved, say). Every leg is shaped anew; lengths follow.
 */
export function retraceRoute(
  draft: Draft,
  id: string,
  lines: readonly TraceLine[],
  change: { readonly waypoints?: readonly PlaceId[]; readonly modes?: readonly CorridorMode[] } = {},
): Edit<{ readonly lengths: RouteLengths }> {
  const old = draft.corridors?.features.find((f) => f.properties.id === id);
  if (!old) return refuse(t('lesson.noSuchRoute', { id }));
  const waypoints = change.waypoints ?? old.properties.waypoints;
  const g = geometryOf(draft, waypoints, change.modes ?? (change.waypoints ? [] : old.properties.legs.map((l) => l.mode)), lines);
  if ('ok' in g) return g;
  const route: Route = { ...old, geometry: g.geometry, properties: { ...old.properties, waypoints: [...waypoints], ...g.properties } };
  const features = draft.corridors!.features.map((f) => (f === old ? route : f));
  return done(withRoutes(draft, features), t('lesson.labelRedrawRoute', { name: old.properties.shortName }), { lengths: routeLengths(route) });
}

/**
 * The draft's routes through a place that moved, their legs to and from it shaped anew along `lines` (the other
 * legs keep their lines). Returns the routes changed.
 */
export function retraceThrough(draft: Draft, place: PlaceId, lines: readonly TraceLine[]): { draft: Draft; routes: CorridorId[] } {
  const routes: CorridorId[] = [];
  const features = (draft.corridors?.features ?? []).map((route) => {
    const w = route.properties.waypoints;
    const redo = new Set(w.flatMap((id, i) => (id === place ? [i - 1, i] : [])).filter((i) => i >= 0 && i < w.length - 1));
    if (!redo.size) return route;
    const g = geometryOf(
      draft,
      w,
      route.properties.legs.map((l) => l.mode),
      lines,
      { route, redo },
    );
    if ('ok' in g) return route;
    routes.push(route.properties.id);
    return { ...route, geometry: g.geometry, properties: { ...route.properties, ...g.properties } };
  });
  return { draft: routes.length ? withRoutes(draft, features) : draft, routes };
}

/**
 * Removes a route, and the passage links to it and its place in tour steps (listed in `removed`). Refused while
 * anything else names it.
 */
export function removeRoute(draft: Draft, id: string): Edit<{ readonly removed: ReturnType<typeof referencesTo> }> {
  const old = draft.corridors?.features.find((f) => f.properties.id === id);
  if (!old) return refuse(t('lesson.noSuchRoute', { id }));
  const refs = referencesTo(draft, id);
  const blocking = refs.filter((r) => !isRemovable(r));
  if (blocking.length) return refuse(t('lesson.routeNamedElsewhere', { name: old.properties.shortName }), blocking);
  const rest = withoutFeature(draft, id);
  const next = put(
    withRoutes(
      draft,
      draft.corridors!.features.filter((f) => f !== old),
    ),
    rest,
  );
  return done(next, t('lesson.labelRemoveRoute', { name: old.properties.shortName }), { removed: refs });
}

export interface RouteLengths {
  readonly km: number;
  readonly legKm: readonly number[];
  /** Kilometres drawn straight (schematic legs): the real way is longer. */
  readonly schematicKm: number;
  /** As a card shows it, to the kilometre ("482 km"). */
  readonly shown: string;
  /** As lists compare it ("at least 480 km (85 km drawn straight)"). */
  readonly compared: string;
}

/** A route's lengths, measured from its line as the explorer measures every corridor. */
export function routeLengths(route: Route): RouteLengths {
  const m = corridorMetrics(route, []);
  return { km: m.lengthKm, legKm: m.legKm, schematicKm: m.schematicKm, shown: measuredKm(m.lengthKm), compared: comparableKm(m.lengthKm, m.schematicKm) };
}
