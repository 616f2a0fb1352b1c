// The editor's Routes section (issue #17): the draft's routes with their measured lengths and legs (a leg drawn
// straight is marked schematic), each to edit or remove, and a new route through places clicked on the map (the
// store's pick appends them) or chosen from a list. Its line is drawn by addRoute along the road, railway and river
// lines near its legs; lengths are measured from that line, never typed.
import '../../styles/editor-places.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { CORRIDOR_STATUS_LABEL, measuredKm } from '../../content/labels.ts';
import { CORRIDOR_MODES, type CorridorMode, type PlaceId } from '../../content/types.ts';
import { addRoute, removeRoute, routeLengths, updateRoute, type Draft, type Route, type RouteLengths } from '../../editor/index.ts';
import { packLang } from '../../i18n/bind.ts';
import { t, tParts } from '../../i18n/index.ts';
import type { EditorSession } from '../../state/editor-slice.ts';
import type { SectionView } from './context.ts';
import { named } from './item-buttons.ts';
import { citesSource, focusEntry, removalLabel, removedWords } from './place-fields.ts';
import { kindName, modeLabel, readRouteFields, routeFields } from './route-form.ts';

/** The section's own state, for one draft. */
interface RoutesUi {
  readonly draftId: string;
  /** The route whose form is open. */
  editing: string | null;
  /** Each new leg's mode, by its ends ("from>to"), kept while waypoints come and go. */
  readonly modes: Map<string, CorridorMode>;
  /** A route being drawn (the lines loading). */
  busy: boolean;
  /** The route just added, to say how its legs were drawn; and whether the lines could not be loaded. */
  report: { readonly id: string; readonly noLines: boolean } | null;
  focusSeq: number;
}
const fresh = (draftId: string): RoutesUi => ({ draftId, editing: null, modes: new Map(), busy: false, report: null, focusSeq: -1 });
let ui: RoutesUi = fresh('');
const uiOf = (s: EditorSession): RoutesUi => (ui.draftId === s.draftId ? ui : (ui = fresh(s.draftId)));

const lengthsOf = new WeakMap<Route, RouteLengths>();
const lengths = (route: Route): RouteLengths => {
  let l = lengthsOf.get(route);
  if (!l) lengthsOf.set(route, (l = routeLengths(route)));
  return l;
};

const placeName = (draft: Draft, id: string) => draft.places.features.find((f) => f.properties.id === id)?.properties.name ?? id;
const legKey = (from: string, to: string) => `${from}>${to}`;

/** A route's legs in words: from, to, mode, measured length, and the line it follows or "schematic". */
function legList(draft: Draft, route: Route): TemplateResult {
  const km = lengths(route).legKm;
  return html`<ol class="route-legs">
    ${route.properties.legs.map(
      (leg, i) =>
        html`<li data-quality=${leg.quality}>
          ${placeName(draft, leg.from)} → ${placeName(draft, leg.to)} · ${modeLabel(leg.mode)} · ${measuredKm(km[i] ?? 0)} ·
          ${
            leg.quality === 'schematic'
              ? tParts('editor.legSchematic', { schematic: html`<span class="route-schematic">${t('editor.schematic')}</span>`, via: leg.via })
              : tParts('editor.legFollows', { follows: html`<span class="route-traced">${t('editor.follows')}</span>`, via: leg.via })
          }
        </li>`,
    )}
  </ol>`;
}

function lengthLine(route: Route): TemplateResult {
  const l = lengths(route);
  const km = html`<span class="route-km">${l.shown}</span>`;
  return html`<p class="route-length">
    ${l.schematicKm > 0 ? tParts('editor.routeLengthSchematic', { km, straight: measuredKm(l.schematicKm) }) : tParts('editor.routeLength', { km })}
  </p>`;
}

