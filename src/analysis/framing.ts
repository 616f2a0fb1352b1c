import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The first view: Cambodia and Laos, with room for the neighbours' seaports (Laem Chabang, Vung Ang, Da Nang). */
export const HOME_BOUNDS: Bounds = [99.8, 9.6, 109.2, 22.6];

/** The box around some geometries, from the source data (never from queried, tile-clipped pieces). */
export function boundsOf(geometries: readonly Geometry[]): Bounds | null {
  if (geometries.length === 0) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    const [gw, gs, ge, gn] = bbox(g);
    w = Math.min(w, gw);
    s = Math.min(s, gs);
    e = Math.max(e, ge);
    n = Math.max(n, gn);
  }
  return [w, s, e, n];
}
