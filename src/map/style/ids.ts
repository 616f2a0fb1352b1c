import type { CorridorKind } from '../../content/types.ts';

// Every source and layer id of the style, in one place.
export const SOURCE = {
  countries: 'countries',
  countryLabels: 'country-labels',
  /** Land beyond the box the countries file is cut to (base/context.geojson), drawn beneath the countries. */
  context: 'context',
  /** Where the countries file is cut (derived from it, see `cutEdges` in data.ts): covered so no line shows there. */
  seams: 'seams',
  borders: 'borders',
  mekong: 'mekong',
  rivers: 'rivers',
  lakes: 'lakes',
  towns: 'towns',
  seaLabels: 'sea-labels',
  corridors: 'corridors',
  corridorLegs: 'corridor-legs',
  places: 'places',
  outsideData: 'outside-data',
  /** The tour's ink (map/bindings/ink.ts): data the map is given at run time, never a file. */
  ink: 'ink',
  /** A pupil's measure (map/bindings/measure.ts): data the map is given at run time, never a file. */
  measure: 'measure',
} as const;
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/**
 * The base map's detail: land beyond the countries' box, land borders, rivers other than the Mekong, lakes, towns
 * and seas. The first view (what `ready` waits for) draws the countries, their names, the Mekong, the corridors and
 * the places without them, so that it needs fewer bytes, fewer shader programs, fewer label glyphs and fewer tiles:
 * its style has neither their sources nor their layers. The whole style, which adds them, is applied as soon as it
 * is drawn.
 */
export const LATER_SOURCES = [
  SOURCE.context,
  SOURCE.seams,
  SOURCE.borders,
  SOURCE.rivers,
  SOURCE.lakes,
  SOURCE.towns,
  SOURCE.seaLabels,
  // Nothing is measured in the first view: the measure's layers come with the whole style.
  SOURCE.measure,
] as const;

export const LAYER = {
  background: 'background',
  contextFill: 'context-fill',
  countriesFill: 'countries-fill',
  seams: 'seams-line',
  lakesFill: 'lakes-fill',
  rivers: 'rivers-line',
  mekongCasing: 'mekong-casing',
  mekong: 'mekong-line',
  borders: 'borders-line',
  countriesOutline: 'countries-outline',
  contextOutline: 'context-outline',
  seamsOverOutline: 'seams-over-outline',
  corridorsCasing: 'corridors-casing',
  corridorsCore: 'corridors-core',
  corridorsArrows: 'corridors-arrows',
  corridorsHit: 'corridors-hit',
  placesUncertainty: 'places-uncertainty',
  placesCircle: 'places-circle',
  placesSymbol: 'places-symbol',
  placesLabel: 'places-label',
  towns: 'towns-circle',
  townLabels: 'towns-label',
  seaLabels: 'sea-labels',
  mekongLabel: 'mekong-label',
  countryLabels: 'country-labels',
  outsideData: 'outside-data',
  inkHighlighter: 'ink-highlighter',
  inkPen: 'ink-pen',
  measureRoute: 'measure-route',
  measureRoutePlanned: 'measure-route-planned',
  measureLine: 'measure-line',
  measureEnds: 'measure-ends',
} as const;
export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** One line layer per corridor kind (each with its own dash pattern). */
export function corridorLayerId(kind: CorridorKind): string {
  return `corridors-${kind}`;
}

/**
 * The tour's direction chevrons, one layer per phase of their march along the lines (style/corridors.ts): phase
 * ARROW_REST is `corridors-arrows` itself, the others exist only in the tour.
 */
export function arrowPhaseLayerId(phase: number): string {
  return `corridors-arrows-phase-${phase}`;
}

/** Layers a pointer can pick, in priority order (the first hit wins). */
export const INTERACTIVE_LAYERS: readonly LayerId[] = [LAYER.placesCircle, LAYER.corridorsHit, LAYER.mekong, LAYER.countriesFill, LAYER.contextFill];

/** The ink's layers, which the eraser looks for strokes in. */
export const INK_LAYERS: readonly LayerId[] = [LAYER.inkPen, LAYER.inkHighlighter];

/** The measure's layers: the stretch along a route (solid if it is in use, dashed if not), the straight line, the ends. */
export const MEASURE_LAYERS: readonly LayerId[] = [LAYER.measureRoute, LAYER.measureRoutePlanned, LAYER.measureLine, LAYER.measureEnds];

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans Bold';
