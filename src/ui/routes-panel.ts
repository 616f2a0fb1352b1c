// The Routes tab: the map key (drawn from the same theme tokens as the map style) with its toggles, the
// corridors and places as buttons (the keyboard and screen-reader twin of the map), and the comparison
// the story's comparison ("How can … reach the sea?", from its pack.json). Everything shown is computed from the content pack; choosing goes through
// the store, never to the map.
import { html, nothing, render } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import { compareRoutes, comparisonOrigins, originPlaces, sortRows, type RouteRow, type SortDir, type SortKey } from '../analysis/compare.ts';
import { featureInfo, type ContentIndex } from '../content/index.ts';
import type { SelectableId } from '../content/types.ts';
import { placeTypeLabel, story } from '../content/story.ts';
import { ensurePart, formatNumber, t, tParts, type MessageKey } from '../i18n/index.ts';
import { packText } from '../i18n/bind.ts';
import type { AppState, AppStore } from '../state/store.ts';
import { THEME_TOKENS, type Theme } from '../styles/tokens.ts';
import type { CardContext } from './cards/context.ts';
import { countryName } from './cards/corridor-card.ts';
import { packLangAttr, packList, storyText } from './cards/common.ts';
import { CORRIDOR_STATUS_LABEL, isHollow, kmFigure, modeName, roundKm } from '../content/labels.ts';
import { legendTemplate } from './routes-legend.ts';
import { kindSwatch, markerSwatch } from './swatch.ts';
import { drawWhenShown, type Dispose } from './mount.ts';
import '../styles/routes.css';
import '../styles/routes-more.css';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

/** The comparison's columns: the journey (a row-group header above its figures), then one column per figure. */
interface Column {
  readonly key: SortKey;
  readonly label: MessageKey;
  readonly num?: boolean;
}
const JOURNEY_COLUMN: Column = { key: 'journey', label: 'details.columnJourney' };
const COLUMNS: readonly Column[] = [
  { key: 'km', label: 'details.columnDistance', num: true },
  { key: 'crossings', label: 'details.columnBorders', num: true },
  { key: 'modes', label: 'details.columnMode' },
  { key: 'status', label: 'details.columnStatus' },
  { key: 'schematicKm', label: 'details.columnSchematic', num: true },
];

type Watched = Pick<AppState, 'selected' | 'hiddenKinds' | 'hiddenPlaceTypes' | 'theme' | 'ui'>;

