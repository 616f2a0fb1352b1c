// The lesson editor's routes: each leg follows a given road, railway or river line where both its ends are near
// one, else it is drawn straight and marked schematic; lengths are measured from the line, never typed.
import distance from '@turf/distance';
import length from '@turf/length';
import { describe, expect, it } from 'vitest';
import {
  addPlace,
  addRoute,
  addSource,
  addStep,
  blankDraft,
  linkWords,
  problemsOf,
  removeRoute,
  retraceRoute,
  routeLengths,
  SNAP_KM,
  updatePlace,
  updateRoute,
  type Done,
  type Draft,
  type Edit,
  type RouteArgs,
  type TraceLine,
} from '../../src/editor/index.ts';
import { measuredKm } from '../../src/content/labels.ts';
import type { PlaceId } from '../../src/content/types.ts';

function ok<X extends object>(edit: Edit<X>): Done<X> {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  return edit;
}

/** A road along latitude 15 (in Thailand), zigzagging a little; and a railway elsewhere. */
const ROAD: TraceLine = {
  type: 'Feature',
  properties: { id: 'road:test-highway', name: 'Test Highway', licence: 'ODbL 1.0' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [102.0, 15.0],
      [102.1, 15.02],
      [102.2, 14.98],
      [102.3, 15.02],
      [102.4, 14.98],
      [102.5, 15.0],
    ],
  },
};
const RAIL: TraceLine = { ...ROAD, properties: { id: 'rail:test-line', name: 'Test Railway' } };
/** A line with an id the format cannot name in `trace.lines`: never followed. */
const UNNAMED: TraceLine = { ...ROAD, properties: { id: 'highway 12' } };

const POS: Record<string, [number, number]> = {
  a: [102.0, 15.005], // 0.6 km from the road's start
  b: [102.5, 15.01], // 1.1 km from its end
  near: [102.25, 15.04], // 4.4 km from the road
  far: [102.25, 15.06], // 6.7 km from it
  north: [102.5, 15.5], // 55 km away
};

function setUp() {
  let d: Draft = blankDraft('Roads');
  const ids: Record<string, PlaceId> = {};
  for (const [name, position] of Object.entries(POS)) {
    const r = ok(addPlace(d, { name, type: 'town', position, country: 'THA', description: `Town ${name}.`, sourceIds: ['lesson'] }));
    [d, ids[name]] = [r.draft, r.id];
  }
  return { d, ids };
}

const args = (waypoints: PlaceId[], extra: Partial<RouteArgs> = {}): RouteArgs => ({
  name: 'The test road from A to the north',
  kind: 'alternative',
  status: 'in-use',
  statusNote: 'Open to traffic, as the sources say.',
  description: 'A road.',
  waypoints,
  sourceIds: ['lesson'],
  ...extra,
});

