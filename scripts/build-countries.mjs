#!/usr/bin/env node
// Re-derives geo/countries.json in place. The committed file is the source of truth for everything in it:
// country facts (each figure with its sources and year), native names, stories, the Mekong's figures and notes,
// and the Cambodia–Laos section. What this script derives again is what is measured: the border lengths along
// the Mekong on the base map's Natural Earth lines, written into the Mekong notes where
// scripts/kit/editorial.json says, and the years missing from the trade series.
// It checks the file: every source id is in geo/sources.json; every source the kit's country facts
// (scripts/kit/facts) cite is still cited, except those left out on purpose (editorial.json); figures have the
// Figure shape and a missing value says so; stories have 2–4 sentences; the project's own-words texts copy no
// run of eight words from the facts; the focus countries are Cambodia and Laos.
// Deterministic: same inputs give the same bytes. `node scripts/build-countries.mjs [--out <dir>]`.
import { resolve } from 'node:path';
import { GEO, KIT, packOut, readJson, writeText } from './lib/pack-io.mjs';

const OUT = resolve(packOut(), 'countries.json');

function fail(msg) {
  throw new Error(`build-countries: ${msg}`);
}
function assert(cond, msg) {
  if (!cond) fail(msg);
}

const out = readJson(GEO, 'countries.json');
const editorial = readJson(KIT, 'editorial.json');
const SOURCE_IDS = new Set(readJson(GEO, 'sources.json').sources.map((s) => s.id));
const PLACE_IDS = new Set(readJson(GEO, 'places.geojson').features.map((f) => f.properties.id));
const facts = { countries: readJson(KIT, 'facts', 'countries.json'), bilateral: readJson(KIT, 'facts', 'bilateral.json') };
const NOT_FOUND = 'not found in the sources';
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// --- Borders along the Mekong, measured on the base map's own Natural Earth lines -------------------------------
// A land border is the run of edges two country polygons share; a stretch lies "along the river" where it is
// within 0.5 km of the Mekong's main stem. Lengths are rounded to 5 km (the data are at 1:10 million).
function measureAlongMekong() {
  const countriesGeo = readJson(KIT, 'geodata', 'countries.geojson');
  const mekongGeo = readJson(KIT, 'geodata', 'mekong.geojson');
  const stem = mekongGeo.features.find((f) => f.properties.segment === 'main stem');
  assert(stem && stem.geometry.type === 'LineString', 'no Mekong main stem in the geodata');
  const river = stem.geometry.coordinates;
  const rad = Math.PI / 180;
  const km = (a, b) => {
    const h = Math.sin(((b[1] - a[1]) * rad) / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(((b[0] - a[0]) * rad) / 2) ** 2;
    return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
  };
  const toRiver = (p) => {
    const kx = 111.32 * Math.cos(p[1] * rad);
    const ky = 110.57;
    let best = Infinity;
    for (let i = 0; i + 1 < river.length; i++) {
      const a = river[i];
      const b = river[i + 1];
      if (Math.abs(a[1] - p[1]) > 0.3) continue;
      const ax = (a[0] - p[0]) * kx,
        ay = (a[1] - p[1]) * ky,
        dx = (b[0] - a[0]) * kx,
        dy = (b[1] - a[1]) * ky;
      const l = dx * dx + dy * dy;
      const t = l === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  };
  const edges = (iso3) => {
    const f = countriesGeo.features.find((x) => x.properties.adm0_a3 === iso3);
    assert(f, `no ${iso3} polygon in the geodata`);
    const polys = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [f.geometry.coordinates];
    return polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((b, i) => [ring[i], b])));
  };
  const measure = (x, y) => {
    const key = (a, b) => `${a.join(',')};${b.join(',')}`;
    const other = new Set(edges(y).flatMap(([a, b]) => [key(a, b), key(b, a)]));
    let total = 0;
    let along = 0;
    for (const [a, b] of edges(x)) {
      if (!other.has(key(a, b))) continue;
      const d = km(a, b);
      total += d;
      if (toRiver([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]) < 0.5) along += d;
    }
    assert(total > 0, `${x} and ${y} share no border in the geodata`);
    const r5 = (v) => Math.round(v / 5) * 5;
    return { total: r5(total), along: r5(along) };
  };
  return measure;
}
const measureBorder = measureAlongMekong();

// --- Measured figures --------------------------------------------------------------------------------------------
for (const m of editorial.mekongBorderMeasures.measures) {
  const note = out.mekong.notes.find((n) => JSON.stringify(n.countries) === JSON.stringify(m.countries));
  assert(note, `no Mekong note for ${m.countries.join(' + ')}`);
  const measured = measureBorder(...m.border);
  if (m.border.join() === 'LAO,MMR') {
    assert(measured.along === measured.total, `only ${measured.along} of ${measured.total} km of the Laos–Myanmar border lie along the Mekong`);
  }
  const re = new RegExp(`${escapeRe(m.before)}\\d+${escapeRe(m.after)}`, 'g');
  const hits = note.text.match(re) ?? [];
  assert(hits.length === 1, `the Mekong note for ${m.countries.join(' + ')} should hold "${m.before}<km>${m.after}" once`);
  note.text = note.text.replace(re, `${m.before}${measured[m.measure]}${m.after}`);
}

/** The last year the trade series could hold: a year after it without a figure is "missing". */
const TRADE_LAST_YEAR = 2025;
{
  const years = out.bilateral.trade.series.map((t) => t.year);
  const missing = [];
  for (let y = Math.min(...years); y <= TRADE_LAST_YEAR; y++) if (!years.includes(y)) missing.push(y);
  out.bilateral.trade.missingYears = missing;
}

