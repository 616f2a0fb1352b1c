#!/usr/bin/env node
// Derives geo/base/ from the copies of the Natural Earth and GeoNames data in scripts/kit/geodata and
// scripts/kit/geodata-wide (or from directories of the same files named by GEO_KIT and GEO_KIT_WIDE),
// reproducibly (same input → same bytes). The countries' native names come from geo/countries.json, the pack's own
// data. Each output says where it came from in geo/base/PROVENANCE.md; scripts/kit/README.md gives the licences.
// `node scripts/build-geo.mjs [--out <dir>]` writes <dir>/base/ (default geo/base/).
//
// Two extents. The first view draws the countries of the kit's box (lon 92–112, lat 5–27), the files the app
// validates; a wider screen sees beyond it, so everything the map draws after the first view (land beyond the box,
// borders, rivers, lakes, towns, seas) comes from the wide copy (lon 84–126, lat −4–32), identical inside the box.
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import simplify from '@turf/simplify';
import { lineOutsideBox, ringsOutsideBox } from './lib/box-clip.mjs';
import { GEO, KIT, packOut, readJson } from './lib/pack-io.mjs';

const kit = resolve(process.env.GEO_KIT ?? resolve(KIT, 'geodata'));
const wideKit = resolve(process.env.GEO_KIT_WIDE ?? resolve(KIT, 'geodata-wide'));
const out = resolve(packOut(), 'base');
mkdirSync(out, { recursive: true });
const baseMap = readJson(KIT, 'editorial.json').baseMap;

const read = (name) => readJson(kit, name);
const readWide = (name) => readJson(wideKit, name);
const PRECISION = 4; // ~11 m: far below what a regional map can show
const round = (n) => Math.round(n * 10 ** PRECISION) / 10 ** PRECISION;

/** Rounds every position and drops consecutive duplicates created by rounding. */
function roundCoords(coords) {
  if (typeof coords[0] === 'number') return [round(coords[0]), round(coords[1])];
  const mapped = coords.map(roundCoords);
  if (typeof mapped[0][0] !== 'number') return mapped;
  return mapped.filter((p, i) => i === 0 || p[0] !== mapped[i - 1][0] || p[1] !== mapped[i - 1][1]);
}

function fc(features) {
  return { type: 'FeatureCollection', features };
}

function feature(id, geometry, properties) {
  return { type: 'Feature', id, properties, geometry: { type: geometry.type, coordinates: roundCoords(geometry.coordinates) } };
}

/**
 * [west, south, east, north] of every position of some features.
 * @returns {[number, number, number, number]}
 */
function bboxOf(features) {
  /** @type {[number, number, number, number]} */
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] !== 'number') return c.forEach(walk);
    b[0] = Math.min(b[0], c[0]);
    b[1] = Math.min(b[1], c[1]);
    b[2] = Math.max(b[2], c[0]);
    b[3] = Math.max(b[3], c[1]);
  };
  for (const f of features) walk(f.geometry.coordinates);
  return b;
}

/** The outer rings of a polygon or multipolygon (the kit's have no holes; ringsOutsideBox checks). */
function outerRings(g) {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (polygons.some((p) => p.length > 1)) throw new Error('a country polygon with a hole');
  return polygons.map((p) => p[0]);
}

/**
 * The wide copy is the first copy's data inside the box, with the same vertices (its README); checked, so that the
 * first view's countries and what is drawn from the wide copy line up. Every position of the first copy is one of
 * the wide copy's, but for the points on the box's edge where the wide copy's land carries on past it, and the
 * label points of the seas the box cut, which the wide copy places in the whole sea (their names are checked).
 */
function checkSameInside() {
  const positions = (features) => {
    const out = [];
    const walk = (c) => (typeof c[0] === 'number' ? out.push(`${c[0]},${c[1]}`) : c.forEach(walk));
    for (const f of features) walk(f.geometry.coordinates);
    return out;
  };
  const onBox = (p) => {
    const [x, y] = p.split(',').map(Number);
    return x === box[0] || x === box[2] || y === box[1] || y === box[3];
  };
  const missing = (name, first, wide) => {
    const has = new Set(positions(wide));
    const lost = positions(first).filter((p) => !has.has(p) && !onBox(p));
    if (lost.length) throw new Error(`geodata-wide/${name} differs from geodata/${name} inside the box, e.g. at ${lost.slice(0, 3).join(' ')}`);
  };
  for (const name of ['country_borders.geojson', 'rivers.geojson', 'lakes.geojson', 'places.geojson'])
    missing(name, read(name).features, readWide(name).features);
  for (const f of countriesIn) {
    const wide = wideCountries.filter((w) => w.properties.adm0_a3 === f.properties.adm0_a3);
    if (wide.length) missing(`countries.geojson (${f.properties.adm0_a3})`, [f], wide);
  }
  const seas = new Set(readWide('physical_labels.geojson').features.map((f) => f.properties.name));
  const lost = read('physical_labels.geojson').features.filter((f) => !seas.has(f.properties.name));
  if (lost.length) throw new Error(`geodata-wide/physical_labels.geojson lacks ${lost.map((f) => f.properties.name).join(', ')}`);
}

