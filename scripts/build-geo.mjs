#!/usr/bin/env node
// Derives geo/base/ from the copy of the Natural Earth and GeoNames data in scripts/kit/geodata (or from a
// directory of the same files named by GEO_KIT), reproducibly (same input → same bytes). The countries' native
// names come from geo/countries.json, the pack's own data. Each output says where it came from in
// geo/base/PROVENANCE.md; scripts/kit/README.md gives the licences.
// `node scripts/build-geo.mjs [--out <dir>]` writes <dir>/base/ (default geo/base/).
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import simplify from '@turf/simplify';
import { GEO, KIT, packOut, readJson } from './lib/pack-io.mjs';

const kit = resolve(process.env.GEO_KIT ?? resolve(KIT, 'geodata'));
const out = resolve(packOut(), 'base');
mkdirSync(out, { recursive: true });
const baseMap = readJson(KIT, 'editorial.json').baseMap;

const read = (name) => readJson(kit, name);
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

write(
  'borders.geojson',
  fc(read('country_borders.geojson').features.map((f, i) => feature(i + 1, f.geometry, { kind: f.properties.type ?? 'international' }))),
  'country_borders.geojson',
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
const rivers = read('rivers.geojson')
  .features.filter((f) => f.properties.name !== 'Mekong' && f.properties.name !== 'Lancang')
  .filter((f) => f.properties.scalerank <= 6 || STORY_RIVERS.has(f.properties.name))
  .map((f, i) =>
    feature(i + 1, simplify(f, { tolerance: 0.004, highQuality: true }).geometry, {
      name: baseMap.riverNames[f.properties.name] ?? f.properties.name,
      rank: f.properties.scalerank,
    }),
  );
write('rivers.geojson', fc(rivers), 'rivers.geojson (scalerank ≤ 6 or rivers of the story; simplified at 0.004°)');

const lakes = read('lakes.geojson')
  .features.filter((f) => f.properties.scalerank <= 5)
  .map((f, i) => feature(i + 1, simplify(f, { tolerance: 0.002, highQuality: true }).geometry, { name: f.properties.name, kind: f.properties.featurecla }));
write('lakes.geojson', fc(lakes), 'lakes.geojson (scalerank ≤ 5: Tonle Sap, Nam Ngum Reservoir)');

// --- Towns: capitals, main towns, and the supplement's corridor towns -------------------------------------
const FOCUS = new Set(['KHM', 'LAO']);
const towns = [];
for (const f of read('places.geojson').features) {
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
  'places.geojson (national capitals, Cambodian and Lao towns, major cities) + places_supplement.geojson (GeoNames)',
);

const SEA = new Set(['ocean', 'sea', 'bay', 'gulf']);
write(
  'sea-labels.geojson',
  fc(
    read('physical_labels.geojson')
      .features.filter((f) => SEA.has(f.properties.featurecla) && f.properties.scalerank <= 5)
      .map((f, i) =>
        feature(i + 1, f.geometry, { name: f.properties.name.replace(/\b([A-Z])([A-Z]+)\b/g, (_, a, b) => a + b.toLowerCase()), rank: f.properties.scalerank }),
      ),
  ),
  'physical_labels.geojson (seas, gulfs and bays, scalerank ≤ 5)',
);

// --- Provenance ------------------------------------------------------------------------------------------
const total = written.reduce((s, w) => s + w.bytes, 0);
const lines = [
  '# geo/base: provenance',
  '',
  'Generated by `npm run build-geo` from the copy of the data kit in `scripts/kit/geodata` (Natural Earth, public domain; GeoNames, CC BY 4.0).',
  'Do not edit by hand. Coordinates are rounded to 4 decimals (about 11 m).',
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
