// The editor's Places section (issue #17): the draft's places, each to edit or remove, and a new place put where
// the map is clicked (the store's pick) or at typed coordinates. The map is never touched here: a click on it
// reaches the form through the store's `pick`.
import '../../styles/editor-places.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { MultiPolygon, Polygon } from 'geojson';
import { countryAt, type CountryShape } from '../../analysis/corridors.ts';
import type { ContentIndex } from '../../content/index.ts';
import { placeTypeLabel } from '../../content/story.ts';
import { addPlace, removePlace, updatePlace, type Draft, type Place, type PlaceArgs } from '../../editor/index.ts';
import { packLang } from '../../i18n/bind.ts';
import { t } from '../../i18n/index.ts';
import type { EditorSession } from '../../state/editor-slice.ts';
import type { SectionView } from './context.ts';
import { placeForm, type CountryChoice } from './place-form.ts';
import { named } from './item-buttons.ts';
import { focusEntry, removalLabel, removedWords } from './place-fields.ts';

/** The section's own state, for one draft: the place whose form is open, and the last "Go to it" answered. */
interface PlacesUi {
  readonly draftId: string;
  editing: string | null;
  focusSeq: number;
}
let ui: PlacesUi = { draftId: '', editing: null, focusSeq: -1 };
const uiOf = (s: EditorSession): PlacesUi => (ui.draftId === s.draftId ? ui : (ui = { draftId: s.draftId, editing: null, focusSeq: -1 }));

/** The base map's countries (for the country select and to find the one a position is in), per index. */
const countriesByIndex = new WeakMap<ContentIndex, { readonly choices: CountryChoice[]; readonly shapes: CountryShape[] }>();
function countriesOf(index: ContentIndex) {
  let c = countriesByIndex.get(index);
  if (!c) {
    const infos = [...index.features.values()].filter((f) => f.kind === 'country');
    const choices = infos.map((f) => ({ iso3: f.id.slice('country:'.length), name: f.name })).sort((a, b) => a.name.localeCompare(b.name));
    const shapes = infos.flatMap((f) => {
      const g = index.geometries.get(f.id);
      return g && (g.type === 'Polygon' || g.type === 'MultiPolygon') ? [{ id: f.id, geometry: g as Polygon | MultiPolygon }] : [];
    });
    c = { choices, shapes };
    countriesByIndex.set(index, c);
  }
  return c;
}

const typeLabel = (draft: Draft, place: Place) =>
  draft.manifest.placeTypes.find((t) => t.id === place.properties.type)?.label ?? placeTypeLabel(place.properties.type);

const samePosition = (a: readonly number[], b: readonly number[]) => Math.abs(a[0]! - b[0]!) < 5e-6 && Math.abs(a[1]! - b[1]!) < 5e-6;

