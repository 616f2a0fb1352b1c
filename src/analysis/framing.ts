import bbox from '@turf/bbox';
import type { Geometry } from 'geojson';
import { story } from '../content/story.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** Cuts a box to where the story happens (its pack's frameExtent): a big country is framed only as far as it reaches into it. */
export function clipBounds(b: Bounds, to: Bounds = [...story().frameExtent]): Bounds | null {
  const out: Bounds = [Math.max(b[0], to[0]), Math.max(b[1], to[1]), Math.min(b[2], to[2]), Math.min(b[3], to[3])];
  return out[0] <= out[2] && out[1] <= out[3] ? out : null;
}

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
