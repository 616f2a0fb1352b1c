// The story-pack reader: a folder, a .zip or a same-origin URL read into files, checked and validated by the one
// schema; the limits and refusals; and the JSON Schemas generated from the schema.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { filesFromFolder, filesFromUrl, LIMITS, openPackTexts, PackRefused, readPackFiles, sameOriginPackUrl } from '../../src/content/pack-reader.ts';
import { filesFromZip } from '../../src/content/pack-zip.ts';
import { packJsonSchemas, schemaText } from '../../src/content/json-schema.ts';
import { validatePack, validatePackInSlices, type RawPack } from '../../src/content/validate.ts';
import { keepPack } from '../../src/packs/open.ts';
import { writeBigPack } from '../../scripts/bench/big-pack.mjs';
import type { KeptPack, Library } from '../../src/packs/library.ts';
import { GEO_DIR } from './helpers/pack.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/friendship-bridges');
const BASE = 'https://school.example/explorer/geo/';

function folder(dir: string, prefix = ''): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(`${prefix}${relative(dir, full).split('\\').join('/')}`, new Uint8Array(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

/** Serves the built-in pack's files (geo/) for a pack that uses the built-in base map. */
const diskFetch = (async (url: string | URL | Request) => {
  const path = String(url).replace(BASE, '');
  try {
    return new Response(readFileSync(resolve(GEO_DIR, path)));
  } catch {
    return new Response('not found', { status: 404 });
  }
}) as typeof fetch;

const open = (files: Map<string, Uint8Array>) => openPackTexts(readPackFiles(files), { baseUrl: BASE, fetcher: diskFetch });
const text = (s: string) => new TextEncoder().encode(s);
const exampleWith = (name: string, change: (v: Record<string, unknown>) => void) => {
  const files = folder(EXAMPLE);
  const value = JSON.parse(new TextDecoder().decode(files.get(name)!)) as Record<string, unknown>;
  change(value);
  files.set(name, text(JSON.stringify(value)));
  return files;
};

describe('the example pack', () => {
  it('validates with no problem, read as a folder', async () => {
    const pack = await open(folder(EXAMPLE, 'friendship-bridges/'));
    expect(pack.problems).toEqual([]);
    expect(pack.manifest?.id).toBe('friendship-bridges');
    expect(pack.article?.sections.flatMap((s) => s.passages)).toHaveLength(7);
    expect(pack.tour?.steps.length).toBeGreaterThanOrEqual(3);
    // The base map is the explorer's own: its countries are read, the rest is drawn from the built-in files.
    expect(pack.countries?.features.length).toBeGreaterThan(0);
    expect(pack.mapFiles.borders).toBe(`${BASE}base/borders.geojson`);
  });

  it('validates the same, read from a .zip with the pack inside a folder', async () => {
    const files = Object.fromEntries([...folder(EXAMPLE, 'lesson/')].map(([k, v]) => [k, v]));
    const pack = await open(filesFromZip(zipSync(files)));
    expect(pack.problems).toEqual([]);
    expect(pack.manifest?.title).toBe('Bridges over the Mekong');
  });

  it('validates the same, read from a folder chosen in a file picker', async () => {
    const list = [...folder(EXAMPLE)].map(([path, bytes]) => ({
      name: path.split('/').at(-1)!,
      webkitRelativePath: `friendship-bridges/${path}`,
      size: bytes.byteLength,
      arrayBuffer: async () => bytes.slice().buffer,
    }));
    const pack = await open(await filesFromFolder(list));
    expect(pack.problems).toEqual([]);
  });

  it('is read from a URL on the same origin, every file it lists', async () => {
    const requested: string[] = [];
    const fetcher = (async (url: string | URL | Request) => {
      requested.push(String(url));
      const path = String(url).replace('https://school.example/explorer/examples/friendship-bridges/', '');
      return new Response(readFileSync(resolve(EXAMPLE, path)));
    }) as typeof fetch;
    const files = await filesFromUrl('examples/friendship-bridges', 'https://school.example/explorer/?pack=x', fetcher);
    expect([...files.keys()].sort()).toEqual(['article.json', 'pack.json', 'places.geojson', 'sources.json', 'tour.json']);
    expect(requested.every((u) => u.startsWith('https://school.example/'))).toBe(true);
    expect((await open(files)).problems).toEqual([]);
  });
});

describe('what is refused with a message', () => {
  it('a URL on another origin, before anything is fetched', async () => {
    let fetched = false;
    const fetcher = (async () => {
      fetched = true;
      return new Response('{}');
    }) as unknown as typeof fetch;
    await expect(filesFromUrl('https://elsewhere.example/pack/', 'https://school.example/explorer/', fetcher)).rejects.toThrow(
      /only packs served from its own site/,
    );
    await expect(filesFromUrl('//elsewhere.example/pack/', 'https://school.example/explorer/', fetcher)).rejects.toThrow(PackRefused);
    expect(fetched).toBe(false);
    expect(sameOriginPackUrl('../packs/a', 'https://school.example/explorer/').href).toBe('https://school.example/packs/a/');
  });

  it('files without a pack.json', () => {
    const files = folder(EXAMPLE);
    files.delete('pack.json');
    expect(() => readPackFiles(files)).toThrow(/no pack.json/);
  });

  it('a pack.json that is not JSON, not UTF-8, or not valid', () => {
    const files = folder(EXAMPLE);
    files.set('pack.json', text('{ "id": '));
    expect(() => readPackFiles(files)).toThrow(/not valid JSON/);
    files.set('pack.json', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(() => readPackFiles(files)).toThrow(/not UTF-8/);
    try {
      readPackFiles(exampleWith('pack.json', (m) => (m['extent'] = [10, 0, 5, 1])));
      expect.unreachable();
    } catch (e) {
      expect((e as PackRefused).problems).toContainEqual({
        file: 'pack.json',
        path: 'extent',
        message: 'a box is [west, south, east, north] with west < east and south < north',
      });
    }
  });

  it('a .zip over 25 MB, before it is opened, and one that expands past 100 MB', () => {
    expect(() => filesFromZip(new Uint8Array(LIMITS.zipBytes + 1))).toThrow(/too big/);
    const big = zipSync({ 'pack.json': text('{}'), 'places.geojson': new Uint8Array(LIMITS.packBytes + 1) }, { level: 9 });
    expect(big.byteLength).toBeLessThan(LIMITS.zipBytes);
    expect(() => filesFromZip(big)).toThrow(/expands to more than 100 MB/);
    expect(() => filesFromZip(text('not a zip at all'))).toThrow(PackRefused);
  });

  it('more than 20,000 features', async () => {
    const point = { type: 'Feature', geometry: { type: 'Point', coordinates: [102, 17] }, properties: {} };
    const files = exampleWith('pack.json', (m) => (m['files'] = [...(m['files'] as string[]), 'base/towns.geojson']));
    files.set('base/towns.geojson', text(JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: LIMITS.features + 1 }, () => point) })));
    await expect(open(files)).rejects.toThrow(/features, more than the 20,000 the explorer opens/);
  });

  it('a pack that takes the built-in story’s id, before anything is kept', async () => {
    const kept: KeptPack[] = [];
    const library: Library = { list: async () => [], get: async () => undefined, put: async (p) => void kept.push(p), remove: async () => undefined };
    const texts = readPackFiles(exampleWith('pack.json', (m) => (m['id'] = 'built-in')));
    await expect(keepPack(texts, { builtInBase: BASE, library, fetcher: diskFetch })).rejects.toThrow(/built-in story's/);
    expect(kept).toEqual([]);
    await keepPack(readPackFiles(folder(EXAMPLE)), { builtInBase: BASE, library, fetcher: diskFetch });
    expect(kept.map((p) => p.id)).toEqual(['friendship-bridges']);
  });
});

