// The Routes tab's map key: a toggle per corridor kind and place type (drawn from the same theme tokens as the
// map style), and the notes on hollow, schematic and approximate drawing.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CorridorFeature } from '../content/schema.ts';
import type { CorridorKind, PlaceType } from '../content/types.ts';
import { kindLabel, placeTypeLabel } from '../content/story.ts';
import { ensurePart, t, tParts } from '../i18n/index.ts';
import type { AppState, AppStore } from '../state/store.ts';
import type { Theme } from '../styles/tokens.ts';
import { storyText } from './cards/common.ts';
import { chevronSwatch, discSwatch, kindSwatch, markerSwatch, schematicSwatch } from './swatch.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

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

export function legendTemplate(m: LegendModel, theme: Theme, s: Pick<AppState, 'hiddenKinds' | 'hiddenPlaceTypes'>): TemplateResult {
  const first = m.kinds[0] ?? 'port-access';
  return html`<section class="routes-section" aria-labelledby="legend-title">
    <h2 class="panel-title" id="legend-title">${t('details.mapKeyTitle')}</h2>
    <fieldset class="legend-group">
      <legend>${t('explore.routes')} <span class="legend-hint">${t('details.untickToHide')}</span></legend>
      ${m.kinds.map((kind) => {
        const n = m.corridors.filter((c) => c.properties.kind === kind).length;
        return toggleRow(
          { kind },
          !s.hiddenKinds.includes(kind),
          (shown) => m.store.getState().setKindVisible(kind, shown),
          html`${kindSwatch(theme, kind)}
            <span class="legend-label">${storyText(kindLabel(kind))}</span>
            <span class="legend-count">${t('details.routeCount', { count: n })}</span>`,
        );
      })}
    </fieldset>
    <fieldset class="legend-group legend-group--places">
      <legend>${t('details.places')}</legend>
      ${m.placeTypes.map((type) =>
        toggleRow(
          { placeType: type },
          !s.hiddenPlaceTypes.includes(type),
          (shown) => m.store.getState().setPlaceTypeVisible(type, shown),
          html`${markerSwatch(theme, type)} <span class="legend-label">${storyText(placeTypeLabel(type))}</span>`,
        ),
      )}
    </fieldset>
    <ul class="legend-notes">
      <li data-legend="hollow">
        ${kindSwatch(theme, first, true)}<span>${tParts('details.legendHollow', { hollow: html`<strong>${t('details.legendHollowWord')}</strong>` })}</span>
      </li>
      <li>
        ${schematicSwatch(theme, first)}<span
          >${tParts('details.legendSchematic', { schematic: html`<strong>${t('details.legendSchematicWord')}</strong>` })}</span
        >
      </li>
      <li>
        ${discSwatch(theme)}<span>${tParts('details.legendApproximate', { approximate: html`<strong>${t('details.legendApproximateWord')}</strong>` })}</span>
      </li>
      <li>${chevronSwatch(theme)}<span>${t('details.legendChevrons')}</span></li>
    </ul>
  </section>`;
}