/**
 * Simplifies coastlines only: a vertex that two units share (a land border) or that lies on the edge of the box or
 * of the data stays where it is, so neighbours still meet exactly and the land beyond the box still meets the
 * countries at its edge; the stretches of coast between such vertices are simplified (Douglas–Peucker). An island
 * that would lose its shape keeps its outline.
 */
function simplifyCoasts(units, tolerance) {
  const key = (p) => `${p[0]},${p[1]}`;
  const owners = new Map();
  for (const u of units) {
    for (const r of u.rings) for (const p of r) owners.set(key(p), (owners.get(key(p)) ?? new Set()).add(u.properties.adm0_a3));
  }
  const near = (v, edges) => edges.some((e) => Math.abs(v - e) < 1e-6);
  const fixed = (p) => owners.get(key(p)).size > 1 || near(p[0], [box[0], box[2], extent[0], extent[2]]) || near(p[1], [box[1], box[3], extent[1], extent[3]]);
  const line = (coordinates) =>
    simplify({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }, { tolerance, highQuality: true }).geometry.coordinates;
  const simplifyRing = (ring) => {
    const open = ring.slice(0, -1);
    const anchors = open.flatMap((p, i) => (fixed(p) ? [i] : []));
    if (anchors.length === 0) {
      const s = simplify({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }, { tolerance, highQuality: true }).geometry
        .coordinates[0];
      return s.length >= 4 ? s : ring;
    }
    const result = [];
    anchors.forEach((a, j) => {
      const b = j + 1 < anchors.length ? anchors[j + 1] : anchors[0] + open.length;
      const run = [];
      for (let i = a; i <= b; i++) run.push(open[i % open.length]);
      result.push(...(run.length > 2 ? line(run) : run).slice(0, -1));
    });
    result.push(result[0]);
    return result.length >= 4 ? result : ring;
  };
  return units.map((u) => ({ ...u, rings: u.rings.map(simplifyRing) }));
}

const written = [];
function write(name, data, from) {
  const text = JSON.stringify(data) + '\n';
  writeFileSync(resolve(out, name), text);
  written.push({ name, bytes: Buffer.byteLength(text), features: data.features.length, from });
}

// --- Countries: polygons with their role in the story, and label points with native names -------------
// The label shows each country's first native name in geo/countries.json (for Laos ລາວ, the country's name,
// not the abbreviation ສປປ ລາວ; a unit test checks that the two files agree). The map ships fonts for Khmer,
// Lao, Thai and Vietnamese only (src/map/style/fonts.ts): Burmese and Chinese are shown in the sidebar, where
// the browser's own fonts shape them.
const nativeByIso = new Map();
for (const c of readJson(GEO, 'countries.json').countries) {
  const n = c.nativeNames[0];
  if (n) nativeByIso.set(c.iso3, { name: n.common, lang: n.lang });
}
const ROLE_ORDER = { focus: 0, neighbour: 1, context: 2 };

const countriesIn = read('countries.geojson')
  .features.slice()
  .sort((a, b) => ROLE_ORDER[a.properties.role] - ROLE_ORDER[b.properties.role] || a.properties.adm0_a3.localeCompare(b.properties.adm0_a3));
const countries = countriesIn.map((f, i) => {
  const p = f.properties;
  // Context countries are only a backdrop: a coarser outline is enough and saves bytes.
  const geom = p.role === 'context' ? simplify(f, { tolerance: 0.01, highQuality: true }).geometry : f.geometry;
  return feature(i + 1, geom, { id: `country:${p.adm0_a3}`, iso3: p.adm0_a3, name: p.name, role: p.role });
});
write('countries.geojson', fc(countries), 'countries.geojson (NE 10m admin-1 dissolved; context countries simplified at 0.01°)');

