// The road, railway and river lines a lesson's new routes follow (geo/base/trace-lines.geojson, made by
// `npm run build-geo`): every line the built-in pack's legs name, each with what a leg records of it (its name,
// where it came from and its licence), and legs drawn along them where the map data has a line near both ends.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corridorsFile } from '../../src/content/schema.ts';
import { geometrySourceOf, legShape, LINE_ID, lineIdOf } from '../../src/editor/trace.ts';
import { loadTraceLines } from '../../src/editor/trace-lines.ts';

const GEO = resolve(import.meta.dirname, '../../geo');
const text = readFileSync(resolve(GEO, 'base/trace-lines.geojson'), 'utf8');
const respond = (body: string, status = 200): typeof fetch => (async () => new Response(body, { status })) as typeof fetch;
const lines = await loadTraceLines('trace-lines.geojson', respond(text));
const byId = new Map(lines.map((l) => [lineIdOf(l), l]));

describe('the lines a lesson’s routes follow', () => {
  it('are all read, each once, with a line id, a name, its source and its licence', () => {
    const all = (JSON.parse(text) as { features: unknown[] }).features;
    expect(lines).toHaveLength(all.length);
    expect(byId.size).toBe(lines.length);
    for (const line of lines) {
      const p = line.properties!;
      expect(p.id).toMatch(LINE_ID);
      expect(p.name, p.id).toBeTruthy();
      expect(geometrySourceOf(line), p.id).toBe(p.geometrySource);
      // OpenStreetMap's lines carry its licence, which the leg's geometrySource records.
      expect(p.licence, p.id).toBe(p.geometrySource === 'osm' ? 'ODbL 1.0 – © OpenStreetMap contributors' : 'Public domain (Natural Earth)');
    }
  });

  it('include every line the built-in pack’s legs follow', () => {
    const corridors = corridorsFile.parse(JSON.parse(readFileSync(resolve(GEO, 'corridors.geojson'), 'utf8')));
    const named = new Set(corridors.features.flatMap((f) => f.properties.legs.flatMap((l) => l.trace?.lines ?? [])));
    expect(named.size).toBeGreaterThan(10);
    expect([...named].filter((id) => !byId.has(id))).toEqual([]);
  });

  it('draw a leg along the road, railway or river of its mode near both its ends, and straight where there is none', () => {
    const [thakhek, pakse, attapeu] = [
      [104.83, 17.4],
      [105.8, 15.12],
      [106.83, 14.81],
    ] as const;
    const road = legShape([...thakhek], [...pakse], 'road', lines);
    expect([road.quality, road.lineId]).toEqual(['traced', 'road:lao-r13-south']);
    expect(road.coords.length).toBeGreaterThan(20);
    // No road in the data comes near Attapeu: the leg is drawn straight.
    expect(legShape([...pakse], [...attapeu], 'road', lines)).toMatchObject({ quality: 'schematic', lineId: null });
    // The mode decides: no railway runs near Thakhek and Pakse.
    expect(legShape([...thakhek], [...pakse], 'rail', lines).quality).toBe('schematic');
    // Vang Vieng to Boten by the Laos–China Railway; Kampong Cham to Kratie up the Mekong.
    expect(legShape([102.44784, 18.9235], [101.66563, 21.17642], 'rail', lines).lineId).toBe('rail:lcr-boten-vientiane');
    expect(legShape([105.4635, 11.99339], [106.01879, 12.48811], 'river', lines).lineId).toBe('river:main');
  });

  it('are none when the file cannot be read (every leg is then drawn straight), and only valid lines are kept', async () => {
    expect(await loadTraceLines('x', respond('', 404))).toEqual([]);
    expect(await loadTraceLines('x', respond('not json'))).toEqual([]);
    const mixed = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'road:ok' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 15],
              [101, 15],
            ],
          },
        },
        {
          type: 'Feature',
          properties: { id: 'street:no' },
          geometry: {
            type: 'LineString',
            coordinates: [
              [100, 15],
              [101, 15],
            ],
          },
        },
        { type: 'Feature', properties: { id: 'road:point' }, geometry: { type: 'Point', coordinates: [100, 15] } },
      ],
    });
    expect((await loadTraceLines('x', respond(mixed))).map(lineIdOf)).toEqual(['road:ok']);
  });
});
