// The form of a place, to add one or to edit one: the same fields either way. Its position comes from a click on
// the map (the store's pick) or is typed, so that the keyboard can do everything the mouse can.
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { placeTypeLabel } from '../../content/story.ts';
import type { Bbox, PlaceType } from '../../content/types.ts';
import type { Draft, Place, PlaceArgs } from '../../editor/index.ts';
import { formatNumber, t, type MessageKey } from '../../i18n/index.ts';
import { citesSource, fieldOf, sourceBoxes } from './place-fields.ts';

type LocalLang = NonNullable<Place['properties']['localLang']>;

/** The languages a local name may be in: those of the region's countries. */
const LOCAL_LANGS: readonly (readonly [LocalLang, MessageKey])[] = [
  ['km', 'editor.langKm'],
  ['lo', 'editor.langLo'],
  ['th', 'editor.langTh'],
  ['vi', 'editor.langVi'],
  ['zh', 'editor.langZh'],
  ['my', 'editor.langMy'],
];

export interface CountryChoice {
  /** ISO 3166 alpha-3. */
  readonly iso3: string;
  readonly name: string;
}

export interface PlaceFormOptions {
  readonly draft: Draft;
  /** The place edited; null for a new one. */
  readonly place: Place | null;
  /** Where the map was clicked, if it was (else, for a place edited, its own position). */
  readonly at: readonly [number, number] | null;
  /** Whether a click on the map sets the position now. */
  readonly picking: boolean;
  readonly countries: readonly CountryChoice[];
  /** The country a position lies in on the base map, if any. */
  readonly countryAt: (at: readonly [number, number]) => string | null;
  readonly onSubmit: (args: PlaceArgs) => void;
  readonly onCancel: () => void;
}

/** A coordinate as a field shows it: to 5 decimals (about a metre), as the pack keeps it. */
const coord = (x: number) => String(Math.round(x * 1e5) / 1e5);
/** A bound of the map as the hint says it, in the interface's digits, as precise as the pack gives it. */
const bound = (x: number) => formatNumber(x, { maximumFractionDigits: 6 });

const typeLabel = (draft: Draft, type: PlaceType) => draft.manifest.placeTypes.find((t) => t.id === type)?.label ?? placeTypeLabel(type);

function readArgs(form: HTMLFormElement): PlaceArgs {
  const data = new FormData(form);
  const uncertainty = fieldOf(data, 'uncertaintyKm');
  const lang = fieldOf(data, 'localLang');
  const country = fieldOf(data, 'country');
  return {
    name: fieldOf(data, 'name'),
    localName: fieldOf(data, 'localName') || null,
    localLang: lang ? (lang as LocalLang) : null,
    type: fieldOf(data, 'type') as PlaceType,
    position: [Number(fieldOf(data, 'lon')), Number(fieldOf(data, 'lat'))],
    uncertaintyKm: uncertainty === '' ? null : Number(uncertainty),
    ...(country ? { country } : {}),
    description: fieldOf(data, 'description'),
    coordinateNote: fieldOf(data, 'coordinateNote') || null,
    sourceIds: data.getAll('sources').map(String),
  };
}

