// What each map source draws: the validated pack's objects, or URLs of base files the map draws as they are.
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { legCoords } from '../analysis/corridors.ts';
import type { ContentPack } from '../content/load.ts';
import type { CorridorsFile } from '../content/schema.ts';
import { SOURCE, type SourceId } from './style/ids.ts';
import type { SourceData } from './style/index.ts';

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

export function sourceData(pack: ContentPack): Record<Exclude<SourceId, 'outside-data'>, SourceData> {
  const obj = (x: unknown): SourceData => (x ?? EMPTY) as SourceData;
  return {
    [SOURCE.countries]: obj(pack.countries),
    [SOURCE.countryLabels]: obj(pack.countryLabels),
    // Base-map files the map draws as they are: a URL on the app's own origin, or a story pack's own data.
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
