import type { ExpressionSpecification, LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { Theme } from '../../styles/tokens.ts';
import { story } from '../../content/story.ts';
import { borderLayers } from './borders.ts';
import { LAYER, SOURCE } from './ids.ts';
import { byState, byZoom, perFeature } from './expressions.ts';

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

/** A country's land: by its role in the story, and by its state (hover, selection, emphasis, dimmed). */
function landColour(t: Theme): ExpressionSpecification {
  return byState(['match', ['get', 'role'], 'focus', t.land.focus, 'neighbour', t.land.neighbour, t.land.context], {
    selected: t.landSelected,
    highlight: t.landSelected,
    hover: t.landHover,
    dim: t.dimmed,
  });
}

/**
 * Where the countries file is cut, its polygons have a straight edge that the fill outlines (in the coast's
 * colour) and a selected country's outline follows. The land beyond (the context source, same ids, same colours)
 * carries on from there, so a line in the land's own colour covers the cut: once over the fills, and once over
 * the outlines for the countries whose outline shows (selected, emphasised, hovered, or in the story's focus).
 */
function seamLayer(id: string, t: Theme, opacity: ExpressionSpecification, width: number): LineLayerSpecification {
  return {
    id,
    type: 'line',
    source: SOURCE.seams,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': landColour(t), 'line-opacity': opacity, 'line-width': byZoom([0, width]) },
  };
}

export function basemapLayers(t: Theme): LayerSpecification[] {
  const countriesFill: LayerSpecification = {
    id: LAYER.countriesFill,
    type: 'fill',
    source: SOURCE.countries,
    paint: { 'fill-color': landColour(t), 'fill-outline-color': t.coast },
  };
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': t.sea } },
    // Land beyond the countries' box, beneath them: on a wide screen the countries carry on past it.
    { ...countriesFill, id: LAYER.contextFill, source: SOURCE.context },
    countriesFill,
    seamLayer(LAYER.seams, t, perFeature(1), 3),
    {
      id: LAYER.lakesFill,
      type: 'fill',
      source: SOURCE.lakes,
      paint: { 'fill-color': perFeature(t.lake), 'fill-outline-color': t.river },
    },
  ];
}

/** The selected, emphasised or hovered country's outline beyond the countries' box, and the cut covered over it. */
export function contextOutlineLayers(t: Theme): LayerSpecification[] {
  const outline = borderLayers(t).find((l) => l.id === LAYER.countriesOutline);
  if (outline?.type !== 'line') throw new Error('the countries outline is a line layer');
  const shown = byState(['match', ['get', 'role'], 'focus', 1, 0], { selected: 1, highlight: 1, hover: 1 });
  return [{ ...outline, id: LAYER.contextOutline, source: SOURCE.context }, seamLayer(LAYER.seamsOverOutline, t, shown, 2.5 * t.scale + 2)];
}
