// The classroom pen's ink (the tour's drawing tools, map/bindings/ink.ts): one GeoJSON source, drawn above
// everything else. Each feature is a stroke, or an arrow's head, with its tool and colour name; the colours are the
// ink tokens, the widths scale with the theme like every other line. A highlighter's strokes lie beneath the pen's.
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { INK_COLOURS, type Theme } from '../../styles/tokens.ts';
import { byZoom } from './expressions.ts';
import { LAYER, SOURCE } from './ids.ts';

/** Line widths (px, before the theme's scale) and opacities of what each tool draws. */
export const INK_STROKE = {
  pen: { width: 4, opacity: 1 },
  highlighter: { width: 16, opacity: 0.4 },
  arrow: { width: 5, opacity: 1 },
} as const;

const colour: ExpressionSpecification = [
  'match',
  ['get', 'colour'],
  ...Object.entries(INK_COLOURS).flatMap(([name, hex]) => [name, hex]),
  INK_COLOURS.red,
] as unknown as ExpressionSpecification;
const byTool = (pick: (s: (typeof INK_STROKE)[keyof typeof INK_STROKE]) => number): ExpressionSpecification =>
  ['match', ['get', 'tool'], ...Object.entries(INK_STROKE).flatMap(([tool, s]) => [tool, pick(s)]), pick(INK_STROKE.pen)] as unknown as ExpressionSpecification;

export function inkLayers(t: Theme): LayerSpecification[] {
  const layer = (id: string, filter: FilterSpecification): LayerSpecification => ({
    id,
    type: 'line',
    source: SOURCE.ink,
    filter,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    // Colour, opacity and width vary per feature, as every line layer's do (one shader program: expressions.ts).
    paint: {
      'line-color': colour,
      'line-opacity': byTool((s) => s.opacity),
      'line-width': byZoom([0, ['*', byTool((s) => s.width), t.scale] as unknown as ExpressionSpecification]),
    },
  });
  return [
    layer(LAYER.inkHighlighter, ['==', ['get', 'tool'], 'highlighter'] as FilterSpecification),
    layer(LAYER.inkPen, ['!=', ['get', 'tool'], 'highlighter'] as FilterSpecification),
  ];
}
