// A synthetic story pack of many features, for measuring how an opened pack loads: valid against the one schema
// (src/content/schema.ts), laid out as the built-in pack in geo/ is (pack.json, sources.json, places.geojson,
// corridors.geojson, article.json, tour.json; the base map is the explorer's own), every position inside the
// built-in pack's countries, and the same bytes for the same options (a seeded generator, no clock).
// Usage: `node scripts/bench/big-pack.mjs <folder> [features]`, or import writeBigPack.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A small seeded generator (mulberry32): the same pack every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACE_TYPES = ['capital', 'city', 'town', 'seaport', 'river-port', 'dry-port', 'railway-station', 'border-crossing', 'bridge', 'dam', 'falls', 'canal'];
const KINDS = ['port-access', 'agri-export', 'alternative', 'energy'];
const COUNTRIES = ['LAO', 'KHM', 'THA', 'VNM', 'CHN', 'MMR'];
const MODES = ['road', 'rail', 'river', 'power'];
const WORDS = ['river', 'market', 'road', 'station', 'hill', 'bridge', 'valley', 'plain', 'harbour', 'ferry', 'rice', 'timber', 'border', 'canal'];
/** Where places lie: the built-in pack's first view, well inside its extent. */
const BOX = [99.8, 9.6, 109.2, 22.6];
const round = (x) => Math.round(x * 1e5) / 1e5;

/**
 * Writes the pack into `dir` (created if need be). `features` places and corridors in all, a tenth of them
 * corridors. Returns the pack's id and its counts.
 */
