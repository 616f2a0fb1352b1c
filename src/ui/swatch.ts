// Small pictures of what the map draws, for keys and legends: the routes panel's map key and the tour's legend
// (stage and handout) use these, so that a line reads the same wherever it is explained.
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import type { CorridorKind, PlaceType } from '../content/types.ts';
import { HOLLOW_CORE, OPACITY, PLACE_SYMBOL, type Theme } from '../styles/tokens.ts';

/** A corridor's line as the map draws it. */
export interface LineLook {
  readonly color: string;
  /** Dash pattern in line widths (empty: solid). */
  readonly dash: readonly number[];
  /** Drawn hollow (a corridor nobody is known to use yet), with a core of `core`'s colour. */
  readonly hollow: boolean;
  readonly core: string;
  readonly opacity?: number;
}

/** Where a line swatch is drawn: its class, box and the margin at each end; `sized: false` leaves the size to CSS. */
export interface SwatchBox {
  readonly className: string;
  readonly width: number;
  readonly height: number;
  readonly inset: number;
  readonly sized: boolean;
}

const LINE_W = 4;
export const KEY_SWATCH: SwatchBox = { className: 'swatch', width: 40, height: 14, inset: 3, sized: true };
export const TOUR_SWATCH: SwatchBox = { className: 'tour-legend-swatch', width: 40, height: 10, inset: 2, sized: false };

/** A corridor's line: its colour, its dash pattern (in line widths) and, when hollow, its core. */
export function lineSwatch(look: LineLook, box: SwatchBox = KEY_SWATCH): TemplateResult {
  const { width: w, height: h, inset } = box;
  const y = h / 2;
  const dashed = look.dash.length > 0;
  return html`<svg
    class=${box.className}
    width=${box.sized ? w : nothing}
    height=${box.sized ? h : nothing}
    viewBox="0 0 ${w} ${h}"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<line x1=${inset} y1=${y} x2=${w - inset} y2=${y} stroke=${look.color} stroke-opacity=${look.opacity ?? nothing} stroke-width=${LINE_W}
      stroke-linecap=${dashed ? 'butt' : 'round'} stroke-dasharray=${dashed ? look.dash.map((d) => d * LINE_W).join(' ') : 'none'} />`}
    ${look.hollow ? svg`<line x1=${inset} y1=${y} x2=${w - inset} y2=${y} stroke=${look.core} stroke-width=${LINE_W * HOLLOW_CORE} />` : nothing}
  </svg>`;
}

/** A corridor kind's line in a theme, as the map key shows it. */
export function kindSwatch(t: Theme, kind: CorridorKind, hollow = false): TemplateResult {
  const { color, dash } = t.corridor[kind];
  return lineSwatch({ color, dash, hollow, core: t.halo, opacity: OPACITY.traced });
}

/** Settlements are drawn like the base map's towns (small, white, no letter); the other types get a coloured marker. */
const SETTLEMENTS: readonly PlaceType[] = ['capital', 'city', 'town'];

/** A place type's marker as the map draws it: colour and letter, or a plain town dot for settlements. */
export function markerSwatch(t: Theme, type: PlaceType): TemplateResult {
  const settlement = SETTLEMENTS.includes(type);
  const r = settlement ? 4.2 : 7;
  return html`<svg class="swatch swatch--marker" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    ${svg`<circle cx="9" cy="9" r=${r} fill=${settlement ? t.halo : t.place[type]} stroke=${settlement ? t.town : t.halo} stroke-width="1.5" />`}
    ${PLACE_SYMBOL[type] ? svg`<text x="9" y="9" dy="0.35em" text-anchor="middle" fill=${t.halo} font-size="10" font-weight="700">${PLACE_SYMBOL[type]}</text>` : nothing}
  </svg>`;
}

const { width: W, height: H } = KEY_SWATCH;

/** A line traced, then drawn straight (fainter). */
export function schematicSwatch(t: Theme, kind: CorridorKind): TemplateResult {
  const { color } = t.corridor[kind];
  return html`<svg class="swatch" width=${W} height=${H} viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
    ${svg`<line x1="3" y1=${H / 2} x2=${W / 2} y2=${H / 2} stroke=${color} stroke-opacity=${OPACITY.traced} stroke-width=${LINE_W} stroke-linecap="round" />
      <line x1=${W / 2} y1=${H / 2} x2=${W - 3} y2=${H / 2} stroke=${color} stroke-opacity=${OPACITY.schematic} stroke-width=${LINE_W} stroke-linecap="round" />`}
  </svg>`;
}

/** An approximate position: a marker in its translucent disc. */
export function discSwatch(t: Theme): TemplateResult {
  const c = t.place.seaport;
  return html`<svg class="swatch" width=${W} height="26" viewBox="0 0 ${W} 26" aria-hidden="true" focusable="false">
    ${svg`<circle cx=${W / 2} cy="13" r="12" fill=${c} fill-opacity=${OPACITY.uncertaintyFill} stroke=${c} stroke-opacity=${OPACITY.uncertaintyStroke} stroke-width="1" />
      <circle cx=${W / 2} cy="13" r="5" fill=${c} stroke=${t.halo} stroke-width="1.5" />`}
  </svg>`;
}

/** The chevrons that point along a route. */
export function chevronSwatch(t: Theme): TemplateResult {
  return html`<svg class="swatch" width=${W} height=${H + 4} viewBox="0 0 ${W} ${H + 4}" aria-hidden="true" focusable="false">
    ${svg`<text x=${W / 2} y="14" text-anchor="middle" fill=${t.corridor.alternative.color} font-size="18" font-weight="700">› › ›</text>`}
  </svg>`;
}
