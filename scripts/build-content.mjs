#!/usr/bin/env node
// Re-derives the computed parts of the corridors and places, in place. The committed pack files are the
// source of truth for everything authored: geo/sources.json, geo/places.geojson and, in geo/corridors.geojson,
// each corridor's names, kind, statuses, notes, description, waypoints, published lengths and sources, and each
// leg's mode, `via` text and `trace` (the kit lines it follows, and why a long way round is right, if it is).
// This script re-derives only what is computed from those and the kit lines in scripts/kit: each corridor's
// line (legs traced along the kit lines, snapped, simplified), the legs' vertex ranges, quality and geometry
// source, the straight joins noted after a traced leg's `via`, the corridor's mode, modes, origin, destination
// and quality; and geo/CONTENT-NOTES.md (prose from scripts/kit/content-notes.md, tables measured here).
// Deterministic: same inputs give the same bytes. `node scripts/build-content.mjs [--out <dir>]`.
import path from 'node:path';
import nearestPointOnLine from '@turf/nearest-point-on-line';
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import simplify from '@turf/simplify';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { point, lineString } from '@turf/helpers';
import { GEO, KIT, fillTemplate, packOut, readJson, readText, writeText } from './lib/pack-io.mjs';

const outDir = packOut();
const pack = {
  sources: readJson(GEO, 'sources.json'),
  places: readJson(GEO, 'places.geojson'),
  corridors: readJson(GEO, 'corridors.geojson'),
};
const kit = {
  roads: readJson(KIT, 'transport', 'roads.geojson'),
  railways: readJson(KIT, 'transport', 'railways.geojson'),
  mekong: readJson(KIT, 'geodata', 'mekong.geojson'),
  countries: readJson(KIT, 'geodata', 'countries.geojson'),
  sourcesMd: readText(KIT, 'facts', 'sources.md'),
};
const editorial = readJson(KIT, 'editorial.json');
const notesTemplate = readText(KIT, 'content-notes.md');

const problems = [];
const fail = (msg) => {
  throw new Error(`build-content: ${msg}`);
};
const uniq = (arr) => [...new Set(arr)];
const pick = (o, keys, where) => {
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`${where}: unexpected field ${k}`);
  return Object.fromEntries(keys.map((k) => (k in o ? [k, o[k]] : fail(`${where}: missing field ${k}`))));
};

// ---------------------------------------------------------------------------------------------
// Numbers and geometry helpers
// ---------------------------------------------------------------------------------------------
const r5 = (x) => {
  const v = Math.round(x * 1e5) / 1e5;
  return Object.is(v, -0) ? 0 : v;
};
const rc = ([lon, lat]) => [r5(lon), r5(lat)];
const km = (a, b) => turfDistance(point(a), point(b), { units: 'kilometers' });
const lenKm = (coords) => (coords.length < 2 ? 0 : turfLength(lineString(coords), { units: 'kilometers' }));
const same = (a, b) => a[0] === b[0] && a[1] === b[1];
const round1 = (x) => Math.round(x * 10) / 10;
const inRegion = ([lon, lat]) => lon >= 92 && lon <= 112 && lat >= 5 && lat <= 27;

/** Tolerance (degrees) for simplifying the kit lines (Douglas–Peucker): about 60 m. */
const SIMPLIFY_TOLERANCE = 0.00055;
/** A waypoint further than this from the line it is snapped to is joined by a straight segment. */
const SNAP_JOIN_KM = 1;
/** A traced leg may be at most this much longer than the straight distance (as in the kit's README). */
const maxTracedKm = (straight) => 1.8 * straight + 20;
/** A leg whose trace gives a reason for a long way round may be up to this many times the straight distance. */
const MAX_DETOUR = 3;

// Kit lines, addressed as "road:<id>", "rail:<id>" or "river:main" / "river:tien".
const kitLines = new Map();
for (const f of kit.roads.features) kitLines.set(`road:${f.properties.id}`, f);
for (const f of kit.railways.features) kitLines.set(`rail:${f.properties.id}`, f);
for (const f of kit.mekong.features) {
  const key = f.properties.segment === 'main stem' ? 'river:main' : f.properties.name.startsWith('Mekong (Tiền)') ? 'river:tien' : null;
  if (key) kitLines.set(key, f);
}
const kitLine = (key) => kitLines.get(key) ?? fail(`kit line ${key} not found in scripts/kit`);
const lineSourceOf = (key) => {
  if (key.startsWith('river:')) return 'natural-earth';
  const lic = kitLine(key).properties.licence ?? '';
  if (lic.startsWith('ODbL')) return 'osm';
  if (lic.startsWith('Public domain')) return 'natural-earth';
  return fail(`unknown licence on ${key}`);
};