export const routesSection: SectionView = (ctx, session) => {
  const state = uiOf(session);
  const { store } = ctx;
  const draft = session.history.draft;
  const routes = draft.corridors?.features ?? [];
  const places = draft.places.features;
  if (state.editing && !routes.some((f) => f.properties.id === state.editing)) state.editing = null;
  if (state.report && !routes.some((f) => f.properties.id === state.report?.id)) state.report = null;
  const pick = session.pick?.kind === 'route' ? session.pick : null;

  // A problem's "Go to it": the route's form opened, in view and focused (once per request).
  const focus = session.focus;
  if (focus && focus.seq !== state.focusSeq && focus.kind === 'route') {
    state.focusSeq = focus.seq;
    if (focus.id && routes.some((f) => f.properties.id === focus.id)) state.editing = focus.id;
    focusEntry(ctx, 'route', focus.id, 'input[name="name"]');
  }

  const setWaypoints = (waypoints: readonly string[]) => store.getState().setPick({ kind: 'route', waypoints });
  const startAdding = () => {
    state.editing = null;
    state.report = null;
    setWaypoints([]);
  };
  const cancel = () => {
    store.getState().setPick(null);
    ctx.redraw();
  };
  const addWaypoint = (e: Event) => {
    const select = (e.currentTarget as HTMLButtonElement).form?.elements.namedItem('waypoint') as HTMLSelectElement | null;
    const id = select?.value;
    const w = pick?.waypoints ?? [];
    if (!id) return;
    if (w.at(-1) === id) return ctx.announce(t('editor.alreadyLastWaypoint', { name: placeName(draft, id) }));
    setWaypoints([...w, id]);
    ctx.announce(t('editor.waypointAdded', { n: w.length + 1, name: placeName(draft, id) }));
  };
  const removeWaypoint = (i: number) => {
    const w = pick?.waypoints ?? [];
    setWaypoints(w.filter((_, j) => j !== i));
    ctx.announce(t('editor.waypointRemoved', { n: i + 1, name: placeName(draft, w[i] ?? '') }));
  };
  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (state.busy || !pick || !citesSource(form)) return;
    const data = new FormData(form);
    const waypoints = pick.waypoints as readonly PlaceId[];
    const modes = data.getAll('mode').map(String) as CorridorMode[];
    state.busy = true;
    ctx.redraw();
    const lines = await ctx.lines();
    state.busy = false;
    let id: string | null = null;
    const ok = store.getState().editDraft((d) => {
      const c = addRoute(d, { ...readRouteFields(data), waypoints, modes }, lines);
      if (c.ok) id = c.id;
      return c;
    });
    if (ok && id) {
      state.report = { id, noLines: lines.length === 0 };
      store.getState().setPick(null);
      const route = store.getState().editor?.history.draft.corridors?.features.find((f) => f.properties.id === id);
      if (route) {
        const straight = route.properties.legs.filter((l) => l.quality === 'schematic').length;
        const legs = route.properties.legs.length;
        const said = { name: route.properties.name, length: lengths(route).shown, following: legs - straight, legs, straight };
        ctx.announce(t(straight ? 'editor.addedRouteSchematic' : 'editor.addedRoute', said));
      }
    }
    ctx.redraw();
  };
  const edit = (route: Route) => {
    state.editing = state.editing === route.properties.id ? null : route.properties.id;
    state.report = null;
    if (pick) store.getState().setPick(null);
    ctx.redraw();
  };
  const save = (route: Route, e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    if (!citesSource(form)) return;
    const fields = readRouteFields(new FormData(form));
    if (store.getState().editDraft((d) => updateRoute(d, route.properties.id, fields))) {
      state.editing = null;
      ctx.announce(t('editor.savedRoute', { name: fields.name }));
      ctx.redraw();
    }
  };
  const remove = (route: Route) => {
    if (state.editing === route.properties.id) state.editing = null;
    store.getState().editDraft((d) => {
      const c = removeRoute(d, route.properties.id);
      const took = c.ok ? removedWords(c.removed) : '';
      // Links and tour references go with the route (Undo brings them back): the notice says so.
      return c.ok && took ? { ...c, label: removalLabel(c.label, took) } : c;
    });
  };

  const newRoute = (waypoints: readonly string[]): TemplateResult => {
    const legs = waypoints.slice(1).map((to, i) => ({ from: waypoints[i]!, to }));
    return html`<h3 class="editor-subtitle">${t('editor.newRoute')}</h3>
      <p class="editor-hint" role="status">
        ${waypoints.length < 2 ? t('editor.clickRoutePlaces') : t('editor.waypointsAndLegs', { waypoints: waypoints.length, count: legs.length })}
      </p>
      <form class="editor-form route-form" aria-label=${t('editor.newRoute')} @submit=${add}>
        <fieldset class="editor-fieldset">
          <legend>${t('editor.waypoints')}</legend>
          ${
            waypoints.length
              ? html`<ol class="route-waypoints">
                  ${waypoints.map(
                    (id, i) =>
                      html`<li>
                        <div class="route-waypoint">
                          <span lang=${packLang()}>${placeName(draft, id)}</span>
                          <button type="button" class="link-button" @click=${() => removeWaypoint(i)}>
                            ${named(t('editor.remove'), t('editor.removeWaypointNamed', { n: i + 1, name: placeName(draft, id) }))}
                          </button>
                        </div>
                      </li>`,
                  )}
                </ol>`
              : nothing
          }
          ${
            places.length
              ? html`<div class="editor-pair editor-pair--action">
                  <label
                    >${t('editor.place')}
                    <select name="waypoint">
                      ${places.map((f) => html`<option value=${f.properties.id} lang=${packLang()}>${f.properties.name}</option>`)}
                    </select>
                  </label>
                  <button type="button" class="editor-button" @click=${addWaypoint}>${t('editor.addWaypoint')}</button>
                </div>`
              : html`<p class="editor-hint">${t('editor.noPlacesForRoute')}</p>`
          }
        </fieldset>
        ${
          legs.length
            ? html`<fieldset class="editor-fieldset">
                <legend>${t('editor.howEachLeg')}</legend>
                ${repeat(
                  legs,
                  (l, i) => `${i}:${legKey(l.from, l.to)}`,
                  (l) => {
                    const mode = state.modes.get(legKey(l.from, l.to)) ?? 'road';
                    return html`<label
                      >${placeName(draft, l.from)} → ${placeName(draft, l.to)}
                      <select name="mode" @change=${(e: Event) => state.modes.set(legKey(l.from, l.to), (e.target as HTMLSelectElement).value as CorridorMode)}>
                        ${CORRIDOR_MODES.map((m) => html`<option value=${m} ?selected=${m === mode}>${modeLabel(m)}</option>`)}
                      </select>
                    </label>`;
                  },
                )}
                <p class="editor-hint">${t('editor.legHint')}</p>
              </fieldset>`
            : nothing
        }
        ${routeFields(draft, null)}
        <div class="editor-row">
          <button type="submit" class="editor-button" ?disabled=${state.busy}>${t(state.busy ? 'editor.drawingRoute' : 'editor.addRoute')}</button>
          <button type="button" class="editor-button" @click=${cancel}>${t('editor.cancel')}</button>
        </div>
      </form>`;
  };

  const report = (): TemplateResult | typeof nothing => {
    const route = state.report && routes.find((f) => f.properties.id === state.report?.id);
    if (!route) return nothing;
    return html`<div class="route-report" role="status">
      <p>${t('editor.addedRouteReport', { name: route.properties.name, length: lengths(route).shown })}</p>
      ${legList(draft, route)} ${state.report?.noLines ? html`<p class="editor-hint">${t('editor.linesNotLoaded')}</p>` : nothing}
    </div>`;
  };

  const entry = (route: Route): TemplateResult => {
    const p = route.properties;
    const open = state.editing === p.id;
    return html`<li class="route-entry" data-route=${p.id} tabindex="-1">
      <div class="place-head">
        <span class="place-name" lang=${packLang()}>${p.name}</span>
        <span class="place-meta">${kindName(draft, p.kind)} · ${CORRIDOR_STATUS_LABEL[p.status]}</span>
      </div>
      ${lengthLine(route)} ${legList(draft, route)}
      <div class="editor-row">
        <button type="button" class="editor-button" aria-expanded=${open ? 'true' : 'false'} @click=${() => edit(route)}>
          ${named(t('editor.edit'), t('editor.editNamed', { name: p.name }))}
        </button>
        <button type="button" class="editor-button" @click=${() => remove(route)}>
          ${named(t('editor.remove'), t('editor.removeNamed', { name: p.name }))}
        </button>
      </div>
      ${
        open
          ? keyed(
              p.id,
              html`<form class="editor-form" aria-label=${t('editor.editNamed', { name: p.name })} @submit=${(e: SubmitEvent) => save(route, e)}>
                ${routeFields(draft, route)}
                <div class="editor-row">
                  <button type="submit" class="editor-button">${t('editor.saveRoute')}</button>
                  <button type="button" class="editor-button" @click=${() => edit(route)}>${t('editor.cancel')}</button>
                </div>
              </form>`,
            )
          : nothing
      }
    </li>`;
  };

  return html`<div class="editor-routes">
    ${pick ? newRoute(pick.waypoints) : html`<button type="button" class="editor-button" id="editor-add-route" @click=${startAdding}>${t('editor.addARoute')}</button>`}
    ${report()}
    <h3 class="editor-subtitle" id="editor-routes-title">${t('editor.routesHeading', { count: routes.length })}</h3>
    ${
      routes.length === 0
        ? html`<p class="editor-hint">${t('editor.noRoutesYet')}</p>`
        : html`<ul class="editor-list" aria-labelledby="editor-routes-title">
            ${routes.map(entry)}
          </ul>`
    }
  </div>`;
};