const labels = countriesIn.map((f, i) => {
  const p = f.properties;
  const nameNative = nativeByIso.get(p.adm0_a3)?.name ?? null;
  return feature(
    i + 1,
    { type: 'Point', coordinates: [p.label_lon, p.label_lat] },
    {
      id: `country:${p.adm0_a3}`,
      iso3: p.adm0_a3,
      name: p.name,
      nameNative,
      nativeLang: nativeByIso.get(p.adm0_a3)?.lang ?? null,
      role: p.role,
    },
  );
});
write('country-labels.geojson', fc(labels), 'countries.geojson label_lon/label_lat; native names from geo/countries.json');

// --- Land beyond the box: what a wide screen sees around the first view's countries ------------------------
// The wide copy's polygons minus the box, with the same properties as countries.geojson: drawn beneath the
// countries, in the same colours, so a country the box cuts (China, Myanmar, India, …) carries on beyond it.
// Natural Earth's units as they are: the Spratly Islands (PGA) are a unit of their own, with no country's id
// in the pack, so the map gives them no label and no card (see geo/CONTENT-NOTES.md on disputed islands).
const box = bboxOf(countriesIn);
const wideCountries = readWide('countries.geojson')
  .features.slice()
  .sort((a, b) => ROLE_ORDER[a.properties.role] - ROLE_ORDER[b.properties.role] || a.properties.adm0_a3.localeCompare(b.properties.adm0_a3));
const extent = bboxOf(wideCountries);
checkSameInside();
const beyond = wideCountries.map((f) => ({ properties: f.properties, rings: ringsOutsideBox(outerRings(f.geometry), box) }));
const COAST_TOLERANCE = 0.02;
// Rounding can leave a sliver along the box's edge with fewer than four positions: it is dropped.
const contextFeatures = simplifyCoasts(beyond, COAST_TOLERANCE)
  .map((u) => ({
    properties: u.properties,
    polygons: u.rings
      .map(roundCoords)
      .filter((r) => r.length >= 4)
      .map((r) => [r]),
  }))
  .filter((u) => u.polygons.length > 0)
  .map((u, i) => {
    const p = u.properties;
    return feature(i + 1, { type: 'MultiPolygon', coordinates: u.polygons }, { id: `country:${p.adm0_a3}`, iso3: p.adm0_a3, name: p.name, role: p.role });
  });
write(
  'context.geojson',
  fc(contextFeatures),
  `geodata-wide countries.geojson outside lon ${box[0]}–${box[2]}, lat ${box[1]}–${box[3]} (coasts simplified at ${COAST_TOLERANCE}°, shared borders kept)`,
);

write(
  'borders.geojson',
  fc(readWide('country_borders.geojson').features.map((f, i) => feature(i + 1, f.geometry, { kind: f.properties.type ?? 'international' }))),
  'geodata-wide country_borders.geojson',
);

// --- Water -----------------------------------------------------------------------------------------------
const mekong = read('mekong.geojson').features.map((f, i) =>
  feature(i + 1, simplify(f, { tolerance: 0.002, highQuality: true }).geometry, {
    id: f.properties.segment === 'main stem' ? 'river:mekong' : `river:mekong-${i}`,
    name: f.properties.name,
    segment: f.properties.segment,
  }),
);
// A smooth copy of the main stem that is never drawn: line labels need gentle curves to fit along.
const stem = read('mekong.geojson').features.find((f) => f.properties.segment === 'main stem');
mekong.push(
  feature(mekong.length + 1, simplify(stem, { tolerance: 0.08, highQuality: true }).geometry, {
    id: 'river:mekong',
    name: stem.properties.name,
    segment: 'label',
  }),
);
write('mekong.geojson', fc(mekong), 'mekong.geojson (simplified at 0.002°; plus a label line simplified at 0.08°)');

// Other rivers: the main ones of the region, and every named river of Cambodia and Laos' story.
const STORY_RIVERS = new Set(baseMap.storyRivers);
// The Mekong inside the box is mekong.geojson; upstream of it (Natural Earth's Lancang beyond the box) it is drawn
// as the other rivers are.
const MEKONG = new Set(['Mekong', 'Lancang']);
const rivers = readWide('rivers.geojson')
  .features.filter((f) => f.properties.scalerank <= 6 || STORY_RIVERS.has(f.properties.name))
  .flatMap((f) => {
    if (!MEKONG.has(f.properties.name)) return [f];
    const lines = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const parts = lines.flatMap((l) => lineOutsideBox(l, box));
    return parts.length ? [{ ...f, geometry: { type: 'MultiLineString', coordinates: parts } }] : [];
  })
  .map((f, i) =>
    feature(i + 1, simplify(f, { tolerance: 0.004, highQuality: true }).geometry, {
      name: baseMap.riverNames[f.properties.name] ?? f.properties.name,
      rank: f.properties.scalerank,
    }),
  );
