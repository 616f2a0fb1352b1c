/** A camera position as the URL and the store keep it. */
export interface View {
  readonly center: readonly [lng: number, lat: number];
  readonly zoom: number;
}

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 12;

export function clampView(v: View): View {
  const [lng, lat] = v.center;
  return {
    center: [clamp(lng, 80, 125), clamp(lat, -5, 35)],
    zoom: clamp(v.zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

export function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
