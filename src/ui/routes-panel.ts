// The Routes tab: the map key (drawn from the same theme tokens as the map style) with its toggles, the
// corridors and places as buttons (the keyboard and screen-reader twin of the map), and the comparison
// the story's comparison ("How can … reach the sea?", from its pack.json). Everything shown is computed from the content pack; choosing goes through
// the store, never to the map.
import { html, nothing, render, svg, type TemplateResult } from 'lit-html';
import { compareRoutes, comparisonOrigins, originPlaces, sortRows, type RouteRow, type SortDir, type SortKey } from '../analysis/compare.ts';
import type { ContentIndex } from '../content/index.ts';
import type { CorridorKind, PlaceType, SelectableId } from '../content/types.ts';
import { kindLabel, placeTypeLabel, story } from '../content/story.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { HOLLOW_CORE, OPACITY, PLACE_SYMBOL, THEME_TOKENS, type Theme } from '../styles/tokens.ts';
import type { CardContext } from './cards/context.ts';
import { formatKm } from './cards/common.ts';
import { countryName } from './cards/corridor-card.ts';
import { CORRIDOR_STATUS_LABEL, isHollow, kmFigure } from '../content/labels.ts';
import { drawWhenShown, type Dispose } from './mount.ts';
import '../styles/routes.css';

/** Settlements are drawn like the base map's towns (small, white, no letter); the other types get a coloured marker. */
const SETTLEMENTS: readonly PlaceType[] = ['capital', 'city', 'town'];

const SWATCH_W = 40;
const SWATCH_H = 14;
const LINE_W = 4;

/** A corridor kind's line as the map draws it: its colour and its dash pattern (in line widths). */
export function lineSwatch(t: Theme, kind: CorridorKind, opacity: number = OPACITY.traced, hollow = false): TemplateResult {
  const { color, dash } = t.corridor[kind];
  return html`<svg class="swatch" width=${SWATCH_W} height=${SWATCH_H} viewBox="0 0 ${SWATCH_W} ${SWATCH_H}" aria-hidden="true" focusable="false">
    ${svg`<line x1="3" y1=${SWATCH_H / 2} x2=${SWATCH_W - 3} y2=${SWATCH_H / 2} stroke=${color} stroke-opacity=${opacity} stroke-width=${LINE_W}
      stroke-linecap=${dash.length ? 'butt' : 'round'} stroke-dasharray=${dash.length ? dash.map((d) => d * LINE_W).join(' ') : 'none'} />`}
    ${hollow ? svg`<line x1="3" y1=${SWATCH_H / 2} x2=${SWATCH_W - 3} y2=${SWATCH_H / 2} stroke=${t.halo} stroke-width=${LINE_W * HOLLOW_CORE} />` : nothing}
  </svg>`;
}

/** A place type's marker as the map draws it: colour and letter, or a plain town dot for settlements. */
export function markerSwatch(t: Theme, type: PlaceType): TemplateResult {
  const settlement = SETTLEMENTS.includes(type);
  const r = settlement ? 4.2 : 7;
  return html`<svg class="swatch swatch--marker" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
    ${svg`<circle cx="9" cy="9" r=${r} fill=${settlement ? t.halo : t.place[type]} stroke=${settlement ? t.town : t.halo} stroke-width="1.5" />`}
    ${PLACE_SYMBOL[type] ? svg`<text x="9" y="9" dy="0.35em" text-anchor="middle" fill=${t.halo} font-size="10" font-weight="700">${PLACE_SYMBOL[type]}</text>` : nothing}
  </svg>`;
}

function schematicSwatch(t: Theme, kind: CorridorKind): TemplateResult {
  const { color } = t.corridor[kind];
  return html`<svg class="swatch" width=${SWATCH_W} height=${SWATCH_H} viewBox="0 0 ${SWATCH_W} ${SWATCH_H}" aria-hidden="true" focusable="false">
    ${svg`<line x1="3" y1=${SWATCH_H / 2} x2=${SWATCH_W / 2} y2=${SWATCH_H / 2} stroke=${color} stroke-opacity=${OPACITY.traced} stroke-width=${LINE_W} stroke-linecap="round" />
      <line x1=${SWATCH_W / 2} y1=${SWATCH_H / 2} x2=${SWATCH_W - 3} y2=${SWATCH_H / 2} stroke=${color} stroke-opacity=${OPACITY.schematic} stroke-width=${LINE_W} stroke-linecap="round" />`}
  </svg>`;
}

