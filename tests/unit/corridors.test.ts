// The corridors and places of the content pack, and what the app computes from them: lengths against the
// published figures, countries crossed, and the "How can Laos reach the sea?" comparison.
import { describe, expect, it } from 'vitest';
import { kmBetween } from '../../src/analysis/corridors.ts';
import { compareRoutes, crossingsBetween, originPlaces, sortRows, tracedBetween } from '../../src/analysis/compare.ts';
import { buildIndex } from '../../src/content/index.ts';
import { CORRIDOR_KINDS, CORRIDOR_MODES } from '../../src/content/types.ts';
import { PACK_FILES, validatePack } from '../../src/content/validate.ts';
import { BUILT_IN_MANIFEST, loadPack, readRawPack } from './helpers/pack.ts';

const pack = loadPack();
const index = buildIndex(pack);
const corridors = pack.corridors!.features;
const places = pack.places!.features;
const corridor = (id: string) => index.corridors.get(id)!;
const metrics = (id: string) => index.corridorMetrics.get(id)!;

describe('the corridors and places of the pack', () => {
  it('validate with no problems', () => {
    expect(pack.problems).toEqual([]);
    expect(corridors.length).toBeGreaterThan(0);
    expect(places.length).toBeGreaterThan(0);
  });

  it('have unique ids, known kinds and modes, waypoints that are places and sources that resolve', () => {
    const ids = [...corridors, ...places].map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    const placeIds = new Set(places.map((f) => f.properties.id));
    for (const { properties: p } of corridors) {
      expect(CORRIDOR_KINDS).toContain(p.kind);
      for (const m of [...p.modes, ...p.legs.map((l) => l.mode)]) expect(CORRIDOR_MODES).toContain(m);
      for (const w of p.waypoints) expect(placeIds, `${p.id} waypoint ${w}`).toContain(w);
      for (const s of [...p.sources, ...p.publishedLengths.flatMap((l) => l.sources)]) expect(pack.sources.has(s), `${p.id} source ${s}`).toBe(true);
    }
    for (const { properties: p } of places) for (const s of p.sources) expect(pack.sources.has(s), `${p.id} source ${s}`).toBe(true);
  });

  it('lie inside the region', () => {
    const [w, s, e, n] = BUILT_IN_MANIFEST.extent;
    const inside = ([lng, lat]: number[]) => lng! >= w && lng! <= e && lat! >= s && lat! <= n;
    for (const f of corridors) expect(f.geometry.coordinates.every(inside), f.properties.id).toBe(true);
    for (const f of places) expect(inside(f.geometry.coordinates), f.properties.id).toBe(true);
  });

  it('a dangling waypoint is reported with the file and the path inside it', () => {
    const raw = readRawPack();
    const broken = structuredClone(raw.corridors) as { features: { properties: { waypoints: string[] } }[] };
    broken.features[2]!.properties.waypoints[3] = 'place:atlantis';
    const { problems } = validatePack({ ...raw, corridors: broken });
    expect(problems).toContainEqual({ file: PACK_FILES.corridors, path: 'features[2].properties.waypoints[3]', message: 'unknown place "place:atlantis"' });
  });

  it('a source that does not exist is reported with the file and the path inside it', () => {
    const raw = readRawPack();
    const broken = structuredClone(raw.places) as { features: { properties: { sources: string[] } }[] };
    broken.features[0]!.properties.sources[0] = 'nowhere';
    const { problems } = validatePack({ ...raw, places: broken });
    expect(problems).toContainEqual({ file: PACK_FILES.places, path: 'features[0].properties.sources[0]', message: 'unknown source "nowhere"' });
  });
});

