import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { CORRIDOR_KINDS, NOT_IN_USE, type CorridorKind } from '../../content/types.ts';
import { HOLLOW_CORE, OPACITY, type Theme } from '../../styles/tokens.ts';
import { byState, perFeature } from './expressions.ts';
import { FONT_BOLD, LAYER, SOURCE, arrowPhaseLayerId, corridorLayerId } from './ids.ts';

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

/**
 * The tour's chevrons march along their lines in ARROW_PHASES steps per spacing. `text-offset`, which moves them,
 * is a layout property: changing it makes MapLibre lay the symbols out again. So each phase is a layer of its own,
 * laid out once at its own offset, and the feature-state ARROW_STATE (the phase shown, per corridor) picks which
 * layer's chevrons are opaque: a feature-state change rewrites paint values only, with no layout, no placement and
 * the same shader program (text colour and opacity already vary per feature). Phase ARROW_REST, at the resting
 * offset, is `corridors-arrows` itself: the explorer and a still tour show it alone.
 */
export const ARROW_PHASES = 4;
export const ARROW_REST = ARROW_PHASES / 2;
export const ARROW_STATE = 'arrowPhase';

/** The chevrons' offset (ems) at a phase: from half a spacing behind their anchor to less than half a spacing ahead. */
export function arrowOffsetAt(phase: number, ems: number): [number, number] {
  const p = (((phase % ARROW_PHASES) + ARROW_PHASES) % ARROW_PHASES) / ARROW_PHASES;
  return [Number(((p - 0.5) * ems).toFixed(3)) || 0, ARROW_OFFSET[1]];
}

/** The layer that draws the chevrons at a phase. */
export function arrowLayerId(phase: number): string {
  return phase === ARROW_REST ? LAYER.corridorsArrows : arrowPhaseLayerId(phase);
}

/** Every chevron layer of the tour's style, in phase order. */
export const ARROW_LAYERS: readonly string[] = Array.from({ length: ARROW_PHASES }, (_, i) => arrowLayerId(i));

/** A filter no corridor passes. */
const NOTHING: FilterSpecification = ['in', ['get', 'id'], ['literal', []]];

function arrowLayer(t: Theme, visible: FilterSpecification, phase: number): LayerSpecification {
  const opacity = byState(0.9, { dim: 0.2 });
  return {
    // Direction: chevrons along the line, from origin to destination.
    id: arrowLayerId(phase),
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
      'text-offset': arrowOffsetAt(phase, ARROW_SPACING / (ARROW_SIZE * t.scale)),
    },
    paint: {
      'text-color': ['match', ['get', 'kind'], ...CORRIDOR_KINDS.flatMap((k) => [k, t.corridor[k].color]), t.text] as unknown as ExpressionSpecification,
      'text-halo-color': t.halo,
      'text-halo-width': 1.5,
      // A corridor's chevrons show in the layer of its phase (ARROW_REST until the tour's animation sets one).
      'text-opacity': ['case', ['==', ['number', ['feature-state', ARROW_STATE], ARROW_REST], phase], opacity, 0],
    },
  };
}

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
    // The chevrons: a layer per phase, in every state of the map (see "The same layers in every state" in
    // index.ts). Only the tour animates them: outside it the resting phase alone draws, the others match nothing.
    ...ARROW_LAYERS.map((_, phase) => arrowLayer(t, revealed === null && phase !== ARROW_REST ? NOTHING : visible, phase)),
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