function discSwatch(t: Theme): TemplateResult {
  const c = t.place.seaport;
  return html`<svg class="swatch" width=${SWATCH_W} height="26" viewBox="0 0 ${SWATCH_W} 26" aria-hidden="true" focusable="false">
    ${svg`<circle cx=${SWATCH_W / 2} cy="13" r="12" fill=${c} fill-opacity=${OPACITY.uncertaintyFill} stroke=${c} stroke-opacity=${OPACITY.uncertaintyStroke} stroke-width="1" />
      <circle cx=${SWATCH_W / 2} cy="13" r="5" fill=${c} stroke=${t.halo} stroke-width="1.5" />`}
  </svg>`;
}

function chevronSwatch(t: Theme): TemplateResult {
  return html`<svg class="swatch" width=${SWATCH_W} height=${SWATCH_H + 4} viewBox="0 0 ${SWATCH_W} ${SWATCH_H + 4}" aria-hidden="true" focusable="false">
    ${svg`<text x=${SWATCH_W / 2} y="14" text-anchor="middle" fill=${t.corridor.alternative.color} font-size="18" font-weight="700">› › ›</text>`}
  </svg>`;
}

/** The comparison's columns: the journey (a row-group header above its figures), then one column per figure. */
const JOURNEY_COLUMN = { key: 'journey', label: 'Journey' } as const;
const COLUMNS: readonly { key: SortKey; label: string; num?: boolean }[] = [
  { key: 'km', label: 'Distance', num: true },
  { key: 'crossings', label: 'Borders', num: true },
  { key: 'modes', label: 'Mode' },
  { key: 'status', label: 'Status' },
  { key: 'schematicKm', label: 'Schematic', num: true },
];

type Watched = Pick<AppState, 'selected' | 'hiddenKinds' | 'hiddenPlaceTypes' | 'theme'>;

