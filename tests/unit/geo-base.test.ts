import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/index.ts';
import { baseCountries, baseCountryLabels, baseLines, basePoints, basePolygons, packManifest } from '../../src/content/schema.ts';
import { cutEdges } from '../../src/map/data.ts';
import { loadPack } from './helpers/pack.ts';

const dir = resolve(import.meta.dirname, '../../geo/base');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(dir, f), 'utf8'));

describe('geo/base', () => {
  it('parses against the schema, with every coordinate inside the region', () => {
    const files = {
      'countries.geojson': baseCountries,
      'country-labels.geojson': baseCountryLabels,
      'context.geojson': baseCountries,
      'borders.geojson': baseLines,
      'mekong.geojson': baseLines,
      'rivers.geojson': baseLines,
      'lakes.geojson': basePolygons,
      'towns.geojson': basePoints,
      'sea-labels.geojson': basePoints,
    };
    for (const [file, schema] of Object.entries(files)) {
      const r = schema.safeParse(read(file));
      expect(r.success ? [] : r.error.issues.slice(0, 3), file).toEqual([]);
    }
  });

  it('gives Cambodia and Laos the focus, the four neighbours their role, and native names', () => {
    const labels = baseCountryLabels.parse(read('country-labels.geojson'));
    const role = Object.fromEntries(labels.features.map((f) => [f.properties.iso3, f.properties.role]));
    expect(role).toMatchObject({ KHM: 'focus', LAO: 'focus', THA: 'neighbour', VNM: 'neighbour', MMR: 'neighbour', CHN: 'neighbour' });
    const native = Object.fromEntries(labels.features.map((f) => [f.properties.iso3, f.properties.nameNative]));
    expect(native['KHM']).toBe('កម្ពុជា');
    expect(native['LAO']).toMatch(/ລາວ/);
  });

  describe('the land beyond the countries file (context.geojson)', () => {
    const countries = baseCountries.parse(read('countries.geojson'));
    const context = baseCountries.parse(read('context.geojson'));
    const positions = (fc: typeof countries) =>
      fc.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2).map((p) => ({ f, p })));
    const bbox = (fc: typeof countries) => {
      const ps = positions(fc).map(({ p }) => p);
      return [Math.min(...ps.map((p) => p[0]!)), Math.min(...ps.map((p) => p[1]!)), Math.max(...ps.map((p) => p[0]!)), Math.max(...ps.map((p) => p[1]!))];
    };
    const box = bbox(countries);
    const manifest = packManifest.parse(JSON.parse(readFileSync(resolve(dir, '../pack.json'), 'utf8')));

    it('lies outside the countries file’s box, and inside the pack’s extent, which it fills', () => {
      expect(box).toEqual([92, 5, 112, 27]);
      const inside = positions(context).filter(({ p: [x = 0, y = 0] }) => x > box[0]! && x < box[2]! && y > box[1]! && y < box[3]!);
      expect(inside.map(({ f, p }) => `${f.properties.id} ${p.join(',')}`)).toEqual([]);
      expect(bbox(context)).toEqual([...manifest.extent]);
    });

    it('names its units as the countries file does; a country the box cuts keeps its role beyond it; the rest is context', () => {
      const roleIn = new Map(countries.features.map((f) => [f.properties.id, f.properties.role]));
      const ids = context.features.map((f) => f.properties.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of context.features) {
        const p = f.properties;
        expect(p.id, p.name).toBe(`country:${p.iso3}`);
        expect(p.role, p.name).toBe(roleIn.get(p.id) ?? 'context');
      }
      // Cambodia and Laos, the story's focus, lie wholly inside the box.
      expect(context.features.some((f) => f.properties.role === 'focus')).toBe(false);
      expect(ids).toEqual(expect.arrayContaining(['country:CHN', 'country:MMR', 'country:PHL', 'country:PGA', 'country:HKG', 'country:TWN']));
    });

    it('gives the Spratly Islands (PGA) and every other unit the pack does not know no label and no card', () => {
      const labels = baseCountryLabels.parse(read('country-labels.geojson')).features.map((f) => f.properties.id);
      const index = buildIndex(loadPack());
      expect(labels).not.toContain('country:PGA');
      expect(index.isKnownId('country:PGA')).toBe(false);
      for (const f of context.features) expect(index.isKnownId(f.properties.id), f.properties.name).toBe(labels.includes(f.properties.id));
      expect(index.isKnownId('country:CHN')).toBe(true);
    });

    it('meets the countries where the box cuts them: each cut ends where the same country carries on beyond it', () => {
      const seams = cutEdges(countries);
      expect(seams.features.map((f) => f.properties.id).sort()).toEqual(
        ['country:BGD', 'country:BTN', 'country:CHN', 'country:IDN', 'country:IND', 'country:MMR', 'country:MYS'].sort(),
      );
      const beyond = new Map(context.features.map((f) => [f.properties.id, positions({ ...context, features: [f] }).map(({ p }) => p)]));
      for (const f of seams.features) {
        const id = f.properties.id;
        for (const line of f.geometry.coordinates) {
          for (const [x = 0, y = 0] of line) expect(x === box[0] || x === box[2] || y === box[1] || y === box[3], `${id} ${x},${y} on the box`).toBe(true);
          for (const [x = 0, y = 0] of [line[0]!, line.at(-1)!]) {
            // The wide kit's coasts and borders meet the box within 400 m of the first view's (its README).
            const near = Math.min(...beyond.get(id)!.map(([bx = 0, by = 0]) => Math.hypot(bx - x, by - y)));
            expect(near, `${id}: land beyond the cut at ${x},${y}`).toBeLessThan(0.005);
          }
        }
      }
    });
  });

  it('includes the corridor towns the Natural Earth places lack', () => {
    const towns = basePoints.parse(read('towns.geojson')).features.map((f) => f.properties['name']);
    expect(towns).toEqual(expect.arrayContaining(['Sihanoukville', 'Ban Botèn', 'Paoy Paet', 'Phnom Penh', 'Vientiane', 'Stung Treng']));
  });

  it('stays under 600 KB in all, sized for the web', () => {
    const total = readdirSync(dir).reduce((s, f) => s + readFileSync(resolve(dir, f)).byteLength, 0);
    expect(total).toBeLessThan(600 * 1024);
  });
});
