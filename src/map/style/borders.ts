import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState, byZoom, perFeature } from './expressions.ts';

export function borderLayers(t: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER.borders,
      type: 'line',
      source: SOURCE.borders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(t.border),
        'line-opacity': perFeature(1),
        'line-width': byZoom([4, 0.8 * t.scale], [8, 1.8 * t.scale]),
        'line-dasharray': [3, 1.5],
      },
    },
    {
      // Outlines the selected or hovered country, and the story's focus countries always, a little stronger.
      id: LAYER.countriesOutline,
      type: 'line',
      source: SOURCE.countries,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': perFeature(t.borderFocus),
        'line-opacity': perFeature(1),
        'line-width': byZoom([
          0,
          byState(['match', ['get', 'role'], 'focus', 1.2 * t.scale, 0], {
            selected: 2.5 * t.scale,
            highlight: 2.5 * t.scale,
            hover: 1.6 * t.scale,
          }),
        ]),
      },
    },
  ];
}