function snap(key, p) {
  const n = nearestPointOnLine(kitLine(key), point(p), { units: 'kilometers' });
  return { coord: n.geometry.coordinates, index: n.properties.index, location: n.properties.location, dist: n.properties.dist };
}

/** Part of kit line `key` between the points nearest to a and b, in the direction a → b. */
function sliceAlong(key, a, b) {
  const coords = kitLine(key).geometry.coordinates;
  const sa = snap(key, a);
  const sb = snap(key, b);
  const forward = sa.location <= sb.location;
  const [s, e] = forward ? [sa, sb] : [sb, sa];
  const out = [s.coord];
  for (let i = s.index + 1; i <= e.index; i++) out.push(coords[i]);
  out.push(e.coord);
  if (!forward) out.reverse();
  return out;
}

/** Where two kit lines meet: the vertex of one (ids sorted, so it is the same either way) closest to the other. */
function junction(keyA, keyB) {
  const [x, y] = [keyA, keyB].sort();
  /** @type {{ c: number[], d: number } | null} */
  let best = null;
  for (const c of kitLine(x).geometry.coordinates) {
    const d = snap(y, c).dist;
    if (!best || d < best.d) best = { c, d };
  }
  if (!best) throw new Error(`${x} has no vertices`);
  return best.c;
}

function simplifyCoords(coords) {
  if (coords.length <= 2) return coords;
  return simplify(lineString(coords), { tolerance: SIMPLIFY_TOLERANCE, highQuality: true }).geometry.coordinates;
}

function dedupe(coords) {
  const out = [];
  for (const c of coords) if (!out.length || !same(out[out.length - 1], c)) out.push(c);
  return out;
}

