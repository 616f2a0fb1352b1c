import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePack, type RawPack } from '../../src/content/validate.ts';
import { GEO_DIR, readRawPack } from './helpers/pack.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the real pack with one change made to one file. */
function mutated(key: keyof RawPack, change: (data: Json) => void): RawPack {
  const raw = readRawPack();
  const copy = structuredClone(raw[key]) as Json;
  change(copy);
  return { ...raw, [key]: copy };
}

describe('validating a content pack', () => {
  it('finds nothing wrong with the real pack', () => {
    expect(validatePack(readRawPack()).problems).toEqual([]);
  });

  const cases: [string, keyof RawPack, (d: Json) => void, { file: string; path: string | RegExp; message: string | RegExp }][] = [
    [
      'a missing id',
      'places',
      (d) => delete d.features[3].properties.id,
      { file: 'places.geojson', path: 'features[3].properties.id', message: /expected string/i },
    ],
    [
      'a duplicate id',
      'places',
      (d) => (d.features[4].properties.id = d.features[5].properties.id),
      { file: 'places.geojson', path: 'features[5].properties.id', message: /duplicate id/ },
    ],
    [
      'a wrong type',
      'corridors',
      (d) => (d.features[1].properties.kind = 'teleport'),
      { file: 'corridors.geojson', path: 'features[1].properties.kind', message: /expected one of/i },
    ],
    [
      'coordinates outside the region',
      'places',
      (d) => (d.features[2].geometry.coordinates = [151.2, -33.9]),
      { file: 'places.geojson', path: 'features[2].geometry.coordinates', message: /outside the region/ },
    ],
    [
      'a line vertex outside the region',
      'corridors',
      (d) => (d.features[1].geometry.coordinates[3] = [10, 50]),
      { file: 'corridors.geojson', path: 'features[1].geometry.coordinates[3]', message: /outside the region/ },
    ],
    [
      'a polygon vertex that is not a position',
      'countries',
      (d) => (d.features[0].geometry.coordinates[0][0][2] = [104, 'north']),
      {
        file: 'base/countries.geojson',
        path: /^features\[0\]\.geometry\.coordinates\[0\]\[0\]\[2\]$|^features\[0\]\.geometry\.coordinates\[0\]\[2\]$/,
        message: /expected a position/,
      },
    ],
    [
      'invalid GeoJSON',
      'corridors',
      (d) => (d.features[0].geometry = { type: 'LineString', coordinates: [[104, 12]] }),
      { file: 'corridors.geojson', path: 'features[0].geometry.coordinates', message: /too small|at least|>=2/i },
    ],
    [
      'a dangling waypoint',
      'corridors',
      (d) => (d.features[2].properties.waypoints[1] = 'place:atlantis'),
      { file: 'corridors.geojson', path: 'features[2].properties.waypoints[1]', message: 'unknown place "place:atlantis"' },
    ],
    [
      'an unknown source',
      'places',
      (d) => d.features[0].properties.sources.push('rumour'),
      { file: 'places.geojson', path: /^features\[0\]\.properties\.sources\[\d+\]$/, message: 'unknown source "rumour"' },
    ],
    [
      'HTML in a passage',
      'article',
      (d) => (d.sections[1].passages[0].text = 'Hello <img src=x onerror=alert(1)>'),
      { file: 'article.json', path: 'sections[1].passages[0].text', message: /HTML markup/ },
    ],
    [
      'a link to nothing',
      'article',
      (d) => d.sections[0].passages[0].links.push({ feature: 'corridor:nowhere', terms: [] }),
      { file: 'article.json', path: /^sections\[0\]\.passages\[0\]\.links\[\d+\]\.feature$/, message: /unknown feature "corridor:nowhere"/ },
    ],
  ];

  for (const [what, key, change, expected] of cases) {
    it(`reports ${what} with its file and path`, () => {
      const { problems } = validatePack(mutated(key, change));
      expect(problems).toContainEqual({
        file: expected.file,
        path: expect.stringMatching(typeof expected.path === 'string' ? `^${expected.path.replace(/[[\].]/g, '\\$&')}$` : expected.path),
        message: expect.stringMatching(expected.message),
      });
    });
  }

  it('keeps every valid part when one item is broken', () => {
    const raw = readRawPack();
    const total = (raw.places as Json).features.length;
    const result = validatePack(mutated('places', (d) => (d.features[2].geometry.coordinates = [151.2, -33.9])));
    expect(result.places?.features.length).toBe(total - 1);
    expect(result.corridors?.features.length).toBe((raw.corridors as Json).features.length);
    expect(result.article).not.toBeNull();
  });
});

describe('npm run validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (target: string) => {
    try {
      return {
        code: 0,
        out: execFileSync('npx', ['tsx', 'scripts/validate-content.ts', target], { cwd: resolve(GEO_DIR, '..'), encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('passes the real pack and fails a broken copy with one line per problem', () => {
    expect(run('geo').code).toBe(0);
    cpSync(GEO_DIR, dir, { recursive: true });
    const file = join(dir, 'corridors.geojson');
    const data = JSON.parse(readFileSync(file, 'utf8')) as Json;
    data.features[0].properties.kind = 'teleport';
    data.features[1].properties.sources = ['rumour'];
    writeFileSync(file, JSON.stringify(data));
    const { code, out } = run(dir);
    expect(code).not.toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toContain('corridors.geojson: features[1].properties.sources[0]: unknown source "rumour"');
    expect(lines.some((l) => l.startsWith('corridors.geojson: features[0].properties.kind: '))).toBe(true);
    // One line per problem, each naming file, path and what is wrong; the dropped corridor's passage links
    // are reported too, since they now point at nothing.
    for (const line of lines) expect(line).toMatch(/^[\w.-]+: [\w.[\]]+: .+$/);
    expect(lines.filter((l) => l.startsWith('corridors.geojson'))).toHaveLength(2);
  }, 60_000);

  it('checks a small pack that borrows the built-in base map, as the explorer opens it', () => {
    const example = resolve(GEO_DIR, '..', 'examples', 'friendship-bridges');
    expect(run(example)).toEqual({ code: 0, out: `${example}: the content pack is valid\n` });
  }, 60_000);
});
