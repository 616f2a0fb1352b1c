import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { CORRIDOR_KINDS, NOT_IN_USE, type CorridorKind } from '../../content/types.ts';
import { HOLLOW_CORE, OPACITY, type Theme } from '../../styles/tokens.ts';
import { byState, perFeature } from './expressions.ts';
import { FONT_BOLD, LAYER, SOURCE, corridorLayerId } from './ids.ts';

export function visibleKindsFilter(hidden: readonly CorridorKind[]): FilterSpecification {
  return ['!', ['in', ['get', 'kind'], ['literal', [...hidden]]]];
}

/**
 * Which corridors are drawn. Outside the tour (`revealed` null) the kind toggles decide; in the tour only the
 * corridors revealed so far are drawn, whatever the toggles say (the tour tells its story one route at a time).
 */
export function corridorFilter(hidden: readonly CorridorKind[], revealed: readonly string[] | null): FilterSpecification {
  return revealed === null ? visibleKindsFilter(hidden) : ['in', ['get', 'id'], ['literal', [...revealed]]];
}

/** The direction chevrons' resting offset (in ems); the tour animation moves them along the line from it. */
export const ARROW_OFFSET: readonly [number, number] = [0, -0.1];
/** The chevrons' spacing along a line (px) and their size (px, before the theme's scale). */
export const ARROW_SPACING = 90;
export const ARROW_SIZE = 20;

/** A width that grows with zoom and with hover/selection (zoom must be the outermost interpolation). */
function width(t: Theme, base: number, active: number, hover: number): ExpressionSpecification {
  const at = (k: number) => byState(base * k * t.scale, { selected: active * k * t.scale, highlight: active * k * t.scale, hover: hover * k * t.scale });
  return ['interpolate', ['linear'], ['zoom'], 4, at(1), 9, at(2.2)];
}

export function corridorLayers(t: Theme, hidden: readonly CorridorKind[], revealed: readonly string[] | null = null): LayerSpecification[] {
  const visible = corridorFilter(hidden, revealed);
  const lines: LayerSpecification[] = CORRIDOR_KINDS.map((kind) => ({
    id: corridorLayerId(kind),
    type: 'line',
    source: SOURCE.corridorLegs,
    filter: ['all', ['==', ['get', 'kind'], kind], visible] as FilterSpecification,
    layout: { 'line-join': 'round', 'line-cap': t.corridor[kind].dash.length ? 'butt' : 'round' },
    paint: {
      'line-color': perFeature(t.corridor[kind].color),
      'line-width': width(t, 2.6, 3.6, 3.4),
      // Legs drawn straight between towns (no real line in the data) are fainter: schematic, not exact.
      'line-opacity': byState(['case', ['==', ['get', 'quality'], 'schematic'], OPACITY.schematic, OPACITY.traced], { dim: 0.25 }),
      ...(t.corridor[kind].dash.length ? { 'line-dasharray': [...t.corridor[kind].dash] } : {}),
    },
  }));
  return [
    {
      id: LAYER.corridorsCasing,
      type: 'line',
      source: SOURCE.corridors,
      filter: visible,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': byState(t.halo, { selected: t.highlight, highlight: t.highlight, hover: t.highlight }),
        'line-width': width(t, 5, 9, 8),
        'line-opacity': byState(0.7, { dim: 0.2 }),
      },
    },
    ...lines,
    {
      // A corridor nobody is known to use yet (agreed, planned, no service found) is hollow: a core of the halo
      // colour runs inside its coloured line, so a plan never looks like a working route.
      id: LAYER.corridorsCore,
      type: 'line',
      source: SOURCE.corridorLegs,
      filter: ['all', ['in', ['get', 'status'], ['literal', [...NOT_IN_USE]]], visible] as FilterSpecification,
      layout: { 'line-join': 'round', 'line-cap': 'butt' },
      paint: {
        'line-color': perFeature(t.halo),
        'line-width': width(t, 2.6 * HOLLOW_CORE, 3.6 * HOLLOW_CORE, 3.4 * HOLLOW_CORE),
        'line-opacity': byState(perFeature(1), { dim: 0.25 }),
      },
    },
    {
      // Direction: chevrons along the line, from origin to destination.
      id: LAYER.corridorsArrows,
      type: 'symbol',
      source: SOURCE.corridors,
      filter: visible,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': ARROW_SPACING,
        'text-field': '›',
        'text-font': [FONT_BOLD],
        'text-size': ARROW_SIZE * t.scale,
        'text-keep-upright': false,
        'text-rotation-alignment': 'map',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        'text-offset': [...ARROW_OFFSET],
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], ...CORRIDOR_KINDS.flatMap((k) => [k, t.corridor[k].color]), t.text] as unknown as ExpressionSpecification,
        'text-halo-color': t.halo,
        'text-halo-width': 1.5,
        'text-opacity': byState(0.9, { dim: 0.2 }),
      },
    },
    {
      // An invisible, wide line that makes thin corridors easy to hover and click.
      id: LAYER.corridorsHit,
      type: 'line',
      source: SOURCE.corridors,
      filter: visible,
      paint: { 'line-color': t.halo, 'line-opacity': 0, 'line-width': 14 },
    },
  ];
}