write('rivers.geojson', fc(rivers), 'geodata-wide rivers.geojson (scalerank ≤ 6 or rivers of the story; the Mekong only beyond the box; simplified at 0.004°)');

const lakes = readWide('lakes.geojson')
  .features.filter((f) => f.properties.scalerank <= 5)
  .map((f, i) => feature(i + 1, simplify(f, { tolerance: 0.002, highQuality: true }).geometry, { name: f.properties.name, kind: f.properties.featurecla }));
write('lakes.geojson', fc(lakes), 'geodata-wide lakes.geojson (scalerank ≤ 5)');

// --- Towns: capitals, main towns, and the supplement's corridor towns -------------------------------------
const FOCUS = new Set(['KHM', 'LAO']);
const towns = [];
for (const f of readWide('places.geojson').features) {
  const p = f.properties;
  const national = p.capital === 'national';
  const keep = national || (FOCUS.has(p.adm0_a3) && (p.capital === 'admin1' || p.scalerank <= 8)) || p.scalerank <= 3;
  if (!keep) continue;
  towns.push({
    geometry: f.geometry,
    name: p.name_en ?? p.name,
    country: p.adm0_a3,
    capital: p.capital ?? null,
    rank: national ? 0 : p.scalerank,
    source: 'natural-earth',
  });
}
for (const f of read('places_supplement.geojson').features) {
  const p = f.properties;
  towns.push({ geometry: f.geometry, name: p.name, country: p.adm0_a3, capital: null, rank: 7, source: 'geonames' });
}
towns.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name));
write(
  'towns.geojson',
  fc(towns.map((t, i) => feature(i + 1, t.geometry, { name: t.name, country: t.country, capital: t.capital, rank: t.rank, source: t.source }))),
  'geodata-wide places.geojson (national capitals, Cambodian and Lao towns, major cities) + places_supplement.geojson (GeoNames)',
);

// A label point within half a degree of the data's edge names a sea that lies mostly beyond it (the Yellow Sea,
// the Ceram Sea): left out.
const SEA = new Set(['ocean', 'sea', 'bay', 'gulf']);
const EDGE_MARGIN = 0.5;
const nearEdge = ([x, y]) => x < extent[0] + EDGE_MARGIN || x > extent[2] - EDGE_MARGIN || y < extent[1] + EDGE_MARGIN || y > extent[3] - EDGE_MARGIN;
write(
  'sea-labels.geojson',
  fc(
    readWide('physical_labels.geojson')
      .features.filter((f) => SEA.has(f.properties.featurecla) && f.properties.scalerank <= 5 && !nearEdge(f.geometry.coordinates))
      .map((f, i) =>
        feature(i + 1, f.geometry, { name: f.properties.name.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a, b) => a + b.toLowerCase()), rank: f.properties.scalerank }),
      ),
  ),
  `geodata-wide physical_labels.geojson (seas, gulfs and bays, scalerank ≤ 5; none within ${EDGE_MARGIN}° of the data's edge)`,
);

// --- Lines a lesson's routes follow ----------------------------------------------------------------------------
// The lesson editor draws a new route's legs along these where both ends lie near one (src/editor/trace.ts), so
// they carry the ids the pack's legs name in `trace.lines` (as scripts/build-content.mjs addresses the kit's lines)
// and what a leg records of its line: its name, and where it came from (`geometrySource`, `licence`). Every copy of
// the explorer caches the file for use offline, so it is kept small: roads and railways simplified at about 200 m,
// the Mekong (most of the file otherwise, and wider than that below its gorges) at about 500 m, all rounded to 3
// decimals (about 100 m): a lesson's map shows none of it.
const TRACE_TOLERANCE = { line: 0.002, river: 0.005 };
const roundTrace = (coords) =>
  coords.map(([x, y]) => [Math.round(x * 1e3) / 1e3, Math.round(y * 1e3) / 1e3]).filter((p, i, a) => i === 0 || p[0] !== a[i - 1][0] || p[1] !== a[i - 1][1]);