describe('what costs only its own file or item (the rest opens)', () => {
  it('a file that is not UTF-8 or not JSON, a file named but missing, a file there but not named', async () => {
    const files = folder(EXAMPLE);
    files.set('tour.json', new Uint8Array([0xc3, 0x28]));
    files.set('article.json', text('{ "title": '));
    files.delete('sources.json');
    files.set('corridors.geojson', text('{}'));
    const pack = await open(files);
    expect(pack.problems).toEqual(
      expect.arrayContaining([
        { file: 'tour.json', path: '(file)', message: 'is not UTF-8 text: it was not read' },
        { file: 'sources.json', path: '(file)', message: 'is listed in pack.json but the pack does not contain it' },
        { file: 'corridors.geojson', path: '(file)', message: 'is in the pack but not listed in pack.json: it was not read' },
        expect.objectContaining({ file: 'article.json', path: '(file)', message: expect.stringMatching(/^is not valid JSON/) }),
      ]),
    );
    expect(pack.places?.features.length).toBe(10);
  });

  it('markup in text, a duplicate id, a link to a missing feature, a position outside the world or the pack’s extent', async () => {
    const files = exampleWith('places.geojson', (p) => {
      const features = p['features'] as { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
      features[0]!.properties['description'] = 'A capital <script>alert(1)</script>';
      features[1]!.properties['id'] = features[2]!.properties['id'];
      features[3]!.geometry.coordinates = [200, 10];
      features[4]!.geometry.coordinates = [50, 10];
    });
    const pack = await open(files);
    const messages = pack.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(messages).toContain('places.geojson: features[0].properties.description: contains HTML markup: it is shown as plain text');
    expect(messages.some((m) => /duplicate id "place:thanaleng-dry-port"/.test(m))).toBe(true);
    expect(messages).toContain('places.geojson: features[3].geometry.coordinates: coordinates outside the region (lon 92..112, lat 5..27)');
    expect(messages).toContain('places.geojson: features[4].geometry.coordinates: coordinates outside the region (lon 92..112, lat 5..27)');
    // The place outside the region is dropped; a passage that links to it is reported, the others keep their links.
    expect(messages.some((m) => /links to unknown feature/.test(m))).toBe(true);
    expect(pack.places?.features.length).toBe(8);
  });

  it('the world’s bounds apply whatever a pack says its extent is', async () => {
    const pack = await open(
      exampleWith('places.geojson', (p) => ((p['features'] as { geometry: { coordinates: number[] } }[])[0]!.geometry.coordinates = [102, 95])),
    );
    expect(pack.problems.map((p) => p.message)).toContain('coordinates outside the region (lon 92..112, lat 5..27)');
    const files = exampleWith('pack.json', (m) => (m['extent'] = [-180, -90, 180, 90]));
    expect((await open(files)).problems).toEqual([]);
    const outside = JSON.parse(new TextDecoder().decode(files.get('places.geojson'))) as { features: { geometry: { coordinates: number[] } }[] };
    outside.features[0]!.geometry.coordinates = [200, 10];
    files.set('places.geojson', text(JSON.stringify(outside)));
    expect((await open(files)).problems.map((p) => p.message)).toContain('coordinates outside the region (lon -180..180, lat -90..90)');
  });

  it('a corridor whose drawn (schematic) line crosses itself', async () => {
    const corridor = {
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [102.6, 17.97],
          [104.76, 16.57],
          [104.76, 17.9],
          [103, 16.5],
        ],
      },
      properties: {
        id: 'corridor:zigzag',
        name: 'Zigzag',
        shortName: 'Zigzag',
        kind: 'alternative',
        mode: 'road',
        modes: ['road'],
        status: 'planned',
        infrastructure: 'planned',
        statusNote: 'A plan only.',
        waypoints: ['place:vientiane', 'place:savannakhet'],
        origin: 'place:vientiane',
        destination: 'place:savannakhet',
        legs: [
          { from: 'place:vientiane', to: 'place:savannakhet', mode: 'road', quality: 'schematic', via: 'nowhere', geometrySource: null, start: 0, end: 3 },
        ],
        quality: 'schematic',
        description: 'A line drawn out of order.',
        publishedLengths: [],
        sources: ['wiki_bridge2'],
      },
    };
    const files = exampleWith('pack.json', (m) => (m['files'] = [...(m['files'] as string[]), 'corridors.geojson']));
    files.set('corridors.geojson', text(JSON.stringify({ type: 'FeatureCollection', features: [corridor] })));
    const pack = await open(files);
    expect(pack.problems).toContainEqual({
      file: 'corridors.geojson',
      path: 'features[0].geometry.coordinates',
      message: 'the line crosses itself (segments 0 and 2)',
    });
  });
});

