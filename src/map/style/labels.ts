import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LabelLang } from '../../content/types.ts';
import type { Theme } from '../../styles/tokens.ts';
import { byZoom, perFeature } from './expressions.ts';
import { FONT_BOLD, FONT_REGULAR, LAYER, SOURCE } from './ids.ts';

export interface LabelOptions {
  readonly labelLang: LabelLang;
  /** Languages whose script the map has fonts for; others stay in English on the map. */
  readonly mapLangs: readonly string[];
}

/** The native name where the map can draw its script, else null. */
function nativeName(o: LabelOptions): ExpressionSpecification {
  return ['case', ['in', ['get', 'nativeLang'], ['literal', o.mapLangs]], ['get', 'nameNative'], ''];
}

export function countryLabelText(o: LabelOptions): ExpressionSpecification {
  const native = nativeName(o);
  if (o.labelLang === 'en') return ['format', ['get', 'name'], {}];
  if (o.labelLang === 'native') {
    return ['format', ['case', ['!=', native, ''], native, ['get', 'name']], {}];
  }
  return [
    'format',
    ['get', 'name'],
    {},
    ['case', ['!=', native, ''], '\n', ''],
    {},
    native,
    { 'font-scale': 0.8, 'text-font': ['literal', [FONT_REGULAR]] },
  ] as unknown as ExpressionSpecification;
}

export function labelLayers(t: Theme, o: LabelOptions): LayerSpecification[] {
  const s = t.scale;
  return [
    {
      id: LAYER.seaLabels,
      type: 'symbol',
      source: SOURCE.seaLabels,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': 12 * s,
        'text-letter-spacing': 0.15,
        'text-max-width': 7,
      },
      paint: { 'text-color': perFeature(t.seaText), 'text-opacity': perFeature(1), 'text-halo-color': t.sea, 'text-halo-width': 1 },
    },
    {
      id: LAYER.towns,
      type: 'circle',
      source: SOURCE.towns,
      minzoom: 4.5,
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 0, 5, 3, 6, 7, 7, 10]],
      paint: {
        'circle-radius': byZoom([0, ['case', ['==', ['get', 'capital'], 'national'], 4 * s, 2.5 * s]]),
        'circle-color': perFeature(t.halo),
        'circle-opacity': perFeature(1),
        'circle-stroke-color': perFeature(t.town),
        'circle-stroke-opacity': perFeature(1),
        'circle-stroke-width': ['case', ['==', ['get', 'capital'], 'national'], 2, 1.2],
      },
    },
    {
      id: LAYER.townLabels,
      type: 'symbol',
      source: SOURCE.towns,
      minzoom: 4.5,
      filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 0, 5, 3, 6, 7, 7, 10]],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['case', ['==', ['get', 'capital'], 'national'], ['literal', [FONT_BOLD]], ['literal', [FONT_REGULAR]]],
        'text-size': ['case', ['==', ['get', 'capital'], 'national'], 13 * s, 11 * s],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.6,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': perFeature(t.town), 'text-opacity': perFeature(1), 'text-halo-color': t.halo, 'text-halo-width': 1.4 },
    },
    // Above the towns' labels, so placed before them: the story's river keeps its name where a town's label would
    // take its place (a town's label has other anchors to try).
    {
      id: LAYER.mekongLabel,
      type: 'symbol',
      source: SOURCE.mekong,
      filter: ['==', ['get', 'segment'], 'label'],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 160,
        'text-max-angle': 70,
        'text-padding': 1,
        'text-field': 'Mekong',
        'text-font': [FONT_BOLD],
        'text-size': 13 * s,
        'text-letter-spacing': 0.2,
        'text-keep-upright': true,
      },
      paint: { 'text-color': perFeature(t.waterText), 'text-opacity': perFeature(1), 'text-halo-color': t.halo, 'text-halo-width': 1.6 },
    },
    {
      id: LAYER.countryLabels,
      type: 'symbol',
      source: SOURCE.countryLabels,
      layout: {
        'text-field': countryLabelText(o),
        'text-font': [FONT_BOLD],
        'text-size': ['match', ['get', 'role'], 'focus', 17 * s, 'neighbour', 14 * s, 11 * s],
        'text-transform': 'none',
        'text-max-width': 12,
        'text-line-height': 1.3,
        'symbol-sort-key': ['match', ['get', 'role'], 'focus', 0, 'neighbour', 1, 2],
        'text-allow-overlap': false,
      },
      paint: {
        'text-color': ['match', ['get', 'role'], 'context', t.textMuted, t.text],
        'text-opacity': perFeature(1),
        'text-halo-color': t.halo,
        'text-halo-width': 1.8,
      },
    },
  ];
}