// --- Invariants --------------------------------------------------------------------------------------------------
// 1. Every source id written out is in geo/sources.json; no sources list is empty except where a value is
//    explicitly not found.
const written = new Set();
(function walk(node, path) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'sources') {
        assert(Array.isArray(v), `${path}.sources is not an array`);
        assert(new Set(v).size === v.length, `${path}: a source is listed twice`);
        for (const id of v) {
          assert(SOURCE_IDS.has(id), `${path}: source id ${id} is not in geo/sources.json`);
          written.add(id);
        }
        const notFound = typeof node.note === 'string' && /^not found in the sources/i.test(node.note);
        assert(v.length > 0 || notFound, `${path}: empty sources`);
      } else walk(v, `${path}.${k}`);
    }
  }
})(out, '$');

// 2. Every source cited in the kit's countries.json and bilateral.json is kept, but for those left out on purpose.
const leftOut = new Set(Object.keys(editorial.leftOutSources).filter((k) => k !== 'about'));
for (const [name, f] of Object.entries(facts)) {
  const cited = new Set();
  (function walk(node) {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      if (typeof node.id === 'string' && typeof node.url === 'string') cited.add(node.id);
      Object.values(node).forEach(walk);
    }
  })(f);
  const dropped = [...cited].filter((id) => !written.has(id) && !leftOut.has(id));
  assert(dropped.length === 0, `sources of the kit's ${name} facts no longer cited: ${dropped.join(', ')}`);
}
for (const id of leftOut) assert(!written.has(id), `${id} is cited although editorial.json leaves it out`);

// 3. Figures have the Figure shape; missing values say so.
(function walk(node, path) {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${path}[${i}]`));
  else if (node && typeof node === 'object') {
    if ('unit' in node && 'year' in node && 'value' in node) {
      assert(JSON.stringify(Object.keys(node)) === JSON.stringify(['value', 'unit', 'year', 'sources', 'note']), `${path}: not a Figure`);
      if (node.value === null) assert(node.note === NOT_FOUND, `${path}: missing value without the not-found note`);
    }
    Object.entries(node).forEach(([k, v]) => walk(v, `${path}.${k}`));
  }
})(out, '$');

// 4. Stories have 2–4 sentences; no own-words text copies a run of eight words from the facts.
const factStrings = [];
(function collect(node) {
  if (typeof node === 'string') factStrings.push(node);
  else if (node && typeof node === 'object') Object.values(node).forEach(collect);
})(facts);
const norm = (s) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
const N = 8;
const factGrams = new Set();
for (const s of factStrings) {
  const w = norm(s);
  for (let i = 0; i + N <= w.length; i++) factGrams.add(w.slice(i, i + N).join(' '));
}
const b = out.bilateral;
const ownWords = [
  ...out.countries.flatMap((c) => [
    [`${c.id} story`, c.story.text],
    [`${c.id} seaports note`, c.seaports.note],
    ...c.nativeNames.map((n) => [`${c.id} native note`, n.note]),
  ]),
  ...out.mekong.notes.map((n) => [`mekong note ${n.countries.join('+')}`, n.text]),
  ['bilateral talks', b.talks.text],
  ['bilateral talks date', b.talks.date.note],
  ['bilateral relations', b.relationsSince.note],
  ['bilateral anniversary', b.anniversary.note],
  ['bilateral partnership', b.partnership.note],
  ['bilateral road border crossings', b.roadBorderCrossings.text],
  ['bilateral border map', b.border.mapNote.text],
  ['bilateral energy', b.energy.text],
  ['bilateral trade context', b.trade.context.text],
  ['bilateral trade missing', b.trade.missingNote],
  ['bilateral trade target', b.trade.target.note],
  ...Object.entries(b.transit).map(([k, v]) => [`bilateral transit ${k}`, v.text]),
  ['bilateral crime', b.crossBorderCrime.text],
  ...b.meetings.map((m) => [`meeting ${m.date}`, m.text]),
  ...b.relatedEvents.map((r, i) => [`related event ${i + 1}`, r.text]),
].filter(([, v]) => v);
const copies = [];
for (const [label, text] of ownWords) {
  const w = norm(text);
  for (let i = 0; i + N <= w.length; i++) {
    const g = w.slice(i, i + N).join(' ');
    if (factGrams.has(g)) copies.push(`${label}: "${g}"`);
  }
}
assert(copies.length === 0, `own-words texts copy the facts:\n  ${copies.join('\n  ')}`);
for (const c of out.countries) {
  const sentences = c.story.text.split(/(?<=[.!?])\s+(?=[A-Z“])/).length;
  assert(sentences >= 2 && sentences <= 4, `${c.id}: story has ${sentences} sentences (want 2–4)`);
  if (c.capital.placeId) assert(PLACE_IDS.has(c.capital.placeId), `${c.id}: unknown capital place ${c.capital.placeId}`);
}

// 5. Roles: the two focus countries are Cambodia and Laos.
assert(JSON.stringify(out.countries.filter((c) => c.role === 'focus').map((c) => c.iso3)) === '["KHM","LAO"]', 'focus countries must be KHM and LAO');

const json = JSON.stringify(out, null, 2) + '\n';
writeText(OUT, json);
console.log(`countries.json: ${out.countries.length} countries, ${written.size} source ids, ${Buffer.byteLength(json)} bytes`);
