import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseCountries, baseCountryLabels, baseLines, basePoints, basePolygons } from '../../src/content/schema.ts';

const dir = resolve(import.meta.dirname, '../../geo/base');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(dir, f), 'utf8'));

describe('geo/base', () => {
  it('parses against the schema, with every coordinate inside the region', () => {
    const files = {
      'countries.geojson': baseCountries,
      'country-labels.geojson': baseCountryLabels,
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

  it('includes the corridor towns the Natural Earth places lack', () => {
    const towns = basePoints.parse(read('towns.geojson')).features.map((f) => f.properties['name']);
    expect(towns).toEqual(expect.arrayContaining(['Sihanoukville', 'Ban Botèn', 'Paoy Paet', 'Phnom Penh', 'Vientiane', 'Stung Treng']));
  });

  it('stays under 600 KB in all, sized for the web', () => {
    const total = readdirSync(dir).reduce((s, f) => s + readFileSync(resolve(dir, f)).byteLength, 0);
    expect(total).toBeLessThan(600 * 1024);
  });
});