function countryAt(coord) {
  for (const f of kit.countries.features) if (booleanPointInPolygon(point(coord), f)) return f.properties.adm0_a3;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Sources (authored): checked, written back unchanged
// ---------------------------------------------------------------------------------------------
const SOURCE_KEYS = ['id', 'title', 'publisher', 'url', 'date', 'weak', 'licence', 'supports'];
const sourcesOut = pack.sources.sources.map((s, i) => pick(s, SOURCE_KEYS, `sources[${i}]`));
for (let i = 1; i < sourcesOut.length; i++) if (!(sourcesOut[i - 1].id < sourcesOut[i].id)) fail(`sources are not sorted by id at ${sourcesOut[i].id}`);
const sourceById = new Map(sourcesOut.map((s) => [s.id, s]));
// A source the kit's source list marks weak stays weak here.
for (const m of kit.sourcesMd.matchAll(/^- \*\*([A-Za-z0-9_]+)\*\*( \*\*\(weak\)\*\*)?/gm)) {
  const s = sourceById.get(m[1]);
  if (s && m[2] && !s.weak) fail(`source ${m[1]} is weak in scripts/kit/facts/sources.md but not in geo/sources.json`);
}
const checkSources = (ids, where) => {
  for (const s of ids) if (!sourceById.has(s)) fail(`${where} cites unknown source ${s}`);
};

// ---------------------------------------------------------------------------------------------
// Places (authored): checked, written back
// ---------------------------------------------------------------------------------------------
const PLACE_KEYS = ['id', 'name', 'localName', 'localLang', 'country', 'type', 'approximate', 'uncertaintyKm', 'coordinateNote', 'description', 'sources'];
const places = pack.places.features.map((f, i) => {
  const p = pick(f.properties, PLACE_KEYS, `places[${i}]`);
  const coordinates = f.geometry.coordinates;
  if (f.geometry.type !== 'Point' || !inRegion(coordinates)) fail(`place ${p.id} is not a point inside the region`);
  if (!p.sources.length) fail(`place ${p.id} has no sources`);
  checkSources(p.sources, `place ${p.id}`);
  if (p.localName && !p.localLang) fail(`local name without language on ${p.id}`);
  const inCountry = countryAt(coordinates);
  if (inCountry && inCountry !== p.country && p.type !== 'bridge' && p.type !== 'border-crossing') {
    problems.push(`${p.id}: point falls in ${inCountry}, place says ${p.country}`);
  }
  return { properties: p, coordinates };
});
const placeById = new Map(places.map((p) => [p.properties.id, p]));
if (placeById.size !== places.length) fail('duplicate place ids');

// ---------------------------------------------------------------------------------------------
// Corridors: authored fields in, line and measured fields re-derived
// ---------------------------------------------------------------------------------------------
// The straight joins noted after a traced leg's `via` are measurements: they are stripped from the committed
// text and measured again, in the words of scripts/kit/editorial.json.
const MV = editorial.measuredVia;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const measuredRe = `(?:${[MV.from, MV.gap, MV.to].map((t) => escapeRe(t).replace('\\{km\\}', '\\d+').replace('\\{place\\}', '.+?')).join('|')})`;
const withMeasured = new RegExp(`^(.*?)${escapeRe(MV.separator)}${measuredRe}(?:${escapeRe(MV.joiner)}${measuredRe})*$`, 's');
const authoredVia = (via) => via.match(withMeasured)?.[1] ?? via;
const fillMeasured = (t, kmValue, place) => t.replace('{km}', String(Math.round(kmValue))).replace('{place}', place ?? '');

const LEG_KEYS = ['from', 'to', 'mode', 'quality', 'via', 'geometrySource', 'start', 'end', 'trace'];
/** A leg's authored fields; the others are derived here, so a new leg may leave them out. */
const LEG_AUTHORED = ['from', 'to', 'mode', 'via', 'trace'];

function buildCorridor(f) {
  const def = f.properties;
  const wp = def.waypoints;
  if (def.legs.length !== wp.length - 1) fail(`${def.id}: ${def.legs.length} legs for ${wp.length} waypoints`);
  const legDefs = def.legs.map((l, i) => {
    const leg = pick({ quality: null, geometrySource: null, start: null, end: null, ...l }, LEG_KEYS, `${def.id} leg ${i + 1}`);
    for (const k of LEG_AUTHORED) if (l[k] === undefined) fail(`${def.id} leg ${i + 1}: missing field ${k}`);
    if (leg.from !== wp[i] || leg.to !== wp[i + 1]) fail(`${def.id} leg ${i + 1} does not run between waypoints ${i + 1} and ${i + 2}`);
    const t = leg.trace;
    if (!t || !Array.isArray(t.lines)) fail(`${def.id} leg ${i + 1} has no trace.lines`);
    for (const k of Object.keys(t)) if (k !== 'lines' && k !== 'detour') fail(`${def.id} leg ${i + 1}: unexpected trace field ${k}`);
    return { ...leg, lines: t.lines.length ? t.lines : null, detour: t.detour ?? null, via: authoredVia(leg.via) };
  });
  const wpCoord = wp.map((id) => (placeById.get(id) ?? fail(`${def.id}: unknown waypoint ${id}`)).coordinates);

  // 1. Each traced leg's pieces along the kit lines (unsimplified), from the snapped start to the snapped end.
  const raw = legDefs.map((leg, i) => {
    if (!leg.lines) return null;
    const A = wpCoord[i];
    const B = wpCoord[i + 1];
    const pieces = [];
    for (let k = 0; k < leg.lines.length; k++) {
      const key = leg.lines[k];
      const from = k === 0 ? A : junction(leg.lines[k - 1], key);
      const to = k === leg.lines.length - 1 ? B : junction(key, leg.lines[k + 1]);
      pieces.push({ key, coords: sliceAlong(key, from, to) });
    }
    return { pieces, startSnap: pieces[0].coords[0], endSnap: pieces[pieces.length - 1].coords.at(-1) };
  });

  // 2. Length check: a traced leg may not wander (kit rule: < 1.8 × straight + 20 km); too much straight join → schematic.
  const legInfo = legDefs.map((leg, i) => {
    const r = raw[i];
    if (!r) return { traced: false };
    const A = wpCoord[i];
    const B = wpCoord[i + 1];
    const kitKm = r.pieces.reduce((s, p) => s + lenKm(p.coords), 0);
    let gapKm = 0;
    for (let k = 1; k < r.pieces.length; k++) gapKm += km(r.pieces[k - 1].coords.at(-1), r.pieces[k].coords[0]);
    const startJoin = km(A, r.startSnap);
    const endJoin = km(B, r.endSnap);
    const joinA = startJoin > SNAP_JOIN_KM ? startJoin : 0;
    const joinB = endJoin > SNAP_JOIN_KM ? endJoin : 0;
    const straightKm = gapKm + joinA + joinB;
    const total = kitKm + straightKm;
    const direct = km(A, B);
    let traced = true;
    let reason = null;
    if (total >= maxTracedKm(direct)) {
      if (leg.detour && total < MAX_DETOUR * direct) {
        problems.push(
          `${def.id} leg ${i + 1} (${wp[i]} → ${wp[i + 1]}) kept traced although the path is ${round1(total)} km vs ${round1(direct)} km straight: ${leg.detour}`,
        );
      } else {
        traced = false;
        reason = `path ${round1(total)} km vs straight ${round1(direct)} km`;
      }
    } else if (straightKm > 3 && straightKm > 0.25 * total) {
      traced = false;
      reason = `${round1(straightKm)} of ${round1(total)} km would be straight joins`;
    }
    if (!traced) problems.push(`${def.id} leg ${i + 1} (${wp[i]} → ${wp[i + 1]}) drawn schematic: ${reason}`);
    const bySource = {};
    for (const p of r.pieces) bySource[lineSourceOf(p.key)] = (bySource[lineSourceOf(p.key)] ?? 0) + lenKm(p.coords);
    const geometrySource = Object.entries(bySource).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
    return { traced, kitKm, gapKm, joinA, joinB, geometrySource };
  });

  // 3. Joint vertex at each waypoint: the snapped point when every traced leg touching it snaps to the same spot
  //    within 1 km; otherwise the waypoint itself (the legs then get a straight join to it).
  const joints = wp.map((_, k) => {
    const snaps = [];
    if (k > 0 && legInfo[k - 1].traced) snaps.push(rc(raw[k - 1].endSnap));
    if (k < wp.length - 1 && legInfo[k].traced) snaps.push(rc(raw[k].startSnap));
    if (snaps.length && snaps.every((s) => same(s, snaps[0]) && km(s, wpCoord[k]) <= SNAP_JOIN_KM)) return snaps[0];
    return wpCoord[k];
  });

  // 4. Leg coordinates: joint → (join) → simplified pieces (with straight joins across gaps) → (join) → joint.
  const legCoords = legDefs.map((_, i) => {
    if (!legInfo[i].traced) return [joints[i], joints[i + 1]];
    const body = [];
    for (const p of raw[i].pieces) body.push(...simplifyCoords(p.coords).map(rc));
    return dedupe([joints[i], ...body, joints[i + 1]]);
  });

  const coordinates = [];
  const legs = [];
  legCoords.forEach((lc, i) => {
    if (lc.length < 2) fail(`${def.id} leg ${i + 1} collapsed to a point`);
    const start = i === 0 ? 0 : coordinates.length - 1;
    if (i === 0) coordinates.push(...lc);
    else {
      if (!same(coordinates.at(-1), lc[0])) fail(`${def.id}: legs ${i} and ${i + 1} do not join`);
      coordinates.push(...lc.slice(1));
    }
    const info = legInfo[i];
    const leg = legDefs[i];
    const quality = info.traced ? 'traced' : 'schematic';
    if (leg.quality && quality !== leg.quality) problems.push(`${def.id} leg ${i + 1} is now ${quality} (was ${leg.quality}): review its via`);
    let via = leg.via;
    if (info.traced) {
      const extras = [];
      const nameOf = (id) => placeById.get(id).properties.name.split(/ \(| – | \/ /)[0];
      if (info.joinA >= 1) extras.push(fillMeasured(MV.from, info.joinA, nameOf(wp[i])));
      if (info.gapKm >= 1) extras.push(fillMeasured(MV.gap, info.gapKm));
      if (info.joinB >= 1) extras.push(fillMeasured(MV.to, info.joinB, nameOf(wp[i + 1])));
      if (extras.length) via = `${via}${MV.separator}${extras.join(MV.joiner)}`;
    }
    legs.push({
      from: wp[i],
      to: wp[i + 1],
      mode: leg.mode,
      quality,
      via,
      geometrySource: info.traced ? info.geometrySource : null,
      start,
      end: coordinates.length - 1,
      trace: leg.trace,
    });
  });

  const modes = uniq(legs.map((l) => l.mode));
  const tracedCount = legs.filter((l) => l.quality === 'traced').length;
  const quality = tracedCount === legs.length ? 'traced' : tracedCount === 0 ? 'schematic' : 'partly-schematic';
  // The data a traced line is drawn from is always cited.
  const sources = uniq([
    ...def.sources,
    ...legs
      .map((l) => l.geometrySource)
      .filter(Boolean)
      .sort(),
  ]);
  checkSources(sources, def.id);
  for (const x of def.publishedLengths) checkSources(x.sources, `${def.id} published length`);

  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates },
    properties: {
      id: def.id,
      name: def.name,
      shortName: def.shortName,
      kind: def.kind,
      mode: modes.length === 1 ? modes[0] : 'mixed',
      modes,
      status: def.status,
      infrastructure: def.infrastructure,
      statusNote: def.statusNote,
      waypoints: wp,
      origin: wp[0],
      destination: wp.at(-1),
      legs,
      quality,
      description: def.description,
      publishedLengths: def.publishedLengths.map((x, i) => pick(x, ['from', 'to', 'km', 'sources', 'note'], `${def.id} published length ${i + 1}`)),
      sources,
    },
  };
}

