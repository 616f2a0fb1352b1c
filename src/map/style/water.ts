import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState, byZoom, perFeature } from './expressions.ts';

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
    {
      id: LAYER.mekongCasing,
      type: 'line',
      source: SOURCE.mekong,
      filter: ['!=', ['get', 'segment'], 'label'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(t.highlight),
        'line-opacity': byState(0, { selected: 0.9, highlight: 0.9, hover: 0.6 }),
        'line-width': byZoom([4, 7 * s], [8, 12 * s]),
      },
    },
    {
      id: LAYER.mekong,
      type: 'line',
      source: SOURCE.mekong,
      filter: ['!=', ['get', 'segment'], 'label'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(t.mekong),
        'line-opacity': perFeature(1),
        'line-width': [
          'interpolate', ['linear'], ['zoom'],
          4, ['match', ['get', 'segment'], 'main stem', 2.4 * s, 1.4 * s],
          8, ['match', ['get', 'segment'], 'main stem', 5 * s, 3 * s],
        ],
      },
    },
  ];
}
