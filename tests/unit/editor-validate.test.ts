// The lesson editor's drafts are checked as the explorer checks a pack it opens (validatePack, the truth rules,
// the reader's feature limit), and every problem says where it is.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPackTexts, readPackFiles } from '../../src/content/pack-reader.ts';
import { MAP_ONLY_FILES } from '../../src/content/validate.ts';
import {
  addPlace,
  addRoute,
  addStep,
  blankDraft,
  draftFrom,
  editPassage,
  filesOf,
  linkWords,
  problemsOf,
  rawPackOf,
  updatePack,
  type Done,
  type Draft,
  type Edit,
} from '../../src/editor/index.ts';
import { put } from '../../src/editor/draft.ts';
import { GEO_DIR, loadPack } from './helpers/pack.ts';

const read = (path: string) => JSON.parse(readFileSync(resolve(GEO_DIR, path), 'utf8')) as unknown;
/** The explorer's own base map, as the app has it. */
const BUILT_IN = { countries: read('base/countries.geojson'), countryLabels: read('base/country-labels.geojson') };

function ok<X extends object>(edit: Edit<X>): Done<X> {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  return edit;
}

/** The example pack, opened as the explorer opens a folder (its base map is the explorer's own). */
async function examplePack() {
  const dir = resolve(import.meta.dirname, '../../examples/friendship-bridges');
  const files = new Map(readdirSync(dir).map((name) => [name, new Uint8Array(readFileSync(resolve(dir, name)))]));
  const fetcher = (async (url: string | URL | Request) =>
    new Response(readFileSync(resolve(GEO_DIR, String(url).replace('https://x.example/geo/', ''))))) as typeof fetch;
  return openPackTexts(readPackFiles(files), { baseUrl: 'https://x.example/geo/', fetcher });
}

describe('drafts that validate', () => {
  it('a blank draft: a minimal pack with the explorer’s base map', () => {
    const d = blankDraft('  My first lesson ');
    expect(d.manifest).toMatchObject({ id: 'my-first-lesson', title: 'My first lesson', baseMap: 'built-in' });
    expect(d.manifest.files).toEqual(['pack.json', 'sources.json', 'places.geojson', 'article.json']);
    expect([...filesOf(d).keys()]).toEqual(d.manifest.files);
    expect(problemsOf(d, BUILT_IN)).toEqual([]);
    expect(problemsOf(d)).toEqual([]);
    expect(blankDraft('Built in').manifest.id).toBe('built-in-lesson');
  });

  it('a copy of the built-in pack, whose map-only base files are the explorer’s own', () => {
    // As the app loads it: the map-only files are addresses for the map to fetch, not data.
    const mapFiles = Object.fromEntries(Object.entries(MAP_ONLY_FILES).map(([key, file]) => [key, `https://x.example/geo/${file}`]));
    const d = draftFrom({ ...loadPack(), mapFiles });
    expect(d.manifest.baseMap).toBe('built-in');
    expect(Object.keys(d.base)).toEqual(['countries', 'countryLabels']);
    expect(d.manifest.files).toContain('base/country-labels.geojson');
    expect(d.manifest.files).not.toContain('base/borders.geojson');
    expect(problemsOf(d, BUILT_IN)).toEqual([]);
  });

  it('a copy of the example pack, opened as a folder', async () => {
    const pack = await examplePack();
    expect(pack.problems).toEqual([]);
    const d = draftFrom(pack);
    // The countries the reader took from the explorer stay the explorer's: the copy does not hold them.
    expect(d.base).toEqual({});
    expect(d.manifest.files).toEqual(pack.manifest!.files);
    expect(problemsOf(d, BUILT_IN)).toEqual([]);
  });
});

