// The Routes tab's map key: a toggle per corridor kind and place type (drawn from the same theme tokens as the
// map style), and the notes on hollow, schematic and approximate drawing.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CorridorFeature } from '../content/schema.ts';
import type { CorridorKind, PlaceType } from '../content/types.ts';
import { kindLabel, placeTypeLabel } from '../content/story.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Theme } from '../styles/tokens.ts';
import { chevronSwatch, discSwatch, kindSwatch, markerSwatch, schematicSwatch } from './swatch.ts';

export interface LegendModel {
  readonly store: AppStore;
  readonly corridors: readonly CorridorFeature[];
  /** The story's kinds and types, in its legend order. */
  readonly kinds: readonly CorridorKind[];
  readonly placeTypes: readonly PlaceType[];
}

/** One toggle of the key, ticked while its features are shown on the map. */
function toggleRow(
  key: { kind?: CorridorKind; placeType?: PlaceType },
  shown: boolean,
  set: (shown: boolean) => void,
  content: TemplateResult,
): TemplateResult {
  return html`<label class="legend-row" data-kind=${key.kind ?? nothing} data-place-type=${key.placeType ?? nothing}>
    <input type="checkbox" .checked=${shown} @change=${(e: Event) => set((e.target as HTMLInputElement).checked)} />
    ${content}
  </label>`;
}

export function legendTemplate(m: LegendModel, t: Theme, s: Pick<AppState, 'hiddenKinds' | 'hiddenPlaceTypes'>): TemplateResult {
  const first = m.kinds[0] ?? 'port-access';
  return html`<section class="routes-section" aria-labelledby="legend-title">
    <h2 class="panel-title" id="legend-title">Map key</h2>
    <fieldset class="legend-group">
      <legend>Routes <span class="legend-hint">(untick to hide on the map)</span></legend>
      ${m.kinds.map((kind) => {
        const n = m.corridors.filter((c) => c.properties.kind === kind).length;
        return toggleRow(
          { kind },
          !s.hiddenKinds.includes(kind),
          (shown) => m.store.getState().setKindVisible(kind, shown),
          html`${kindSwatch(t, kind)}
            <span class="legend-label">${kindLabel(kind)}</span>
            <span class="legend-count">${n} ${n === 1 ? 'route' : 'routes'}</span>`,
        );
      })}
    </fieldset>
    <fieldset class="legend-group legend-group--places">
      <legend>Places</legend>
      ${m.placeTypes.map((type) =>
        toggleRow(
          { placeType: type },
          !s.hiddenPlaceTypes.includes(type),
          (shown) => m.store.getState().setPlaceTypeVisible(type, shown),
          html`${markerSwatch(t, type)} <span class="legend-label">${placeTypeLabel(type)}</span>`,
        ),
      )}
    </fieldset>
    <ul class="legend-notes">
      <li data-legend="hollow">
        ${kindSwatch(t, first, true)}<span
          >A <strong>hollow</strong> line: a route that is agreed or planned but not known to be in use, or on which no service was found.</span
        >
      </li>
      <li>
        ${schematicSwatch(t, first)}<span
          >A fainter stretch is <strong>schematic</strong>: the map data has no real line there, so it is drawn straight from town to town, not along the exact
          line.</span
        >
      </li>
      <li>
        ${discSwatch(t)}<span>A translucent disc round a place: its <strong>position is approximate</strong>; the disc shows how far off it may be.</span>
      </li>
      <li>${chevronSwatch(t)}<span>Chevrons along a route point from its start to its end.</span></li>
    </ul>
  </section>`;
}