describe('a route’s legs', () => {
  it('follow a line where both ends are near it, and are drawn straight and schematic otherwise', () => {
    const { d, ids } = setUp();
    const r = ok(addRoute(d, args([ids.a!, ids.b!, ids.north!]), [RAIL, UNNAMED, ROAD]));
    expect(r.id).toBe('corridor:the-test-road-from');
    const route = r.draft.corridors!.features[0]!;
    const [traced, straight] = route.properties.legs;
    expect(traced).toMatchObject({
      from: ids.a,
      to: ids.b,
      mode: 'road',
      quality: 'traced',
      geometrySource: 'osm',
      start: 0,
      trace: { lines: ['road:test-highway'] },
    });
    expect(traced!.via).toBe('Test Highway; 1 km straight to b');
    // The leg runs from the waypoint, onto the road, along all its inner vertices, and off it to the next waypoint.
    const coords = route.geometry.coordinates;
    // (a's nearest point on the road lies on its first segment, 0.2 km from its start; b's is the road's end.)
    expect(coords.slice(traced!.start, traced!.end + 1)).toEqual([POS.a, expect.any(Array), ...ROAD.geometry.coordinates.slice(1), POS.b]);
    expect(distance(coords[1]!, [102, 15], { units: 'kilometers' })).toBeLessThan(0.2);
    expect(straight).toMatchObject({ quality: 'schematic', geometrySource: null, start: traced!.end, trace: { lines: [] } });
    expect(straight!.via).toMatch(/^straight line between waypoints/);
    expect(coords.slice(straight!.start)).toEqual([POS.b, POS.north]);
    expect(route.properties).toMatchObject({ quality: 'partly-schematic', mode: 'road', modes: ['road'], origin: ids.a, destination: ids.north });
    expect(route.properties.shortName).toBe('The test road from A to the…');
    expect(problemsOf(r.draft)).toEqual([]);
  });

  it(`snap within ${SNAP_KM} km of a line and no further`, () => {
    const { d, ids } = setUp();
    const near = ok(addRoute(d, args([ids.a!, ids.near!]), [ROAD])).draft.corridors!.features[0]!;
    const far = ok(addRoute(d, args([ids.a!, ids.far!]), [ROAD])).draft.corridors!.features[0]!;
    expect(near.properties.legs[0]!.quality).toBe('traced');
    expect(near.properties.legs[0]!.via).toBe('Test Highway; 4 km straight to near');
    expect(far.properties.legs[0]!.quality).toBe('schematic');
    expect(far.geometry.coordinates).toEqual([POS.a, POS.far]);
  });

  it('follow a line against its direction, and only a line of their own mode', () => {
    const { d, ids } = setUp();
    const back = ok(addRoute(d, args([ids.b!, ids.a!]), [ROAD])).draft.corridors!.features[0]!;
    const forth = ok(addRoute(d, args([ids.a!, ids.b!]), [ROAD])).draft.corridors!.features[0]!;
    expect(back.geometry.coordinates).toEqual([...forth.geometry.coordinates].reverse());
    const byRail = ok(addRoute(d, args([ids.a!, ids.b!], { modes: ['rail'] }), [ROAD])).draft.corridors!.features[0]!;
    expect(byRail.properties).toMatchObject({ mode: 'rail', quality: 'schematic' });
    const mixed = ok(addRoute(d, args([ids.a!, ids.b!, ids.north!], { modes: ['rail', 'power'] }), [RAIL])).draft.corridors!.features[0]!;
    expect(mixed.properties).toMatchObject({ mode: 'mixed', modes: ['rail', 'power'], quality: 'partly-schematic' });
  });

  it('are refused through unknown places, the same place twice in a row, or one place only', () => {
    const { d, ids } = setUp();
    expect(addRoute(d, args([ids.a!, 'place:nowhere']), []).ok).toBe(false);
    expect(addRoute(d, args([ids.a!, ids.a!]), []).ok).toBe(false);
    expect(addRoute(d, args([ids.a!]), []).ok).toBe(false);
    expect(addRoute(d, args([ids.a!, ids.b!], { sourceIds: ['nothing'] }), []).ok).toBe(false);
  });
});

describe('a route’s lengths', () => {
  it('are measured from its line, with the part drawn straight apart', () => {
    const { d, ids } = setUp();
    const r = ok(addRoute(d, args([ids.a!, ids.b!, ids.north!]), [ROAD]));
    const route = r.draft.corridors!.features[0]!;
    const lineKm = length(route, { units: 'kilometers' });
    const straightKm = distance(POS.b!, POS.north!, { units: 'kilometers' });
    expect(r.lengths.km).toBeCloseTo(lineKm, 6);
    expect(r.lengths.legKm[0]! + r.lengths.legKm[1]!).toBeCloseTo(lineKm, 6);
    expect(r.lengths.schematicKm).toBeCloseTo(straightKm, 6);
    expect(r.lengths.shown).toBe(measuredKm(lineKm));
    expect(r.lengths.compared).toMatch(/^at least \d+ km \(\d+ km drawn straight\)$/);
    expect(routeLengths(route)).toEqual(r.lengths);
  });
});