describe('a big pack', () => {
  it('of 5,000 features opens with no problem, validated in slices with pauses between them, as in one go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'big-pack-'));
    try {
      await writeBigPack(dir);
      const files = folder(dir);
      const pack = await open(files);
      expect(pack.problems).toEqual([]);
      expect([pack.places?.features.length, pack.corridors?.features.length]).toEqual([4500, 500]);

      // A duplicate id at the end of the file, and a place of no known type in a slice of its own: each reported at
      // its own path in the file, and the invalid place left out.
      const read = (name: string) => JSON.parse(new TextDecoder().decode(files.get(name))) as Record<string, unknown>;
      const places = read('places.geojson') as { features: { properties: { id: string; type: string } }[] };
      places.features[4499]!.properties.id = places.features[7]!.properties.id;
      places.features[3210]!.properties.type = 'volcano';
      const raw: RawPack = {
        manifest: read('pack.json'),
        sources: read('sources.json'),
        places,
        corridors: read('corridors.geojson'),
        article: read('article.json'),
        tour: read('tour.json'),
      };
      let pauses = 0;
      const sliced = await validatePackInSlices(raw, {
        sliceMs: 0,
        pause: async () => {
          pauses++;
        },
      });
      const whole = validatePack(raw);
      expect(pauses, 'the page was let to run between the files and between the checks').toBeGreaterThan(8);
      expect(sliced).toEqual(whole);
      const at = whole.problems.map((p) => `${p.file}: ${p.path}`);
      expect(at).toContain('places.geojson: features[3210].properties.type');
      expect(at).toContain('places.geojson: features[4499].properties.id');
      expect(whole.places?.features).toHaveLength(4499);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the JSON Schemas for editors', () => {
  const schemas = packJsonSchemas();
  it('are the ones committed in docs/schema (run npm run schema after changing the schema)', () => {
    for (const [name, schema] of Object.entries(schemas)) {
      expect(readFileSync(resolve(import.meta.dirname, '../../docs/schema', name), 'utf8'), name).toBe(schemaText(schema));
    }
  });

  it('accept the example pack and the built-in pack, and reject a broken pack.json', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const check = (schema: string, file: string) => ajv.validate(schemas[schema as keyof typeof schemas], JSON.parse(readFileSync(file, 'utf8')));
    for (const dir of [EXAMPLE, GEO_DIR]) {
      expect(check('pack.schema.json', join(dir, 'pack.json')), ajv.errorsText()).toBe(true);
      expect(check('places.schema.json', join(dir, 'places.geojson')), ajv.errorsText()).toBe(true);
      expect(check('article.schema.json', join(dir, 'article.json')), ajv.errorsText()).toBe(true);
      expect(check('tour.schema.json', join(dir, 'tour.json')), ajv.errorsText()).toBe(true);
      expect(check('sources.schema.json', join(dir, 'sources.json')), ajv.errorsText()).toBe(true);
    }
    expect(ajv.validate(schemas['pack.schema.json'], { id: 'Not A Slug', title: '' })).toBe(false);
  });
});
