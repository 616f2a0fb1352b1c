import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { PLACE_TYPES, type PlaceType } from '../../content/types.ts';
import { OPACITY, PLACE_SYMBOL, type Theme } from '../../styles/tokens.ts';
import { byState, byZoom, perFeature } from './expressions.ts';
import { FONT_BOLD, FONT_REGULAR, LAYER, SOURCE } from './ids.ts';

/** Towns are drawn by the base map; the places layer marks the corridor's own places. */
const SETTLEMENTS: readonly PlaceType[] = ['capital', 'city', 'town'];

export function visiblePlacesFilter(hidden: readonly PlaceType[]): FilterSpecification {
  return ['!', ['in', ['get', 'type'], ['literal', [...hidden]]]];
}

function byType<T extends string | number>(values: (type: PlaceType) => T, fallback: T): ExpressionSpecification {
  return ['match', ['get', 'type'], ...PLACE_TYPES.flatMap((p) => [p, values(p)]), fallback] as unknown as ExpressionSpecification;
}

// Metres per pixel at zoom 0 near 15° N (the middle of the region): turns an uncertainty in km into pixels.
const M_PER_PX_Z0 = 156_543 * Math.cos((15 * Math.PI) / 180);

export function placeLayers(t: Theme, hidden: readonly PlaceType[]): LayerSpecification[] {
  const visible = visiblePlacesFilter(hidden);
  const marker: ExpressionSpecification = ['!', ['in', ['get', 'type'], ['literal', [...SETTLEMENTS]]]];
  const r = 7 * t.scale;
  return [
    {
      // Where the facts say a point is estimated, a translucent disc shows how far off it may be.
      id: LAYER.placesUncertainty,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', visible, ['==', ['get', 'approximate'], true], ['has', 'uncertaintyKm']] as FilterSpecification,
      paint: {
        'circle-color': byType((p) => t.place[p], t.text),
        'circle-opacity': perFeature(OPACITY.uncertaintyFill),
        'circle-stroke-color': byType((p) => t.place[p], t.text),
        'circle-stroke-width': perFeature(1),
        'circle-stroke-opacity': perFeature(OPACITY.uncertaintyStroke),
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          0,
          ['*', ['coalesce', ['get', 'uncertaintyKm'], 0], 1000 / M_PER_PX_Z0],
          14,
          ['*', ['coalesce', ['get', 'uncertaintyKm'], 0], (1000 / M_PER_PX_Z0) * 2 ** 14],
        ],
      },
    },
    {
      id: LAYER.placesCircle,
      type: 'circle',
      source: SOURCE.places,
      // Settlements on the routes look like the base map's towns; the others get a coloured marker.
      filter: visible,
      paint: {
        'circle-radius': byZoom([0, byState(['case', marker, r, r * 0.6], { selected: r * 1.4, highlight: r * 1.3, hover: r * 1.25 })]),
        'circle-color': ['case', marker, byType((p) => t.place[p], t.text), t.halo],
        'circle-stroke-color': byState(['case', marker, t.halo, t.town], { selected: t.highlight, highlight: t.highlight, hover: t.highlight }),
        'circle-stroke-width': byState(1.5, { selected: 3, highlight: 3, hover: 3 }),
        'circle-opacity': byState(1, { dim: 0.35 }),
        'circle-stroke-opacity': byState(1, { dim: 0.35 }),
      },
    },
    {
      id: LAYER.placesSymbol,
      type: 'symbol',
      source: SOURCE.places,
      filter: ['all', visible, marker] as FilterSpecification,
      layout: {
        'text-field': byType((p) => PLACE_SYMBOL[p], ''),
        'text-font': [FONT_BOLD],
        'text-size': 10 * t.scale,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': perFeature(t.halo), 'text-opacity': perFeature(1) },
    },
    {
      id: LAYER.placesLabel,
      type: 'symbol',
      source: SOURCE.places,
      minzoom: 6,
      filter: ['all', visible, marker] as FilterSpecification,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 11 * t.scale,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 1.1,
        'text-max-width': 10,
        'text-optional': true,
      },
      paint: { 'text-color': perFeature(t.text), 'text-halo-color': t.halo, 'text-halo-width': 1.5, 'text-opacity': byState(1, { dim: 0.3 }) },
    },
  ];
}
