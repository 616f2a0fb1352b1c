import type { ExpressionSpecification } from 'maplibre-gl';

/** Picks a value by feature-state: selected, then hovered, then dimmed, else the base value. */
export function byState<T extends string | number>(
  base: T | ExpressionSpecification,
  v: {
    selected?: T | ExpressionSpecification;
    hover?: T | ExpressionSpecification;
    dim?: T | ExpressionSpecification;
    highlight?: T | ExpressionSpecification;
  },
): ExpressionSpecification {
  const cases: unknown[] = [];
  if (v.selected !== undefined) cases.push(['boolean', ['feature-state', 'selected'], false], v.selected);
  if (v.highlight !== undefined) cases.push(['boolean', ['feature-state', 'highlight'], false], v.highlight);
  if (v.hover !== undefined) cases.push(['boolean', ['feature-state', 'hover'], false], v.hover);
  if (v.dim !== undefined) cases.push(['boolean', ['feature-state', 'dim'], false], v.dim);
  return ['case', ...cases, base] as unknown as ExpressionSpecification;
}

// Shader variants. MapLibre compiles one shader program for each layer type and each combination of which paint
// properties vary per feature; on a software GPU (a school laptop without a usable graphics driver) every program
// costs tens of milliseconds at first draw, and the explorer once needed 21. So all layers of a type vary the same
// properties per feature (fill: colour; line: colour, opacity, width by zoom; circle: everything but blur, radius
// by zoom; text: colour and opacity): a layer whose value is the same for every feature still asks for it per
// feature through `perFeature`. One program per type is compiled; the cost is a few bytes per vertex.

/** A property no feature has: testing for it makes an expression per-feature without changing its value. */
const NO_SUCH_PROPERTY = 'style:per-feature';

/** The same value for every feature, evaluated per feature (see "Shader variants" above). */
export function perFeature<T extends string | number>(value: T | ExpressionSpecification): ExpressionSpecification {
  return ['case', ['has', NO_SUCH_PROPERTY], value, value] as unknown as ExpressionSpecification;
}

/**
 * A value interpolated linearly by zoom whose stops are per-feature (MapLibre's "composite" kind). Plain numbers
 * become `perFeature`; expressions (feature-state, `get`) are used as they are. A single stop: the same at every zoom.
 */
export function byZoom(...stops: [zoom: number, value: number | ExpressionSpecification][]): ExpressionSpecification {
  const at = (v: number | ExpressionSpecification) => (typeof v === 'number' ? perFeature(v) : v);
  const list = stops.length === 1 ? [stops[0]!, [stops[0]![0] + 1, stops[0]![1]] as const] : stops;
  return ['interpolate', ['linear'], ['zoom'], ...list.flatMap(([z, v]) => [z, at(v)])] as unknown as ExpressionSpecification;
}
