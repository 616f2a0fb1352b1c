// Reads the content pack from disk for expectations (what the app should draw), never through the app.
import bbox from '@turf/bbox';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { clipBounds, type Bounds } from '../../src/analysis/framing.ts';

const GEO = resolve(import.meta.dirname, '../../geo');
const read = <T>(f: string): T => JSON.parse(readFileSync(resolve(GEO, f), 'utf8')) as T;

/** Where the built-in story happens (its pack.json's frameExtent). */
const builtInFrame = read<{ frameExtent: Bounds }>('pack.json').frameExtent;

const collections = ['corridors.geojson', 'places.geojson', 'base/countries.geojson'].map((f) => read<FeatureCollection<Geometry, { id: string }>>(f));
const byId = new Map<string, Feature<Geometry, { id: string }>>(collections.flatMap((c) => c.features.map((f) => [f.properties.id, f] as const)));

export function featureOf(id: string): Feature<Geometry, { id: string }> {
  const f = byId.get(id);
  if (!f) throw new Error(`no feature ${id} in geo/`);
  return f;
}

/** The box the map should show for a feature: countries only as far as they reach into the story's extent. */
export function frameBoxOf(id: string): Bounds {
  const b = bbox(featureOf(id)) as Bounds;
  return id.startsWith('country:') ? (clipBounds(b, [...builtInFrame]) ?? b) : b;
}

export interface ArticleJson {
  sections: { passages: { id: string; text: string; links: { feature: string }[] }[] }[];
}
export const article = read<ArticleJson>('article.json');
export const passage = (id: string) => article.sections.flatMap((s) => s.passages).find((p) => p.id === id)!;

const places = read<FeatureCollection<Geometry & { type: 'Point' }, { id: string }>>('places.geojson').features.map((f) => f.geometry.coordinates);
const corridorLines = read<FeatureCollection<Geometry & { type: 'LineString' }, { id: string }>>('corridors.geojson').features;

/**
 * A vertex of a corridor's line, away from every place marker and every other corridor: a point where a
 * click can only mean this corridor.
 */
export function midVertex(id: string): [number, number] {
  const g = featureOf(id).geometry;
  if (g.type !== 'LineString') throw new Error(`${id} is not a line`);
  const others = corridorLines.filter((f) => f.properties.id !== id).flatMap((f) => f.geometry.coordinates);
  const d2 = (a: number[], b: number[]) => (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2;
  let best: number[] = g.coordinates[0]!;
  let bestScore = -1;
  for (const c of g.coordinates) {
    const score = Math.min(...places.map((p) => d2(c, p)), ...others.map((o) => d2(c, o)));
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return [best[0]!, best[1]!];
}