export const placesSection: SectionView = (ctx, session) => {
  const state = uiOf(session);
  const { store } = ctx;
  const draft = session.history.draft;
  const places = draft.places.features;
  if (state.editing && !places.some((f) => f.properties.id === state.editing)) state.editing = null;
  const pick = session.pick?.kind === 'place' ? session.pick : null;
  const adding = pick !== null && state.editing === null;

  // A problem's "Go to it": the place's form opened, in view and focused (once per request).
  const focus = session.focus;
  if (focus && focus.seq !== state.focusSeq && focus.kind === 'place') {
    state.focusSeq = focus.seq;
    if (focus.id && places.some((f) => f.properties.id === focus.id)) state.editing = focus.id;
    focusEntry(ctx, 'place', focus.id, 'input[name="name"]');
  }

  const countries = countriesOf(ctx.index());
  const common = {
    draft,
    countries: countries.choices,
    countryAt: (at: readonly [number, number]) => countryAt([at[0], at[1]], countries.shapes)?.id.slice('country:'.length) ?? null,
  };

  const startAdding = () => {
    state.editing = null;
    store.getState().setPick({ kind: 'place', at: null });
  };
  const close = () => {
    state.editing = null;
    if (store.getState().editor?.pick?.kind === 'place') store.getState().setPick(null);
    ctx.redraw();
  };
  const add = (args: PlaceArgs) => {
    if (store.getState().editDraft((d) => addPlace(d, args))) {
      store.getState().setPick(null);
      ctx.announce(t('editor.addedPlace', { name: args.name }));
    }
  };
  const edit = (place: Place) => {
    const open = state.editing === place.properties.id;
    state.editing = open ? null : place.properties.id;
    // While its form is open, a click on the map moves the place there (in the form, until it is saved).
    store.getState().setPick(open ? null : { kind: 'place', at: place.geometry.coordinates });
    ctx.redraw();
  };
  const save = async (place: Place, args: PlaceArgs) => {
    const moved = !samePosition(args.position, place.geometry.coordinates);
    // A place that moves takes the legs of its routes with it, drawn again along the lines.
    const lines = moved ? await ctx.lines() : [];
    const id = place.properties.id;
    const patch: Partial<PlaceArgs> = { ...args, position: moved ? args.position : place.geometry.coordinates, country: args.country ?? '' };
    const ok = store.getState().editDraft((d) => {
      const c = updatePlace(d, id, patch, lines);
      if (!c.ok || c.retraced.length === 0) return c;
      const names = c.retraced.map((r) => c.draft.corridors?.features.find((f) => f.properties.id === r)?.properties.shortName ?? r);
      return { ...c, label: t('editor.moveWithRedraw', { action: c.label, routes: names.join(', ') }) };
    });
    if (ok) {
      state.editing = null;
      store.getState().setPick(null);
      ctx.announce(t('editor.savedPlace', { name: args.name }));
    }
  };
  const remove = (place: Place) => {
    // Read before the edit: the panel is drawn again within it, and forgets a form whose place is gone.
    const wasOpen = state.editing === place.properties.id;
    const removed = store.getState().editDraft((d) => {
      const c = removePlace(d, place.properties.id);
      const took = c.ok ? removedWords(c.removed) : '';
      // Links and tour references go with the place (Undo brings them back): the notice says so.
      return c.ok && took ? { ...c, label: removalLabel(c.label, took) } : c;
    });
    if (removed && wasOpen) close();
  };

  const entry = (place: Place): TemplateResult => {
    const p = place.properties;
    const open = state.editing === p.id;
    const at = open && pick?.at ? pick.at : place.geometry.coordinates;
    return html`<li class="place-entry" data-place=${p.id} tabindex="-1">
      <div class="place-head">
        <span class="place-name" lang=${packLang()}>${p.name}</span>
        <span class="place-meta"
          >${typeLabel(draft, place)}${
            p.approximate
              ? html` ·
                  <span class="place-approximate">${p.uncertaintyKm ? t('editor.approximateWithin', { km: p.uncertaintyKm }) : t('editor.approximate')}</span>`
              : nothing
          }</span
        >
      </div>
      <div class="editor-row">
        <button type="button" class="editor-button" aria-expanded=${open ? 'true' : 'false'} @click=${() => edit(place)}>
          ${named(t('editor.edit'), t('editor.editNamed', { name: p.name }))}
        </button>
        <button type="button" class="editor-button" @click=${() => remove(place)}>
          ${named(t('editor.remove'), t('editor.removeNamed', { name: p.name }))}
        </button>
      </div>
      ${
        open
          ? keyed(
              p.id,
              placeForm({
                ...common,
                place,
                at,
                picking: pick !== null,
                onSubmit: (args) => void save(place, args),
                onCancel: close,
              }),
            )
          : nothing
      }
    </li>`;
  };

  return html`<div class="editor-places">
    ${
      adding
        ? html`<h3 class="editor-subtitle">${t('editor.newPlace')}</h3>
            <p class="editor-hint place-prompt" role="status">${t(pick.at ? 'editor.placeWhereClicked' : 'editor.clickMapForPlace')}</p>
            ${keyed('new', placeForm({ ...common, place: null, at: pick.at, picking: true, onSubmit: add, onCancel: close }))}`
        : html`<button type="button" class="editor-button" id="editor-add-place" @click=${startAdding}>${t('editor.addAPlace')}</button>`
    }
    <h3 class="editor-subtitle" id="editor-places-title">${t('editor.placesHeading', { count: places.length })}</h3>
    ${
      places.length === 0
        ? html`<p class="editor-hint">${t('editor.noPlacesYet')}</p>`
        : html`<ul class="editor-list" aria-labelledby="editor-places-title">
            ${places.map(entry)}
          </ul>`
    }
  </div>`;
};
