import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState } from './expressions.ts';

export function basemapLayers(t: Theme): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': t.sea } },
    {
      id: LAYER.countriesFill,
      type: 'fill',
      source: SOURCE.countries,
      paint: {
        'fill-color': byState(['match', ['get', 'role'], 'focus', t.land.focus, 'neighbour', t.land.neighbour, t.land.context], {
          selected: t.landSelected,
          highlight: t.landSelected,
          hover: t.landHover,
          dim: t.dimmed,
        }),
        'fill-outline-color': t.coast,
      },
    },
    {
      id: LAYER.lakesFill,
      type: 'fill',
      source: SOURCE.lakes,
      paint: { 'fill-color': t.lake, 'fill-outline-color': t.river },
    },
  ];
}