describe('lengths on the map against the published figures', () => {
  // Published figures whose stretch runs only along traced legs: the map's distance between the same two
  // waypoints (kmBetween) must be within 15 % of them.
  const CHECKED = [
    'corridor:laos-sihanoukville-road place:trapeang-kriel-nong-nok-khiene→place:stung-treng 57',
    // The expressway (187 km) is not in the map data, which follows NR4; all four figures are still within 15 %.
    'corridor:laos-sihanoukville-road place:phnom-penh→place:sihanoukville-autonomous-port 187',
    'corridor:laos-sihanoukville-road place:phnom-penh→place:sihanoukville-autonomous-port 187.05',
    'corridor:laos-sihanoukville-road place:phnom-penh→place:sihanoukville-autonomous-port 226',
    'corridor:laos-sihanoukville-road place:phnom-penh→place:sihanoukville-autonomous-port 240',
    'corridor:mekong-river place:kratie→place:stung-treng 120',
    'corridor:farm-exports-to-china place:stung-treng→place:trapeang-kriel-nong-nok-khiene 57',
    'corridor:farm-exports-to-china place:vientiane-railway-station→place:boten 422',
    'corridor:farm-exports-to-china place:vientiane-railway-station→place:boten 422.4',
    'corridor:farm-exports-to-china place:vientiane-railway-station→place:boten 414',
    'corridor:laos-route8-vietnam place:ban-vieng-kham→place:nam-phao-cau-treo 132',
    'corridor:laos-route8-vietnam place:lak-xao→place:nam-phao-cau-treo 34',
    'corridor:laos-da-nang place:savannakhet→place:lao-bao-dansavanh 240',
    'corridor:laos-da-nang place:savannakhet→place:lao-bao-dansavanh 250',
    'corridor:laos-laem-chabang place:bangkok→place:laem-chabang 130',
  ];
  // Traced, but more than 15 % off, and why that is accepted.
  const OUTLIERS: Record<string, string> = {
    // The map span (about 128 km) includes straight joins into the Bangkok and Laem Chabang town points
    // (CONTENT-NOTES.md); it matches the other figure for the same stretch, 130 km. Both sources are weak.
    // Decision: the stretch counts as checked through the 130 km figure; this one is kept as a known outlier.
    'corridor:laos-laem-chabang place:bangkok→place:laem-chabang 110': 'weak figure; 130 km for the same stretch is within 15 %',
  };
  // Not comparable: the stretch includes schematic legs, which are straight lines between towns.
  const NOT_COMPARABLE: Record<string, string> = {
    'corridor:laos-sihanoukville-road place:trapeang-kriel-nong-nok-khiene→place:skun 509.17': 'Kampong Cham–Skun is schematic',
    'corridor:laos-sihanoukville-road place:trapeang-kriel-nong-nok-khiene→place:skun 447': 'Kampong Cham–Skun is schematic',
    'corridor:farm-exports-to-china place:boten→place:mohan 9.68': 'the cross-border tunnel is schematic',
    'corridor:farm-exports-to-china place:mohan→place:kunming 613': 'the railway in China is schematic',
    'corridor:farm-exports-to-china place:mohan→place:yuxi 503.9': 'the railway in China is schematic',
    'corridor:farm-exports-to-china place:vientiane-railway-station→place:kunming 1035': 'the railway in China is schematic',
    'corridor:laos-vung-ang place:na-phao-cha-lo→place:vung-ang-port 300': 'the Vietnamese road from Cha Lo is schematic',
    'corridor:energy-laos-cambodia place:ban-hat→place:veun-kham 18': 'power lines are schematic',
  };

  const all = corridors.flatMap((f) => f.properties.publishedLengths.map((pl) => ({ key: `${f.properties.id} ${pl.from}→${pl.to} ${pl.km}`, f, pl })));

  it('every published figure is listed as checked, an outlier or not comparable, by whether its legs are traced', () => {
    const traced = all.filter((x) => tracedBetween(x.f, x.pl.from, x.pl.to)).map((x) => x.key);
    const schematic = all.filter((x) => !tracedBetween(x.f, x.pl.from, x.pl.to)).map((x) => x.key);
    expect(traced.sort()).toEqual([...CHECKED, ...Object.keys(OUTLIERS)].sort());
    expect(schematic.sort()).toEqual(Object.keys(NOT_COMPARABLE).sort());
  });

  it.each(CHECKED)('%s km: the map is within 15 %', (key) => {
    const { f, pl } = all.find((x) => x.key === key)!;
    const km = kmBetween(f, metrics(f.properties.id), pl.from, pl.to)!;
    expect(Math.abs(km - pl.km) / pl.km, `${km.toFixed(1)} km on the map`).toBeLessThanOrEqual(0.15);
  });

  it.each(Object.keys(OUTLIERS))('%s km: a known outlier, and another figure for the stretch agrees', (key) => {
    const { f, pl } = all.find((x) => x.key === key)!;
    const km = kmBetween(f, metrics(f.properties.id), pl.from, pl.to)!;
    // Still an outlier: if the data changes so that it is not, it belongs in CHECKED.
    expect(Math.abs(km - pl.km) / pl.km).toBeGreaterThan(0.15);
    const others = f.properties.publishedLengths.filter((o) => o.from === pl.from && o.to === pl.to && o.km !== pl.km);
    expect(others.some((o) => Math.abs(km - o.km) / o.km <= 0.15)).toBe(true);
  });
});

