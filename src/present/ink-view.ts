// The presenter view's picture of the map (it has no map of its own): where a lng/lat lies on a picture of a Web
// Mercator map with known bounds, and back, so that a stroke drawn on the picture is sent as lng/lat, and the eraser
// finds the stroke nearest to where it touches. Pure.
import type { InkStroke, LngLat } from '../state/ink-slice.ts';

/** West, south, east, north. */
export type Bounds = readonly [number, number, number, number];
export type Px = readonly [number, number];

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** Where a lng/lat lies on a picture `width` × `height` of the bounds. */
export function toPicture([lng, lat]: LngLat, [w, s, e, n]: Bounds, width: number, height: number): Px {
  return [((lng - w) / (e - w)) * width, ((mercY(n) - mercY(lat)) / (mercY(n) - mercY(s))) * height];
}

/** The lng/lat at a point of the picture. */
export function fromPicture([x, y]: Px, [w, s, e, n]: Bounds, width: number, height: number): LngLat {
  const top = mercY(n);
  return [w + (x / width) * (e - w), latOf(top - (y / height) * (top - mercY(s)))];
}

function distanceToSegment([px, py]: Px, [ax, ay]: Px, [bx, by]: Px): number {
  const [dx, dy] = [bx - ax, by - ay];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The id of the stroke nearest a point of the picture, if one passes within `tolerance` pixels. */
export function strokeNear(strokes: readonly InkStroke[], at: Px, b: Bounds, width: number, height: number, tolerance: number): string | null {
  let best: { id: string; d: number } | null = null;
  for (const s of strokes) {
    const pts = s.coords.map((c) => toPicture(c, b, width, height));
    for (let i = 1; i < pts.length; i++) {
      const d = distanceToSegment(at, pts[i - 1]!, pts[i]!);
      if (d <= tolerance && (!best || d < best.d)) best = { id: s.id, d };
    }
  }
  return best?.id ?? null;
}
