import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { story } from '../../content/story.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState, perFeature } from './expressions.ts';

/** Beyond the data's extent: drawn as a veil so a cut coastline is never mistaken for a real one. */
export function outsideDataLayer(t: Theme): LayerSpecification {
  return {
    id: LAYER.outsideData,
    type: 'fill',
    source: SOURCE.outsideData,
    // An outline colour of its own, as the other fills have (without one it would follow the per-feature fill
    // colour and need two more shader programs); no antialiased outline pass for a straight-edged veil.
    paint: { 'fill-color': perFeature(t.dimmed), 'fill-opacity': 0.85, 'fill-outline-color': t.dimmed, 'fill-antialias': false },
  };
}

export function outsideData(): GeoJSON.FeatureCollection {
  const [w, s, e, n] = story().extent;
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w - 20, s - 20],
              [e + 20, s - 20],
              [e + 20, n + 20],
              [w - 20, n + 20],
              [w - 20, s - 20],
            ],
            [
              [w, s],
              [w, n],
              [e, n],
              [e, s],
              [w, s],
            ],
          ],
        },
      },
    ],
  };
}

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
      paint: { 'fill-color': perFeature(t.lake), 'fill-outline-color': t.river },
    },
  ];
}