describe('countries crossed', () => {
  const EXPECTED: Record<string, string[]> = {
    'corridor:laos-sihanoukville-road': ['LAO', 'KHM'],
    'corridor:mekong-river': ['KHM', 'LAO'],
    'corridor:farm-exports-to-china': ['KHM', 'LAO', 'CHN'],
    'corridor:laos-vung-ang': ['LAO', 'VNM'],
    'corridor:laos-route8-vietnam': ['LAO', 'VNM'],
    'corridor:laos-da-nang': ['LAO', 'VNM'],
    'corridor:laos-laem-chabang': ['LAO', 'THA'],
    'corridor:energy-laos-cambodia': ['LAO', 'KHM'],
  };

  it('every corridor has an expected list', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...index.corridors.keys()].sort());
  });

  it.each(Object.entries(EXPECTED))('%s crosses %j in that order, one border at a time', (id, expected) => {
    const m = metrics(id);
    expect(m.countries).toEqual(expected.map((c) => `country:${c}`));
    expect(m.crossings.map((c) => [c.from, c.to])).toEqual(expected.slice(1).map((c, i) => [`country:${expected[i]}`, `country:${c}`]));
  });

  it('finds the border crossing between the right waypoints', () => {
    const f = corridor('corridor:farm-exports-to-china');
    const m = metrics(f.properties.id);
    expect(crossingsBetween(f, m, 'place:stung-treng', 'place:pakse').map((c) => c.to)).toEqual(['country:LAO']);
    expect(crossingsBetween(f, m, 'place:pakse', 'place:muang-xay')).toEqual([]);
    // The country outlines put the border a little south of the Boten point: the line enters China on the
    // Muang Xay–Boten leg.
    expect(crossingsBetween(f, m, 'place:muang-xay', 'place:kunming').map((c) => c.to)).toEqual(['country:CHN']);
    expect(crossingsBetween(f, m, 'place:phnom-penh', 'place:kunming')).toHaveLength(2);
  });

  it('puts a crossing found at a waypoint on the leg that reaches it', () => {
    // Vung Ang route: the first point sampled in Vietnam is the Na Phao–Cha Lo waypoint itself.
    const f = corridor('corridor:laos-vung-ang');
    const m = metrics(f.properties.id);
    expect(crossingsBetween(f, m, 'place:thakhek', 'place:na-phao-cha-lo').map((c) => c.to)).toEqual(['country:VNM']);
    expect(crossingsBetween(f, m, 'place:na-phao-cha-lo', 'place:vung-ang-port')).toEqual([]);
  });
});