export function mountRoutesPanel(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  const ctx: CardContext = { index, store };
  const corridors = [...index.corridors.values()];
  const places = [...index.places.values()];
  // The story's kinds and types, in its legend order; a type no place has is left out.
  const kinds = story().corridorKinds.map((k) => k.id);
  const placeTypes = story().placeTypes.map((t) => t.id).filter((type) => places.some((p) => p.properties.type === type));
  const comparisonSettings = story().comparison;
  let computed: ReturnType<typeof compareRoutes> | null = null;
  // Measured against the country polygons the first time the tab is shown.
  const comparison = () => (computed ??= compareRoutes(index));
  const nameOf = (id: string) => index.features.get(id as SelectableId)?.name ?? id;
  let sort: { key: SortKey; dir: SortDir } = { key: 'journey', dir: 'ascending' };

  const choose = (id: string) => store.getState().select(id as SelectableId, { frame: true });
  const hoverOn = (id: string) => () => store.getState().hover(id as SelectableId);
  const hoverOff = () => store.getState().hover(null);

  const setSort = (key: SortKey) => {
    sort = sort.key === key ? { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' };
    draw();
  };

  const legend = (t: Theme, s: Watched) => html`<section class="routes-section" aria-labelledby="legend-title">
    <h2 class="panel-title" id="legend-title">Map key</h2>
    <fieldset class="legend-group">
      <legend>Routes <span class="legend-hint">(untick to hide on the map)</span></legend>
      ${kinds.map((kind) => {
        const n = corridors.filter((c) => c.properties.kind === kind).length;
        return html`<label class="legend-row" data-kind=${kind}>
          <input
            type="checkbox"
            .checked=${!s.hiddenKinds.includes(kind)}
            @change=${(e: Event) => store.getState().setKindVisible(kind, (e.target as HTMLInputElement).checked)}
          />
          ${lineSwatch(t, kind)}
          <span class="legend-label">${kindLabel(kind)}</span>
          <span class="legend-count">${n} ${n === 1 ? 'route' : 'routes'}</span>
        </label>`;
      })}
    </fieldset>
    <fieldset class="legend-group legend-group--places">
      <legend>Places</legend>
      ${placeTypes.map(
        (type) => html`<label class="legend-row" data-place-type=${type}>
          <input
            type="checkbox"
            .checked=${!s.hiddenPlaceTypes.includes(type)}
            @change=${(e: Event) => store.getState().setPlaceTypeVisible(type, (e.target as HTMLInputElement).checked)}
          />
          ${markerSwatch(t, type)}
          <span class="legend-label">${placeTypeLabel(type)}</span>
        </label>`,
      )}
    </fieldset>
    <ul class="legend-notes">
      <li data-legend="hollow">${lineSwatch(t, kinds[0] ?? 'port-access', OPACITY.traced, true)}<span>A <strong>hollow</strong> line: a route that is agreed or planned but not known to be in use, or on which no service was found.</span></li>
      <li>${schematicSwatch(t, kinds[0] ?? 'port-access')}<span>A fainter stretch is <strong>schematic</strong>: the map data has no real line there, so it is drawn straight from town to town, not along the exact line.</span></li>
      <li>${discSwatch(t)}<span>A translucent disc round a place: its <strong>position is approximate</strong>; the disc shows how far off it may be.</span></li>
      <li>${chevronSwatch(t)}<span>Chevrons along a route point from its start to its end.</span></li>
    </ul>
  </section>`;

  const routeList = (t: Theme, s: Watched) => html`<section class="routes-section" aria-labelledby="route-list-title">
    <h2 class="panel-title" id="route-list-title">Routes</h2>
    <ul class="route-list">
      ${corridors.map((c) => {
        const p = c.properties;
        const hidden = s.hiddenKinds.includes(p.kind);
        const km = index.corridorMetrics.get(p.id)?.lengthKm;
        return html`<li>
          <button
            type="button"
            class="route-button ${hidden ? 'is-hidden' : ''}"
            data-id=${p.id}
            aria-pressed=${s.selected === p.id ? 'true' : 'false'}
            title=${p.name}
            @click=${() => choose(p.id)}
            @mouseenter=${hoverOn(p.id)}
            @mouseleave=${hoverOff}
            @focus=${hoverOn(p.id)}
            @blur=${hoverOff}
          >
            ${lineSwatch(t, p.kind, OPACITY.traced, isHollow(p.status))}
            <span class="route-name">${p.shortName}</span>
            <span class="route-km">${km === undefined ? '' : kmFigure(km, index.corridorMetrics.get(p.id)?.schematicKm ?? 0, formatKm)}</span>
            ${p.status === 'in-use' ? nothing : html`<span class="route-status">${CORRIDOR_STATUS_LABEL[p.status]}</span>`}
            ${hidden ? html`<span class="hidden-tag">hidden on the map</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>
  </section>`;

  const placeList = (t: Theme, s: Watched) => html`<section class="routes-section" aria-labelledby="place-list-title">
    <h2 class="panel-title" id="place-list-title">Places</h2>
    ${placeTypes.map((type) => {
      const hidden = s.hiddenPlaceTypes.includes(type);
      const group = places.filter((p) => p.properties.type === type).sort((a, b) => a.properties.name.localeCompare(b.properties.name));
      return html`<div class="place-group ${hidden ? 'is-hidden' : ''}" data-place-type=${type}>
        <h3 class="place-group-title" id=${`place-group-${type}`}>
          ${markerSwatch(t, type)} ${placeTypeLabel(type)} ${hidden ? html`<span class="hidden-tag">hidden on the map</span>` : nothing}
        </h3>
        <ul class="chip-list" aria-labelledby=${`place-group-${type}`}>
          ${group.map(
            (p) => html`<li>
              <button
                type="button"
                class="chip place-chip"
                data-id=${p.properties.id}
                aria-pressed=${s.selected === p.properties.id ? 'true' : 'false'}
                @click=${() => choose(p.properties.id)}
                @mouseenter=${hoverOn(p.properties.id)}
                @mouseleave=${hoverOff}
                @focus=${hoverOn(p.properties.id)}
                @blur=${hoverOff}
              >
                ${p.properties.name}
              </button>
            </li>`,
          )}
        </ul>
      </div>`;
    })}
  </section>`;

  const standIns = comparisonOrigins().flatMap((o) => originPlaces(o).slice(1).map((p) => `${nameOf(p)} counts as ${nameOf(o)}`));
  const originNames = comparisonOrigins().map(nameOf).join(' and ');

  // One row group per route: the journey (its button) on a line of its own, the figures beneath it, so the
  // table fits the sidebar without scrolling sideways.
  const rowGroup = (r: RouteRow, s: Watched) => {
    const f = index.corridors.get(r.corridor)!;
    return html`<tbody class="route-group" data-corridor=${r.corridor} data-origin=${r.origin} data-seaport=${r.seaport}>
      <tr>
        <th scope="rowgroup" colspan=${COLUMNS.length} class="journey">
          <button
            type="button"
            class="link-button row-button"
            aria-pressed=${s.selected === r.corridor ? 'true' : 'false'}
            @click=${() => choose(r.corridor)}
            @mouseenter=${hoverOn(r.corridor)}
            @mouseleave=${hoverOff}
            @focus=${hoverOn(r.corridor)}
            @blur=${hoverOff}
          >
            ${nameOf(r.origin)} → ${shortPlace(nameOf(r.seaport))}
          </button>
          <span class="journey-by">by ${f.properties.shortName}${r.from !== r.origin ? `, from ${nameOf(r.from)}` : ''}</span>
        </th>
      </tr>
      <tr>
        <td class="num" data-col="km">${kmFigure(r.km, r.schematicKm, formatKm)}</td>
        <td class="num" data-col="crossings">
          ${r.crossings.length}
          ${r.crossings.length ? html`<span class="table-note">${r.crossings.map((c) => `${countryName(c.from, ctx)} → ${countryName(c.to, ctx)}`).join('; ')}</span>` : nothing}
        </td>
        <td data-col="modes">${r.modes.join(', ')}</td>
        <td data-col="status">${CORRIDOR_STATUS_LABEL[r.status]}</td>
        <td class="num" data-col="schematicKm">${r.schematicKm > 0 ? formatKm(r.schematicKm) : 'none'}</td>
      </tr>
    </tbody>`;
  };

  const sortHeader = (c: { key: SortKey; label: string; num?: boolean }, colspan = 1) =>
    html`<th scope="col" colspan=${colspan} class=${c.num ? 'num' : ''} aria-sort=${sort.key === c.key ? sort.dir : 'none'}>
      <button type="button" class="sort-button" data-sort=${c.key} @click=${() => setSort(c.key)}>
        ${c.label}<span class="sort-mark" aria-hidden="true">${sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;

  const compare = (s: Watched) => {
    const rows = sortRows(comparison().rows, sort.key, sort.dir, nameOf);
    return html`<section class="routes-section" aria-labelledby="compare-title">
      <h2 class="panel-title" id="compare-title">${comparisonSettings?.title ?? ''}</h2>
      <div class="table-scroll">
        <table class="data-table compare-table">
          <caption>
            From ${originNames} to each seaport, by every route on the map that links them, measured along the drawn line between the two places.
            ${standIns.length ? `${standIns.join('; ')}.` : ''}
          </caption>
          <thead>
            <tr>
              ${sortHeader(JOURNEY_COLUMN, COLUMNS.length)}
            </tr>
            <tr>
              ${COLUMNS.map((c) => sortHeader(c))}
            </tr>
          </thead>
          ${rows.map((r) => rowGroup(r, s))}
        </table>
      </div>
      <p class="card-note">Schematic: how much of the distance is drawn straight from town to town; the real way there is longer.</p>
      ${comparison().unreached.map(
        (u) => html`<p class="card-note" data-unreached=${u.seaport}>
          No route on the map links ${originNames} to ${nameOf(u.seaport)}${u.corridors.length
            ? html`: ${u.corridors.map(
                (c, i) => html`${i ? '; ' : ''}<button type="button" class="link-button" @click=${() => choose(c)}>${index.corridors.get(c)?.properties.shortName ?? c}</button>
                  starts at ${nameOf(index.corridors.get(c)?.properties.origin ?? '')}`,
              )}.`
            : '.'}
        </p>`,
      )}
    </section>`;
  };

  const draw = () => {
    const s = store.getState();
    const t = THEME_TOKENS[s.theme];
    render(html`<div class="routes-panel">${legend(t, s)} ${routeList(t, s)} ${comparisonSettings ? compare(s) : nothing} ${placeList(t, s)}</div>`, el);
  };
  // The panel is a hidden tab at start: drawn the first time it is shown, then kept up to date while shown.
  const shown = drawWhenShown(el, draw);
  shown.request();
  const unsub = store.subscribe(
    (s): Watched => ({ selected: s.selected, hiddenKinds: s.hiddenKinds, hiddenPlaceTypes: s.hiddenPlaceTypes, theme: s.theme }),
    shown.request,
    { equalityFn: (a, b) => a.selected === b.selected && a.hiddenKinds === b.hiddenKinds && a.hiddenPlaceTypes === b.hiddenPlaceTypes && a.theme === b.theme },
  );
  return () => {
    unsub();
    shown.dispose();
    render(nothing, el);
  };
}

/** A seaport's name without its parenthesis ("A port (its operator's name)" → "A port"), for a narrow table. */
function shortPlace(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}