export function placeForm(o: PlaceFormOptions): TemplateResult {
  const p = o.place?.properties;
  const [west, south, east, north]: Bbox = o.draft.manifest.extent;
  const at = o.at;
  const atKey = at ? `${at[0]},${at[1]}` : '';
  // The country is found where the place is: the place's own until it moves, else the base map's there.
  const own = o.place && at && at[0] === o.place.geometry.coordinates[0] && at[1] === o.place.geometry.coordinates[1];
  const country = own ? (p?.country ?? null) : at ? o.countryAt(at) : null;
  const types = o.draft.manifest.placeTypes.map((t) => t.id);
  const type = p?.type ?? (types.includes('town') ? 'town' : types[0]);
  // Typed coordinates find the country as a click does, until the teacher chooses one.
  const onPosition = (e: Event) => {
    const form = (e.currentTarget as HTMLInputElement).form;
    const field = (name: string) => form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const [lon, lat, select] = [field('lon'), field('lat'), field('country')];
    if (!lon || !lat || !select || select.dataset['chosen'] || lon.value === '' || lat.value === '') return;
    const found = o.countryAt([Number(lon.value), Number(lat.value)]);
    if (found) select.value = found;
  };
  const chosen = (e: Event) => {
    (e.currentTarget as HTMLSelectElement).dataset['chosen'] = 'true';
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (citesSource(form)) o.onSubmit(readArgs(form));
  };
  return html`<form
    class="editor-form place-form"
    @submit=${onSubmit}
    aria-label=${o.place ? t('editor.editNamed', { name: p?.name ?? '' }) : t('editor.newPlace')}
  >
    <label>${t('editor.name')} <input name="name" required maxlength="120" autocomplete="off" value=${p?.name ?? ''} /></label>
    <div class="editor-pair">
      <label
        >${t('editor.localName')} <input name="localName" maxlength="120" autocomplete="off" lang=${p?.localLang ?? nothing} value=${p?.localName ?? ''}
      /></label>
      <label
        >${t('editor.itsLanguage')}
        <select name="localLang">
          <option value="" ?selected=${!p?.localLang}>${t('editor.none')}</option>
          ${LOCAL_LANGS.map(([code, name]) => html`<option value=${code} ?selected=${p?.localLang === code}>${t(name)}</option>`)}
        </select>
      </label>
    </div>
    <label
      >${t('editor.placeType')}
      <select name="type" required>
        ${types.map((t) => html`<option value=${t} ?selected=${t === type}>${typeLabel(o.draft, t)}</option>`)}
      </select>
    </label>
    <fieldset class="editor-fieldset">
      <legend>${t('editor.position')}</legend>
      <p class="editor-hint place-pick-hint">
        ${t(o.picking ? (at ? 'editor.clickAgainToMove' : 'editor.clickWherePlaceIs') : 'editor.typeLonLat')}
        ${t('editor.insideMap', { west: bound(west), east: bound(east), south: bound(south), north: bound(north) })}
      </p>
      <div class="editor-pair">
        <label
          >${t('editor.longitude')}
          <input
            name="lon"
            type="number"
            required
            step="any"
            min=${west}
            max=${east}
            inputmode="decimal"
            .value=${at ? coord(at[0]) : ''}
            @change=${onPosition}
        /></label>
        <label
          >${t('editor.latitude')}
          <input
            name="lat"
            type="number"
            required
            step="any"
            min=${south}
            max=${north}
            inputmode="decimal"
            .value=${at ? coord(at[1]) : ''}
            @change=${onPosition}
        /></label>
      </div>
      <label
        >${t('editor.uncertainty')} <span class="editor-hint">${t('editor.uncertaintyHint')}</span>
        <input name="uncertaintyKm" type="number" step="any" min="0.1" inputmode="decimal" value=${p?.uncertaintyKm ?? ''}
      /></label>
      <label
        >${t('editor.coordinateNote')} <span class="editor-hint">${t('editor.optional')}</span>
        <input name="coordinateNote" maxlength="200" autocomplete="off" value=${p?.coordinateNote ?? ''}
      /></label>
    </fieldset>
    ${keyed(
      atKey,
      html`<label
        >${t('editor.country')}
        <select name="country" required @change=${chosen}>
          <option value="" ?selected=${!country}>${t('editor.chooseCountry')}</option>
          ${o.countries.map((c) => html`<option value=${c.iso3} ?selected=${c.iso3 === country}>${c.name}</option>`)}
        </select>
      </label>`,
    )}
    <label>${t('editor.description')} <textarea name="description" rows="3" required maxlength="2000" .defaultValue=${p?.description ?? ''}></textarea></label>
    ${sourceBoxes(o.draft, p?.sources ?? [])}
    <div class="editor-row">
      <button type="submit" class="editor-button">${t(o.place ? 'editor.savePlace' : 'editor.addPlace')}</button>
      <button type="button" class="editor-button" @click=${() => o.onCancel()}>${t('editor.cancel')}</button>
    </div>
  </form>`;
}