describe('how can Laos reach the sea?', () => {
  const { rows, unreached } = compareRoutes(index);
  const find = (origin: string, seaport: string, id: string) => rows.find((r) => r.origin === origin && r.seaport === seaport && r.corridor === id);

  it('offers each route the data has from Vientiane and Pakse to a seaport', () => {
    expect(rows.map((r) => `${r.origin} ${r.seaport} ${r.corridor}`).sort()).toEqual(
      [
        'place:vientiane place:sihanoukville-autonomous-port corridor:laos-sihanoukville-road',
        'place:pakse place:sihanoukville-autonomous-port corridor:laos-sihanoukville-road',
        'place:vientiane place:vung-ang-port corridor:laos-vung-ang',
        'place:vientiane place:vung-ang-port corridor:laos-route8-vietnam',
        'place:vientiane place:laem-chabang corridor:laos-laem-chabang',
      ].sort(),
    );
    // Da Nang is reached only from Savannakhet.
    expect(unreached).toEqual([{ seaport: 'place:da-nang', corridors: ['corridor:laos-da-nang'] }]);
  });

  it('measures every distance along the corridor between the two waypoints', () => {
    for (const r of rows) {
      const f = corridor(r.corridor);
      expect(r.km).toBe(kmBetween(f, metrics(r.corridor), r.from, r.seaport));
      expect(r.km).toBeGreaterThan(0);
    }
  });

  it('treats the Thanaleng dry port as Vientiane, as the one equivalence table says', () => {
    expect(originPlaces('place:vientiane')).toContain('place:thanaleng-dry-port');
    expect(find('place:vientiane', 'place:laem-chabang', 'corridor:laos-laem-chabang')?.from).toBe('place:thanaleng-dry-port');
    expect(find('place:vientiane', 'place:vung-ang-port', 'corridor:laos-vung-ang')?.from).toBe('place:vientiane');
  });

  it('finds the road to Sihanoukville longer from Vientiane than the road to Vung Ang, and shorter from Pakse', () => {
    const sihanoukville = find('place:vientiane', 'place:sihanoukville-autonomous-port', 'corridor:laos-sihanoukville-road')!;
    const vungAng = find('place:vientiane', 'place:vung-ang-port', 'corridor:laos-vung-ang')!;
    const route8 = find('place:vientiane', 'place:vung-ang-port', 'corridor:laos-route8-vietnam')!;
    const fromPakse = find('place:pakse', 'place:sihanoukville-autonomous-port', 'corridor:laos-sihanoukville-road')!;
    expect(sihanoukville.km).toBeGreaterThan(vungAng.km);
    expect(sihanoukville.km).toBeGreaterThan(route8.km);
    expect(fromPakse.km).toBeLessThan(sihanoukville.km);
  });

  it('counts the border crossings, modes and schematic kilometres between the two places', () => {
    const fromPakse = find('place:pakse', 'place:sihanoukville-autonomous-port', 'corridor:laos-sihanoukville-road')!;
    expect(fromPakse.crossings.map((c) => [c.from, c.to])).toEqual([['country:LAO', 'country:KHM']]);
    expect(fromPakse.modes).toEqual(['road']);
    const m = metrics('corridor:laos-sihanoukville-road');
    expect(fromPakse.schematicKm).toBeCloseTo(m.schematicKm, 6); // both schematic legs lie south of Pakse
    const laem = find('place:vientiane', 'place:laem-chabang', 'corridor:laos-laem-chabang')!;
    expect(laem.modes).toEqual(['rail', 'road']);
    expect(laem.schematicKm).toBe(0);
    expect(laem.crossings.map((c) => c.to)).toEqual(['country:THA']);
    const vungAng = find('place:vientiane', 'place:vung-ang-port', 'corridor:laos-vung-ang')!;
    expect(vungAng.schematicKm).toBeGreaterThan(0);
    for (const r of rows) expect(r.crossings.length, r.corridor).toBe(1);
  });

  it('sorts by a column both ways', () => {
    const name = (id: string) => index.features.get(id as never)?.name ?? id;
    const up = sortRows(rows, 'km', 'ascending', name).map((r) => r.km);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    expect(sortRows(rows, 'km', 'descending', name).map((r) => r.km)).toEqual([...up].reverse());
    expect(sortRows(rows, 'journey', 'ascending', name)[0]!.origin).toBe('place:pakse');
  });
});