const NATURAL_EARTH = 'Public domain (Natural Earth)';
/** Where a kit line came from, by its licence: OpenStreetMap (ODbL) or Natural Earth (public domain). */
const geometrySourceOf = (licence) => {
  if (licence.startsWith('ODbL')) return 'osm';
  if (licence.startsWith('Public domain')) return 'natural-earth';
  throw new Error(`a transport line with an unknown licence: ${licence}`);
};
/** The Mekong's lines, by the ids the pack's river legs name them with. */
const RIVER_LINES = { Mekong: 'river:main', 'Mekong (Tiền) branch': 'river:tien', 'Bassac (Hậu) branch': 'river:bassac' };
const transportLines = (file, kind) =>
  readJson(KIT, 'transport', file).features.map((f) => ({
    f,
    id: `${kind}:${f.properties.id}`,
    licence: f.properties.licence,
    tolerance: TRACE_TOLERANCE.line,
  }));
const riverLines = read('mekong.geojson').features.map((f) => {
  const id = RIVER_LINES[f.properties.name];
  if (!id) throw new Error(`a Mekong line with no trace id: ${f.properties.name} (${f.properties.segment})`);
  return { f, id, licence: NATURAL_EARTH, tolerance: TRACE_TOLERANCE.river };
});
const traceLines = [...transportLines('roads.geojson', 'road'), ...transportLines('railways.geojson', 'rail'), ...riverLines].map(
  ({ f, id, licence, tolerance }, i) => {
    if (f.geometry.type !== 'LineString') throw new Error(`${id} is not one LineString`);
    const { name } = f.properties;
    const coordinates = roundTrace(simplify(f, { tolerance, highQuality: true }).geometry.coordinates);
    return feature(
      i + 1,
      { type: 'LineString', coordinates },
      {
        id,
        name,
        geometrySource: geometrySourceOf(licence),
        licence,
      },
    );
  },
);
write(
  'trace-lines.geojson',
  fc(traceLines),
  `transport/roads.geojson, transport/railways.geojson (OpenStreetMap, ODbL; Natural Earth) and mekong.geojson: the lines a lesson's routes follow (simplified at ${TRACE_TOLERANCE.line}°, the Mekong at ${TRACE_TOLERANCE.river}°; 3 decimals)`,
);

// --- Provenance ------------------------------------------------------------------------------------------
const total = written.reduce((s, w) => s + w.bytes, 0);
const lines = [
  '# geo/base: provenance',
  '',
  'Generated by `npm run build-geo` from the copies of the data kit in `scripts/kit/geodata` (lon 92–112, lat 5–27) and',
  '`scripts/kit/geodata-wide` (lon 84–126, lat −4–32; Natural Earth, public domain; GeoNames, CC BY 4.0).',
  'Do not edit by hand. Coordinates are rounded to 4 decimals (about 11 m), those of trace-lines.geojson to 3 (about 110 m).',
  '',
  'Boundaries are de facto, as Natural Earth draws them (the line held on the ground). The South China Sea islands are',
  'disputed: Natural Earth puts the Paracel Islands in China and the Spratly Islands in a unit of their own (PGA), drawn',
  'as neutral context with no label and no card.',
  '',
  '`trace-lines.geojson` holds the road, railway and river lines the lesson editor draws a new route along, from',
  '`scripts/kit/transport/roads.geojson` and `railways.geojson` and the Mekong of `scripts/kit/geodata/mekong.geojson`',
  "(the sources, commits and processing of each line are in `scripts/kit/README.md`). Each feature's `licence` says",
  'where it is from: the Lao roads, the Laos–China Railway and the Nong Khai–Thanaleng link are OpenStreetMap data,',
  '© OpenStreetMap contributors, under the Open Database Licence (ODbL 1.0); the other roads and the Mekong are',
  'Natural Earth (public domain). The file, a database holding ODbL data, is made available under the ODbL 1.0',
  '(https://opendatacommons.org/licenses/odbl/1-0/): whoever publishes a changed copy of it must share that under the',
  'ODbL too. A route a lesson draws along a line records it (`geometrySource`), and the map credits OpenStreetMap.',
  '',
  '| file | features | bytes | derived from |',
  '|---|---|---|---|',
  ...written.map((w) => `| ${w.name} | ${w.features} | ${w.bytes} | ${w.from} |`),
  '',
  `Total: ${total} bytes.`,
  '',
];
writeFileSync(resolve(out, 'PROVENANCE.md'), lines.join('\n'));
for (const w of written) console.log(`${w.name.padEnd(24)} ${String(w.features).padStart(4)} features ${String(w.bytes).padStart(8)} B`);
console.log(`total ${total} B`);