export function mountRoutesPanel(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  const ctx: CardContext = { index, store };
  const corridors = [...index.corridors.values()];
  const places = [...index.places.values()];
  // The story's kinds and types, in its legend order; a type no place has is left out.
  const kinds = story().corridorKinds.map((k) => k.id);
  const placeTypes = story()
    .placeTypes.map((t) => t.id)
    .filter((type) => places.some((p) => p.properties.type === type));
  const legendModel = { store, corridors, kinds, placeTypes };
  // The comparison's title may be translated by the pack: read at draw time (story() follows the interface's language).
  const comparisonSettings = () => story().comparison;
  let computed: ReturnType<typeof compareRoutes> | null = null;
  // Measured against the country polygons the first time the tab is shown.
  const comparison = () => (computed ??= compareRoutes(index));
  const nameOf = (id: string) => featureInfo(index, id)?.name ?? id;
  let sort: { key: SortKey; dir: SortDir } = { key: 'journey', dir: 'ascending' };

  const choose = (id: SelectableId) => store.getState().select(id, { frame: true });
  const hoverOn = (id: SelectableId) => () => store.getState().hover(id);
  const hoverOff = () => store.getState().hover(null);

  const setSort = (key: SortKey) => {
    sort = sort.key === key ? { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' };
    draw();
  };

  const routeList = (theme: Theme, s: Watched) =>
    html`<section class="routes-section" aria-labelledby="route-list-title">
      <h2 class="panel-title" id="route-list-title">${t('explore.routes')}</h2>
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
              ${kindSwatch(theme, p.kind, isHollow(p.status))}
              <span class="route-name" lang=${packLangAttr()}>${p.shortName}</span>
              <span class="route-km">${km === undefined ? '' : kmFigure(km, index.corridorMetrics.get(p.id)?.schematicKm ?? 0)}</span>
              ${p.status === 'in-use' ? nothing : html`<span class="route-status">${CORRIDOR_STATUS_LABEL[p.status]}</span>`}
              ${hidden ? html`<span class="hidden-tag">${t('details.hiddenOnMap')}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ul>
    </section>`;

  const placeList = (theme: Theme, s: Watched) =>
    html`<section class="routes-section" aria-labelledby="place-list-title">
      <h2 class="panel-title" id="place-list-title">${t('details.places')}</h2>
      ${placeTypes.map((type) => {
        const hidden = s.hiddenPlaceTypes.includes(type);
        const group = places.filter((p) => p.properties.type === type).sort((a, b) => a.properties.name.localeCompare(b.properties.name));
        return html`<div class="place-group ${hidden ? 'is-hidden' : ''}" data-place-type=${type}>
          <h3 class="place-group-title" id=${`place-group-${type}`}>
            ${markerSwatch(theme, type)} ${storyText(placeTypeLabel(type))}
            ${hidden ? html`<span class="hidden-tag">${t('details.hiddenOnMap')}</span>` : nothing}
          </h3>
          <ul class="chip-list" aria-labelledby=${`place-group-${type}`} lang=${packLangAttr()}>
            ${group.map(
              (p) =>
                html`<li>
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

  const standIns = () =>
    comparisonOrigins().flatMap((o) =>
      originPlaces(o)
        .slice(1)
        .map((p) => tParts('details.countsAs', { place: packText(nameOf(p)), origin: packText(nameOf(o)) })),
    );
  const standInsSentence = () => {
    const list = standIns();
    return list.length ? tParts('details.standIns', { list: list.flatMap((x, i) => (i ? ['; ', ...x] : x)) }) : '';
  };
  const originNames = () => packList(comparisonOrigins().map(nameOf));

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
            ${packText(nameOf(r.origin))} → ${packText(shortPlace(nameOf(r.seaport)))}
          </button>
          <span class="journey-by"
            >${
              r.from !== r.origin
                ? tParts('details.journeyByFrom', { route: packText(f.properties.shortName), place: packText(nameOf(r.from)) })
                : tParts('details.journeyBy', { route: packText(f.properties.shortName) })
            }</span
          >
        </th>
      </tr>
      <tr>
        <td class="num" data-col="km">${kmFigure(r.km, r.schematicKm)}</td>
        <td class="num" data-col="crossings">
          ${formatNumber(r.crossings.length)}
          ${
            r.crossings.length
              ? html`<span class="table-note" lang=${packLangAttr()}
                  >${r.crossings.map((c) => `${countryName(c.from, ctx)} → ${countryName(c.to, ctx)}`).join('; ')}</span
                >`
              : nothing
          }
        </td>
        <td data-col="modes">${r.modes.map(modeName).join(', ')}</td>
        <td data-col="status">${CORRIDOR_STATUS_LABEL[r.status]}</td>
        <td class="num" data-col="schematicKm">${r.schematicKm > 0 ? roundKm(r.schematicKm) : t('details.none')}</td>
      </tr>
    </tbody>`;
  };

  const sortHeader = (c: Column, colspan = 1) =>
    html`<th scope="col" colspan=${colspan} class=${c.num ? 'num' : ''} aria-sort=${sort.key === c.key ? sort.dir : 'none'}>
      <button type="button" class="sort-button" data-sort=${c.key} @click=${() => setSort(c.key)}>
        ${t(c.label)}<span class="sort-mark" aria-hidden="true">${sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;

  const compare = (s: Watched, title: string) => {
    const rows = sortRows(comparison().rows, sort.key, sort.dir, nameOf);
    return html`<section class="routes-section" aria-labelledby="compare-title">
      <h2 class="panel-title" id="compare-title">${storyText(title)}</h2>
      <div class="table-scroll">
        <table class="data-table compare-table">
          <caption>
            ${tParts('details.compareCaption', { origins: originNames() })} ${standInsSentence()}
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
      <p class="card-note">${t('details.schematicColumnNote')}</p>
      ${comparison().unreached.map(
        (u) =>
          html`<p class="card-note" data-unreached=${u.seaport}>
            ${tParts(u.corridors.length ? 'details.unreachedBy' : 'details.unreached', {
              origins: originNames(),
              seaport: packText(nameOf(u.seaport)),
              routes: u.corridors.map(
                (c, i) =>
                  html`${i ? '; ' : ''}${tParts('details.startsAt', {
                    route: html`<button type="button" class="link-button" lang=${packLangAttr()} @click=${() => choose(c)}>
                      ${index.corridors.get(c)?.properties.shortName ?? c}
                    </button>`,
                    place: packText(nameOf(index.corridors.get(c)?.properties.origin ?? '')),
                  })}`,
              ),
            })}
          </p>`,
      )}
    </section>`;
  };

  const draw = () => {
    const s = store.getState();
    const theme = THEME_TOKENS[s.theme];
    const settings = comparisonSettings();
    render(
      html`<div class="routes-panel">
        ${legendTemplate(legendModel, theme, s)} ${routeList(theme, s)} ${settings ? compare(s, settings.title) : nothing} ${placeList(theme, s)}
      </div>`,
      el,
    );
  };
  // The panel is a hidden tab at start: drawn the first time it is shown, then kept up to date while shown.
  const shown = drawWhenShown(el, draw);
  shown.request();
  const unsub = store.subscribe(
    (s): Watched => ({ selected: s.selected, hiddenKinds: s.hiddenKinds, hiddenPlaceTypes: s.hiddenPlaceTypes, theme: s.theme, ui: s.ui }),
    shown.request,
    { equalityFn: shallow },
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
