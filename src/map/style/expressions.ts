import type { ExpressionSpecification } from 'maplibre-gl';

/** Picks a value by feature-state: selected, then hovered, then dimmed, else the base value. */
export function byState<T extends string | number>(
  base: T | ExpressionSpecification,
  v: { selected?: T | ExpressionSpecification; hover?: T | ExpressionSpecification; dim?: T | ExpressionSpecification; highlight?: T | ExpressionSpecification },
): ExpressionSpecification {
  const cases: unknown[] = [];
  if (v.selected !== undefined) cases.push(['boolean', ['feature-state', 'selected'], false], v.selected);
  if (v.highlight !== undefined) cases.push(['boolean', ['feature-state', 'highlight'], false], v.highlight);
  if (v.hover !== undefined) cases.push(['boolean', ['feature-state', 'hover'], false], v.hover);
  if (v.dim !== undefined) cases.push(['boolean', ['feature-state', 'dim'], false], v.dim);
  return ['case', ...cases, base] as unknown as ExpressionSpecification;
}
