// What each map source draws: the validated pack's objects, or URLs of base files the map draws as they are.
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import { legCoords } from '../analysis/corridors.ts';
import type { ContentPack } from '../content/load.ts';
import type { BaseCountries, CorridorsFile } from '../content/schema.ts';
import { SOURCE } from './style/ids.ts';
import type { ContentSourceId, SourceData } from './style/index.ts';

/** A source with nothing in it (a file that did not load). */
export const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** One line per corridor leg, carrying the corridor's id, kind and status and the leg's own mode and quality. */
export function corridorLegs(corridors: CorridorsFile | null): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (const f of corridors?.features ?? []) {
    const p = f.properties;
    p.legs.forEach((leg, i) => {
      const coordinates = legCoords(f.geometry.coordinates, leg);
      if (coordinates.length < 2) return;
      features.push({
        type: 'Feature',
        properties: { id: p.id, kind: p.kind, status: p.status, mode: leg.mode, quality: leg.quality, leg: i },
        geometry: { type: 'LineString', coordinates },
      });
    });
  }
  return { type: 'FeatureCollection', features };
}

type CutProperties = Pick<BaseCountries['features'][number]['properties'], 'id' | 'role'>;

/**
 * Where the countries file is cut: the stretches of its polygons' outlines that run along the edge of the box all
 * its positions lie in (for the built-in pack, the kit's box lon 92–112, lat 5–27), one feature per country with
 * its id and role. The land beyond is the context file's; the style covers these lines so that no coastline is
 * drawn where the land carries on (see `seamLayer` in style/basemap.ts).
 */
export function cutEdges(countries: BaseCountries | null): FeatureCollection<MultiLineString, CutProperties> {
  const features: Feature<MultiLineString, CutProperties>[] = [];
  if (!countries?.features.length) return { type: 'FeatureCollection', features };
  const rings = (f: BaseCountries['features'][number]): Position[][] =>
    f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of countries.features) {
    for (const r of rings(f)) {
      for (const [x = 0, y = 0] of r) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    }
  }
  /** Whether a→b runs along one edge of the box. */
  const onEdge = ([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position) => (ax === bx && (ax === w || ax === e)) || (ay === by && (ay === s || ay === n));
  for (const f of countries.features) {
    const lines: Position[][] = [];
    for (const ring of rings(f)) {
      // Start the walk where the ring leaves an edge, so that a stretch across the ring's first point stays whole.
      const m = ring.length - 1;
      const at = (i: number) => ring[((i % m) + m) % m]!;
      let start = 0;
      while (start < m && onEdge(at(start - 1), at(start))) start++;
      if (start === m) continue; // a ring that is all edge: a rectangle the box itself
      let line: Position[] | null = null;
      for (let i = start; i < start + m; i++) {
        if (onEdge(at(i), at(i + 1))) (line ??= [at(i)]).push(at(i + 1));
        else if (line) {
          lines.push(line);
          line = null;
        }
      }
      if (line) lines.push(line);
    }
    if (lines.length) {
      features.push({
        type: 'Feature',
        properties: { id: f.properties.id, role: f.properties.role },
        geometry: { type: 'MultiLineString', coordinates: lines },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

export function sourceData(pack: ContentPack): Record<ContentSourceId, SourceData> {
  const obj = (x: unknown): SourceData => (x ?? EMPTY) as SourceData;
  return {
    [SOURCE.countries]: obj(pack.countries),
    [SOURCE.countryLabels]: obj(pack.countryLabels),
    [SOURCE.seams]: obj(cutEdges(pack.countries)),
    // Base-map files the map draws as they are: a URL on the app's own origin, or a story pack's own data.
    [SOURCE.context]: pack.mapFiles.context as SourceData,
    [SOURCE.borders]: pack.mapFiles.borders as SourceData,
    [SOURCE.mekong]: pack.mapFiles.mekong as SourceData,
    [SOURCE.rivers]: pack.mapFiles.rivers as SourceData,
    [SOURCE.lakes]: pack.mapFiles.lakes as SourceData,
    [SOURCE.towns]: pack.mapFiles.towns as SourceData,
    [SOURCE.seaLabels]: pack.mapFiles.seaLabels as SourceData,
    [SOURCE.corridors]: obj(pack.corridors),
    [SOURCE.corridorLegs]: obj(corridorLegs(pack.corridors)),
    [SOURCE.places]: obj(pack.places),
  };
}