export async function writeBigPack(dir, { features = 5000 } = {}) {
  const random = rng(21);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const nCorridors = Math.max(1, Math.round(features / 10));
  const nPlaces = features - nCorridors;
  const nSources = 60;

  const sources = Array.from({ length: nSources }, (_, i) => ({
    id: `synthetic_${i}`,
    title: `Synthetic source ${i} for measuring how a big pack opens`,
    publisher: i % 3 === 0 ? null : `Publisher ${i % 7}`,
    url: i % 4 === 0 ? null : `https://example.org/source/${i}`,
    date: i % 5 === 0 ? null : `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`,
    weak: i % 9 === 0,
    licence: null,
    supports: `The positions and names of synthetic places, group ${i}.`,
  }));
  const cite = () => {
    const a = Math.floor(random() * nSources);
    return a % 2 ? [`synthetic_${a}`] : [`synthetic_${a}`, `synthetic_${(a + 1) % nSources}`];
  };

  const places = [];
  for (let i = 0; i < nPlaces; i++) {
    const approximate = random() < 0.2;
    const name = `${pick(WORDS)[0].toUpperCase()}${pick(WORDS).slice(1)} ${pick(WORDS)} ${i}`;
    places.push({
      type: 'Feature',
      id: i + 1,
      geometry: { type: 'Point', coordinates: [round(BOX[0] + random() * (BOX[2] - BOX[0])), round(BOX[1] + random() * (BOX[3] - BOX[1]))] },
      properties: {
        id: `place:p-${i}`,
        name,
        localName: null,
        localLang: null,
        country: pick(COUNTRIES),
        type: i < 6 ? 'capital' : pick(PLACE_TYPES),
        approximate,
        uncertaintyKm: approximate ? 1 + Math.floor(random() * 20) : null,
        coordinateNote: random() < 0.5 ? null : 'A synthetic position for measuring.',
        description: `${name} is a synthetic place near the ${pick(WORDS)} and the ${pick(WORDS)}, made to measure how the explorer opens a big pack.`,
        sources: cite(),
      },
    });
  }

  // Each corridor runs west to east through three places, every vertex east of the one before: a line that
  // only moves east never crosses itself, so its schematic legs pass the validator's check.
  const corridors = [];
  const perLeg = 6;
  for (let i = 0; i < nCorridors; i++) {
    const first = Math.floor(random() * nPlaces);
    const chosen = [first, (first + 1 + Math.floor(random() * 40)) % nPlaces, (first + 41 + Math.floor(random() * 40)) % nPlaces]
      .map((k) => places[k])
      .sort((a, b) => a.geometry.coordinates[0] - b.geometry.coordinates[0]);
    const coordinates = [chosen[0].geometry.coordinates];
    const legs = [];
    const mode = pick(MODES);
    for (let leg = 0; leg < 2; leg++) {
      const [a, b] = [chosen[leg].geometry.coordinates, chosen[leg + 1].geometry.coordinates];
      for (let k = 1; k <= perLeg; k++) {
        const t = k / perLeg;
        const jitter = k === perLeg ? 0 : (random() - 0.5) * 0.05;
        coordinates.push(k === perLeg ? b : [round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t + jitter)]);
      }
      const traced = leg === 0;
      legs.push({
        from: chosen[leg].properties.id,
        to: chosen[leg + 1].properties.id,
        mode,
        quality: traced ? 'traced' : 'schematic',
        via: `Synthetic ${mode} ${i}-${leg}`,
        geometrySource: traced ? 'osm' : null,
        start: leg * perLeg,
        end: (leg + 1) * perLeg,
      });
    }
    const status = pick(['in-use', 'agreed', 'planned']);
    corridors.push({
      type: 'Feature',
      id: i + 1,
      geometry: { type: 'LineString', coordinates },
      properties: {
        id: `corridor:c-${i}`,
        name: `Synthetic ${mode} corridor ${i}, from ${chosen[0].properties.name} to ${chosen[2].properties.name}`,
        shortName: `Corridor ${i}`,
        kind: pick(KINDS),
        mode,
        modes: [mode],
        status,
        infrastructure: 'in-use',
        statusNote: `A synthetic route, marked ${status}, made to measure how the explorer opens a big pack.`,
        waypoints: chosen.map((p) => p.properties.id),
        origin: chosen[0].properties.id,
        destination: chosen[2].properties.id,
        legs,
        quality: 'partly-schematic',
        description: `Synthetic corridor ${i} by ${mode}.`,
        publishedLengths: [],
        sources: cite(),
      },
    });
  }

  // The article: sections of passages, each linking a few places and a corridor by the words of its text.
  const sections = [];
  for (let s = 0; s < 20; s++) {
    const passages = [];
    for (let p = 0; p < 5; p++) {
      const n = s * 5 + p;
      const linked = [places[(n * 37) % nPlaces], places[(n * 53 + 11) % nPlaces]];
      const corridor = corridors[n % nCorridors];
      passages.push({
        id: `passage:p-${n}`,
        text: `${linked[0].properties.name} and ${linked[1].properties.name} lie on ${corridor.properties.shortName}, a synthetic route of this measuring pack.`,
        links: [
          ...linked.map((f) => ({ feature: f.properties.id, terms: [f.properties.name] })),
          { feature: corridor.properties.id, terms: [corridor.properties.shortName] },
        ],
      });
    }
    sections.push({ id: `section:s-${s}`, heading: s === 0 ? null : `Section ${s}`, passages });
  }
  const passageIds = sections.flatMap((s) => s.passages.map((p) => p.id));
  const article = {
    title: 'A big synthetic pack',
    context: 'Made by a script to measure how the explorer opens a pack of many features; nothing in it is true.',
    headline: `${nPlaces.toLocaleString('en-GB')} places and ${nCorridors.toLocaleString('en-GB')} routes, made to measure`,
    caption: 'Synthetic places and routes across the Mekong region',
    sources: ['synthetic_0', 'synthetic_1'],
    sections,
  };

  const nSteps = 30;
  const steps = Array.from({ length: nSteps }, (_, i) => ({
    id: `step:s-${i}`,
    kind: i === 0 ? 'title' : i === nSteps - 1 ? 'closing' : 'step',
    title: i === 0 ? 'A big synthetic pack' : `Step ${i}`,
    subtitle: i === 0 || i === nSteps - 1 ? 'Made to measure' : null,
    passage: i === 0 || i === nSteps - 1 ? null : passageIds[i % passageIds.length],
    features: [places[(i * 97) % nPlaces].properties.id, places[(i * 89 + 5) % nPlaces].properties.id, corridors[i % nCorridors].properties.id],
    reveal: i === 0 ? [] : [corridors[i % nCorridors].properties.id, corridors[(i * 7) % nCorridors].properties.id],
    notes: `Notes for step ${i}.`,
    sources: i === 0 ? [] : cite(),
  }));

  const id = `big-synthetic-${features}`;
  const manifest = {
    id,
    title: 'A big synthetic pack',
    subtitle: `${features.toLocaleString('en-GB')} synthetic features, to measure how a big pack opens`,
    lang: 'en',
    mapLabel: 'Map of synthetic places and routes in the Mekong region',
    extent: [92, 5, 112, 27],
    frameExtent: [97, 8.5, 110.5, 25.5],
    firstView: { bounds: [99.8, 9.6, 109.2, 22.6] },
    corridorKinds: KINDS.map((k) => ({ id: k, label: `Synthetic ${k}` })),
    placeTypes: PLACE_TYPES.map((t) => ({ id: t, label: t[0].toUpperCase() + t.slice(1).replace('-', ' ') })),
    files: ['pack.json', 'sources.json', 'places.geojson', 'corridors.geojson', 'article.json', 'tour.json'],
    baseMap: 'built-in',
  };

  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const files = {
    'pack.json': manifest,
    'sources.json': { sources },
    'places.geojson': { type: 'FeatureCollection', features: places },
    'corridors.geojson': { type: 'FeatureCollection', features: corridors },
    'article.json': article,
    'tour.json': { title: 'A big synthetic pack', steps },
  };
  for (const [name, value] of Object.entries(files)) await writeFile(join(out, name), `${JSON.stringify(value)}\n`);
  return { id, dir: out, places: nPlaces, corridors: nCorridors, features: nPlaces + nCorridors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, n] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/bench/big-pack.mjs <folder> [features]');
    process.exit(2);
  }
  const written = await writeBigPack(dir, { features: n ? Number(n) : 5000 });
  console.log(`${written.id}: ${written.places} places, ${written.corridors} corridors in ${written.dir}`);
}