describe('changing a route', () => {
  it('keeps its line when its words change, and redraws it through new waypoints', () => {
    const { d, ids } = setUp();
    const r = ok(addRoute(d, args([ids.a!, ids.north!]), [ROAD]));
    const words = ok(updateRoute(r.draft, r.id, { status: 'planned', statusNote: 'Planned for 2030.', shortName: 'Test road' }));
    const route = words.draft.corridors!.features[0]!;
    expect(route.properties).toMatchObject({ status: 'planned', shortName: 'Test road', id: r.id });
    expect(route.geometry).toBe(r.draft.corridors!.features[0]!.geometry);
    const again = ok(retraceRoute(words.draft, r.id, [ROAD], { waypoints: [ids.a!, ids.b!, ids.north!] }));
    expect(again.draft.corridors!.features[0]!.properties.legs.map((l) => l.quality)).toEqual(['traced', 'schematic']);
    expect(again.lengths.km).toBeGreaterThan(r.lengths.km);
  });

  it('redraws the legs to and from a place that moved, and keeps the others', () => {
    const { d, ids } = setUp();
    const r = ok(addRoute(d, args([ids.a!, ids.b!, ids.north!]), [ROAD]));
    const before = r.draft.corridors!.features[0]!;
    // "north" moves onto nothing: its leg is redrawn; the traced leg from a to b keeps its line even without lines.
    const moved = ok(updatePlace(r.draft, ids.north!, { position: [102.6, 15.4] }));
    expect(moved.retraced).toEqual([r.id]);
    const after = moved.draft.corridors!.features[0]!;
    const first = before.properties.legs[0]!;
    expect(after.geometry.coordinates.slice(0, first.end + 1)).toEqual(before.geometry.coordinates.slice(0, first.end + 1));
    expect(after.geometry.coordinates.at(-1)).toEqual([102.6, 15.4]);
    expect(after.properties.legs.map((l) => l.quality)).toEqual(['traced', 'schematic']);
    // "b" moves: both its legs are redrawn, along the road where it still can be.
    const b = ok(updatePlace(r.draft, ids.b!, { position: [102.45, 15.0] }, [ROAD]));
    expect(b.draft.corridors!.features[0]!.geometry.coordinates.slice(-2)).toEqual([[102.45, 15], POS.north]);
    expect(ok(updatePlace(r.draft, ids.b!, { name: 'B' })).retraced).toEqual([]);
  });

  it('removes a route with its links and its place in the tour', () => {
    const { d, ids } = setUp();
    const r = ok(addRoute(d, args([ids.a!, ids.b!]), [ROAD]));
    let x = ok(linkWords(r.draft, 'passage:start', 0, 5, r.id)).draft;
    x = ok(addStep(x, { title: 'Road', features: [r.id], reveal: [r.id], notes: 'n' })).draft;
    const gone = ok(removeRoute(x, r.id));
    expect(gone.removed.map((l) => l.path)).toEqual(['sections[0].passages[0].links[0].feature', 'steps[0].features[0]', 'steps[0].reveal[0]']);
    expect(gone.draft.corridors!.features).toEqual([]);
    expect(gone.draft.tour!.steps[0]).toMatchObject({ features: [], reveal: [] });
    expect(gone.draft.article.sections[0]!.passages[0]!.links).toEqual([]);
  });

  it('cites the sources the draft holds', () => {
    const { d, ids } = setUp();
    const s = ok(addSource(d, { title: 'Roads atlas' }));
    const r = ok(addRoute(s.draft, args([ids.a!, ids.b!], { sourceIds: [s.id] }), [ROAD]));
    expect(r.draft.corridors!.features[0]!.properties.sources).toEqual([s.id]);
  });

  it('lists its kind in pack.json, with the explorer’s name for it, so the key and the Routes tab show it', () => {
    const { d, ids } = setUp();
    expect(d.manifest.corridorKinds).toEqual([]);
    const r = ok(addRoute(d, args([ids.a!, ids.b!]), [ROAD]));
    expect(r.draft.manifest.corridorKinds).toEqual([{ id: 'alternative', label: 'Alternative routes' }]);
    const changed = ok(updateRoute(r.draft, r.id, { kind: 'energy' }));
    expect(changed.draft.manifest.corridorKinds.map((k) => k.id)).toEqual(['alternative', 'energy']);
    expect(problemsOf(changed.draft).filter((p) => p.file === 'pack.json')).toEqual([]);
  });
});
