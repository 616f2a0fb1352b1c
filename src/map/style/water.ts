import type { LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState, byZoom, perFeature } from './expressions.ts';

/** A line of the Mekong's source (its label segment is only for the label). */
function mekongLine(id: string, paint: NonNullable<LineLayerSpecification['paint']>): LineLayerSpecification {
  return { id, type: 'line', source: SOURCE.mekong, filter: ['!=', ['get', 'segment'], 'label'], layout: { 'line-join': 'round', 'line-cap': 'round' }, paint };
}

export function waterLayers(t: Theme): LayerSpecification[] {
  const s = t.scale;
  return [
    {
      id: LAYER.rivers,
      type: 'line',
      source: SOURCE.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(t.river),
        'line-opacity': perFeature(1),
        'line-width': byZoom([4, 0.6 * s], [8, 1.6 * s]),
      },
    },
    mekongLine(LAYER.mekongCasing, {
      'line-color': perFeature(t.highlight),
      'line-opacity': byState(0, { selected: 0.9, highlight: 0.9, hover: 0.6 }),
      'line-width': byZoom([4, 7 * s], [8, 12 * s]),
    }),
    mekongLine(LAYER.mekong, {
      'line-color': perFeature(t.mekong),
      'line-opacity': perFeature(1),
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        4,
        ['match', ['get', 'segment'], 'main stem', 2.4 * s, 1.4 * s],
        8,
        ['match', ['get', 'segment'], 'main stem', 5 * s, 3 * s],
      ],
    }),
  ];
}