describe('problems, with where they are', () => {
  function lesson() {
    let d: Draft = blankDraft('Checks');
    const a = ok(addPlace(d, { name: 'Pakse', type: 'city', position: [105.78, 15.12], country: 'LAO', description: 'A city.', sourceIds: ['lesson'] }));
    const b = ok(addPlace(a.draft, { name: 'Outside', type: 'town', position: [80, 15], country: 'IND', sourceIds: ['lesson'] }));
    d = b.draft;
    return { d, pakse: a.id, outside: b.id };
  }

  it('a place outside the extent and text left to write, at the place', () => {
    const { d, outside } = lesson();
    const problems = problemsOf(d, BUILT_IN);
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'places.geojson', path: 'features[1].geometry.coordinates', target: { kind: 'place', id: outside } }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'places.geojson', path: 'features[1].properties.description', target: { kind: 'place', id: outside } }),
    );
    expect(problems.every((p) => p.target.id === outside)).toBe(true);
  });

  it('a route in use whose note says it is planned (a truth rule), at the route', () => {
    const { d, pakse } = lesson();
    const { draft, id } = ok(
      addPlace(d, { name: 'Ubon', type: 'city', position: [104.85, 15.24], country: 'THA', description: 'A city.', sourceIds: ['lesson'] }),
    );
    const route = ok(
      addRoute(
        draft,
        {
          name: 'Pakse–Ubon',
          kind: 'alternative',
          status: 'in-use',
          statusNote: 'A planned road.',
          description: 'A road.',
          waypoints: [pakse, id],
          sourceIds: ['lesson'],
        },
        [],
      ),
    );
    const problems = problemsOf(route.draft, BUILT_IN).filter((p) => p.file === 'corridors.geojson');
    expect(problems).toEqual([expect.objectContaining({ path: 'features[0].properties.status', target: { kind: 'route', id: route.id } })]);
  });

  it('a link to a country the base map does not have, and markup in a passage, at the passage', () => {
    const { d } = lesson();
    const x = ok(editPassage(d, 'passage:start', 'Pakse is on the Mekong <b>river</b>.')).draft;
    const y = ok(linkWords(x, 'passage:start', 0, 5, 'country:ZZZ')).draft;
    const problems = problemsOf(y, BUILT_IN).filter((p) => p.file === 'article.json');
    expect(problems.map((p) => [p.path, p.target])).toEqual([
      ['sections[0].passages[0].text', { kind: 'passage', id: 'passage:start' }],
      ['sections[0].passages[0].links[0].feature', { kind: 'passage', id: 'passage:start' }],
    ]);
    // Without the explorer's base map, links to countries cannot be checked.
    expect(
      problemsOf(y)
        .filter((p) => p.file === 'article.json')
        .map((p) => p.path),
    ).toEqual(['sections[0].passages[0].text']);
  });

  it('a tour of one step, a step without notes, and an id that is not a slug', () => {
    const { d } = lesson();
    const t = ok(addStep(d, { title: 'Start' }));
    const x = ok(updatePack(t.draft, { id: 'My Lesson' })).draft;
    const problems = problemsOf(x, BUILT_IN);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'tour.json', path: 'steps', target: { kind: 'tour', id: null } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'tour.json', path: 'steps[0].notes', target: { kind: 'step', id: t.id } }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'pack.json', path: 'id', target: { kind: 'pack', id: null } }));
  });

  it('more features than the explorer opens', () => {
    const d = blankDraft('Big');
    const town = { type: 'Feature', geometry: { type: 'Point', coordinates: [100, 15] }, properties: {} };
    const big = put(d, { base: { towns: { type: 'FeatureCollection', features: Array.from({ length: 20_001 }, () => town) } } });
    expect(big.manifest.files).toContain('base/towns.geojson');
    expect(problemsOf(big)).toEqual([expect.objectContaining({ file: 'pack.json', message: expect.stringContaining('20,001 features') })]);
  });

  it('the draft handed to validatePack is the draft itself, with the explorer’s countries where it has none', () => {
    const d = blankDraft('Raw');
    const raw = rawPackOf(d, BUILT_IN);
    expect(raw.places).toBe(d.places);
    expect(raw.countryLabels).toBe(BUILT_IN.countryLabels);
    expect(rawPackOf({ ...d, manifest: { ...d.manifest, baseMap: undefined } }, BUILT_IN).countryLabels).toBeUndefined();
  });
});
