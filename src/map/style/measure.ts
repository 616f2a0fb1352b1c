// A pupil's measure (map/bindings/measure.ts): one GeoJSON source, given its data at run time, drawn above the
// places. Each feature has a `role`: `route` (the stretch along a route between the two ends, with `working`:
// solid if the route is in use on infrastructure in use, dashed otherwise, as a plan is never drawn as a working
// route), `line` (the straight line, a great circle) and `end` (the two ends). Colours are the theme's tokens; every
// layer varies the same paint properties per feature as the others of its type (one shader program: expressions.ts).
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { byZoom, perFeature } from './expressions.ts';
import { LAYER, SOURCE } from './ids.ts';

/** Widths (px, before the theme's scale) of what a measure draws. */
export const MEASURE_STROKE = { route: 8, line: 2.5, end: 6 } as const;

const role = (r: string): FilterSpecification => ['==', ['get', 'role'], r] as FilterSpecification;

export function measureLayers(t: Theme): LayerSpecification[] {
  const route = (id: string, working: boolean): LayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE.measure,
    filter: ['all', role('route'), ['==', ['get', 'working'], working]] as FilterSpecification,
    layout: { 'line-join': 'round', 'line-cap': working ? 'round' : 'butt' },
    paint: {
      'line-color': perFeature(t.highlight),
      'line-opacity': perFeature(0.75),
      'line-width': byZoom([0, MEASURE_STROKE.route * t.scale]),
      ...(working ? {} : { 'line-dasharray': [1.2, 0.8] }),
    },
  });
  return [
    route(LAYER.measureRoute, true),
    route(LAYER.measureRoutePlanned, false),
    {
      id: LAYER.measureLine,
      type: 'line',
      source: SOURCE.measure,
      filter: role('line'),
      layout: { 'line-join': 'round', 'line-cap': 'butt' },
      paint: {
        'line-color': perFeature(t.text),
        'line-opacity': perFeature(0.9),
        'line-width': byZoom([0, MEASURE_STROKE.line * t.scale]),
        'line-dasharray': [3, 2],
      },
    },
    {
      id: LAYER.measureEnds,
      type: 'circle',
      source: SOURCE.measure,
      filter: role('end'),
      paint: {
        'circle-radius': byZoom([0, MEASURE_STROKE.end * t.scale]),
        'circle-color': perFeature(t.highlight),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': perFeature(t.text),
        'circle-stroke-opacity': perFeature(1),
        'circle-stroke-width': perFeature(2 * t.scale),
      },
    },
  ];
}