const corridorFeatures = pack.corridors.features.map((f, i) => ({ ...buildCorridor(f), id: i + 1 }));

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------
for (const f of corridorFeatures) {
  const p = f.properties;
  if (p.shortName.length > 28) fail(`${p.id}: shortName too long`);
  const coords = f.geometry.coordinates;
  for (const c of coords) if (!inRegion(c)) fail(`${p.id}: coordinate out of range`);
  for (let i = 1; i < coords.length; i++) if (same(coords[i - 1], coords[i])) fail(`${p.id}: repeated vertex at ${i}`);
  if (p.legs[0].start !== 0 || p.legs.at(-1).end !== coords.length - 1) fail(`${p.id}: legs do not cover the line`);
  p.legs.forEach((l, i) => {
    if (i > 0 && l.start !== p.legs[i - 1].end) fail(`${p.id}: leg ${i + 1} does not start where leg ${i} ends`);
    if (l.end <= l.start) fail(`${p.id}: leg ${i + 1} is empty`);
  });
  for (const id of [...p.waypoints, ...p.publishedLengths.flatMap((x) => [x.from, x.to])]) if (!placeById.has(id)) fail(`${p.id}: unknown place ${id}`);
  for (const x of p.publishedLengths) {
    if (!p.waypoints.includes(x.from) || !p.waypoints.includes(x.to)) fail(`${p.id}: published length between non-waypoints`);
  }
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------
/** Pretty JSON with each geometry's coordinates, and each leg's trace, kept on one line. */
function stringifyCollection(fc) {
  const tokens = [];
  const token = (value) => {
    tokens.push(JSON.stringify(value));
    return `@@TOKEN_${tokens.length - 1}@@`;
  };
  const copy = {
    ...fc,
    features: fc.features.map((f) => {
      const properties = f.properties.legs ? { ...f.properties, legs: f.properties.legs.map((l) => ({ ...l, trace: token(l.trace) })) } : f.properties;
      return { ...f, geometry: { type: f.geometry.type, coordinates: token(f.geometry.coordinates) }, properties };
    }),
  };
  return JSON.stringify(copy, null, 2).replace(/"@@TOKEN_(\d+)@@"/g, (_, i) => tokens[Number(i)]) + '\n';
}

const placesFc = {
  type: 'FeatureCollection',
  features: places.map((p, i) => ({ type: 'Feature', id: i + 1, geometry: { type: 'Point', coordinates: p.coordinates }, properties: p.properties })),
};
const corridorsFc = {
  type: 'FeatureCollection',
  features: corridorFeatures.map((f) => ({ type: 'Feature', id: f.id, geometry: f.geometry, properties: f.properties })),
};

// Length table (also written to CONTENT-NOTES.md).
function spanKm(f, fromId, toId) {
  const p = f.properties;
  let i = p.waypoints.indexOf(fromId);
  let j = p.waypoints.indexOf(toId);
  if (i > j) [i, j] = [j, i];
  const legs = p.legs.slice(i, j);
  const coords = f.geometry.coordinates.slice(legs[0].start, legs.at(-1).end + 1);
  return { km: lenKm(coords), allTraced: legs.every((l) => l.quality === 'traced') };
}
/** @type {{ corridor: string, total: number, quality: string, legs: string, published: any[] }[]} */
const lengthRows = [];
for (const f of corridorFeatures) {
  const p = f.properties;
  const total = lenKm(f.geometry.coordinates);
  lengthRows.push({ corridor: p.id, total, quality: p.quality, legs: p.legs.map((l) => (l.quality === 'traced' ? 'T' : 's')).join(''), published: [] });
  for (const x of p.publishedLengths) {
    const s = spanKm(f, x.from, x.to);
    lengthRows[lengthRows.length - 1].published.push({ ...x, mapKm: s.km, allTraced: s.allTraced, diff: (s.km - x.km) / x.km });
  }
}

const shortId = (id) => id.replace(/^place:/, '');
function contentNotes() {
  const legs = [];
  for (const f of corridorFeatures) {
    const p = f.properties;
    legs.push(`### ${p.id} (${p.quality})`, '');
    for (const l of p.legs) {
      const src =
        l.quality === 'traced'
          ? ` (kit: ${l.trace.lines.map((k) => `${k.startsWith('river:') ? 'mekong.geojson ' : ''}${k.replace(/^(road|rail|river):/, '')}`).join(' + ')})`
          : '';
      legs.push(`- ${shortId(l.from)} → ${shortId(l.to)}: ${l.quality}${src}, ${l.mode}; ${l.via}`);
    }
    legs.push('');
  }
  const table = ['| corridor | map length km | from → to | published km | map span km | diff | comparable |', '|---|---|---|---|---|---|---|'];
  for (const r of lengthRows) {
    if (!r.published.length) table.push(`| ${r.corridor} | ${r.total.toFixed(0)} | – | – | – | – | – |`);
    r.published.forEach((x, k) => {
      const pct = Math.round(x.diff * 100);
      const diff = `${pct > 0 ? '+' : ''}${pct} %`;
      const comparable = x.allTraced ? (Math.abs(x.diff) <= 0.15 ? 'yes' : 'yes, off by more than 15 %') : 'no';
      table.push(
        `| ${k === 0 ? r.corridor : ''} | ${k === 0 ? r.total.toFixed(0) : ''} | ${shortId(x.from)} → ${shortId(x.to)} | ${x.km} | ${x.mapKm.toFixed(0)} | ${diff} | ${comparable} |`,
      );
    });
  }
  return fillTemplate(notesTemplate, { legs: legs.join('\n').trimEnd(), lengths: table.join('\n') });
}

writeText(path.join(outDir, 'sources.json'), JSON.stringify({ sources: sourcesOut }, null, 2) + '\n');
writeText(path.join(outDir, 'places.geojson'), stringifyCollection(placesFc));
writeText(path.join(outDir, 'corridors.geojson'), stringifyCollection(corridorsFc));
writeText(path.join(outDir, 'CONTENT-NOTES.md'), contentNotes());

// Console report
console.log(`places: ${places.length}, corridors: ${corridorFeatures.length}, sources: ${sourcesOut.length}`);
for (const r of lengthRows) {
  console.log(`${r.corridor.padEnd(36)} ${r.total.toFixed(1).padStart(7)} km  ${r.quality.padEnd(16)} legs ${r.legs}`);
  for (const x of r.published) {
    console.log(
      `    ${(shortId(x.from) + ' → ' + shortId(x.to)).padEnd(58)} published ${String(x.km).padStart(7)}  map ${x.mapKm.toFixed(1).padStart(7)}  ${((x.diff >= 0 ? '+' : '') + (x.diff * 100).toFixed(1) + '%').padStart(7)}  ${x.allTraced ? 'traced' : 'has schematic legs'}`,
    );
  }
}
if (problems.length) {
  console.log('\nnotes:');
  for (const p of problems) console.log(`  - ${p}`);
}
