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
import type { EditorSession } from '../../state/editor-slice.ts';
import type { SectionView } from './context.ts';
import { citesSource, focusEntry, removedWords } from './place-fields.ts';
import { kindName, MODE_LABEL, readRouteFields, routeFields } from './route-form.ts';

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
          ${placeName(draft, leg.from)} → ${placeName(draft, leg.to)} · ${MODE_LABEL[leg.mode]} · ${measuredKm(km[i] ?? 0)} ·
          ${
            leg.quality === 'schematic'
              ? html`<span class="route-schematic">schematic</span>, ${leg.via}`
              : html`<span class="route-traced">follows</span> ${leg.via}`
          }
        </li>`,
    )}
  </ol>`;
}

function lengthLine(route: Route): TemplateResult {
  const l = lengths(route);
  return html`<p class="route-length">
    Length <span class="route-km">${l.shown}</span>, measured on its
    line${l.schematicKm > 0 ? html`; ${measuredKm(l.schematicKm)} of it drawn straight, so the real way is longer` : nothing}.
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
    if (w.at(-1) === id) return ctx.announce(`${placeName(draft, id)} is already the last waypoint.`);
    setWaypoints([...w, id]);
    ctx.announce(`Waypoint ${w.length + 1}: ${placeName(draft, id)}.`);
  };
  const removeWaypoint = (i: number) => {
    const w = pick?.waypoints ?? [];
    setWaypoints(w.filter((_, j) => j !== i));
    ctx.announce(`Removed waypoint ${i + 1}, ${placeName(draft, w[i] ?? '')}.`);
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
        ctx.announce(
          `Added route ${route.properties.name}, ${lengths(route).shown}: ${route.properties.legs.length - straight} of ${route.properties.legs.length} legs follow a line${straight ? `, ${straight} drawn straight (schematic)` : ''}.`,
        );
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
      ctx.announce(`Saved route ${fields.name}.`);
      ctx.redraw();
    }
  };
  const remove = (route: Route) => {
    if (state.editing === route.properties.id) state.editing = null;
    store.getState().editDraft((d) => {
      const c = removeRoute(d, route.properties.id);
      const took = c.ok ? removedWords(c.removed) : '';
      // Links and tour references go with the route (Undo brings them back): the notice says so.
      return c.ok && took ? { ...c, label: `${c.label} (and ${took} to it)` } : c;
    });
  };

  const newRoute = (waypoints: readonly string[]): TemplateResult => {
    const legs = waypoints.slice(1).map((to, i) => ({ from: waypoints[i]!, to }));
    return html`<h3 class="editor-subtitle">New route</h3>
      <p class="editor-hint" role="status">
        ${waypoints.length < 2 ? 'Click its places on the map in order, or choose them below: two at least.' : `${waypoints.length} waypoints, ${legs.length} ${legs.length === 1 ? 'leg' : 'legs'}.`}
      </p>
      <form class="editor-form route-form" aria-label="New route" @submit=${add}>
        <fieldset class="editor-fieldset">
          <legend>Waypoints</legend>
          ${
            waypoints.length
              ? html`<ol class="route-waypoints">
                  ${waypoints.map(
                    (id, i) =>
                      html`<li>
                        <div class="route-waypoint">
                          <span>${placeName(draft, id)}</span>
                          <button type="button" class="link-button" @click=${() => removeWaypoint(i)}>
                            Remove<span class="visually-hidden"> waypoint ${i + 1}, ${placeName(draft, id)}</span>
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
                    >Place
                    <select name="waypoint">
                      ${places.map((f) => html`<option value=${f.properties.id}>${f.properties.name}</option>`)}
                    </select>
                  </label>
                  <button type="button" class="editor-button" @click=${addWaypoint}>Add waypoint</button>
                </div>`
              : html`<p class="editor-hint">The lesson has no places yet: add them in the Places section first.</p>`
          }
        </fieldset>
        ${
          legs.length
            ? html`<fieldset class="editor-fieldset">
                <legend>How each leg goes</legend>
                ${repeat(
                  legs,
                  (l, i) => `${i}:${legKey(l.from, l.to)}`,
                  (l) => {
                    const mode = state.modes.get(legKey(l.from, l.to)) ?? 'road';
                    return html`<label
                      >${placeName(draft, l.from)} → ${placeName(draft, l.to)}
                      <select name="mode" @change=${(e: Event) => state.modes.set(legKey(l.from, l.to), (e.target as HTMLSelectElement).value as CorridorMode)}>
                        ${CORRIDOR_MODES.map((m) => html`<option value=${m} ?selected=${m === mode}>${MODE_LABEL[m]}</option>`)}
                      </select>
                    </label>`;
                  },
                )}
                <p class="editor-hint">A leg follows a line of its kind where both its ends are near one; else it is drawn straight and marked schematic.</p>
              </fieldset>`
            : nothing
        }
        ${routeFields(draft, null)}
        <div class="editor-row">
          <button type="submit" class="editor-button" ?disabled=${state.busy}>${state.busy ? 'Drawing the route…' : 'Add route'}</button>
          <button type="button" class="editor-button" @click=${cancel}>Cancel</button>
        </div>
      </form>`;
  };

  const report = (): TemplateResult | typeof nothing => {
    const route = state.report && routes.find((f) => f.properties.id === state.report?.id);
    if (!route) return nothing;
    return html`<div class="route-report" role="status">
      <p>Added “${route.properties.name}”, ${lengths(route).shown}. Its legs:</p>
      ${legList(draft, route)}
      ${state.report?.noLines ? html`<p class="editor-hint">The road, railway and river lines could not be loaded: every leg is drawn straight.</p>` : nothing}
    </div>`;
  };

  const entry = (route: Route): TemplateResult => {
    const p = route.properties;
    const open = state.editing === p.id;
    return html`<li class="route-entry" data-route=${p.id} tabindex="-1">
      <div class="place-head">
        <span class="place-name">${p.name}</span>
        <span class="place-meta">${kindName(draft, p.kind)} · ${CORRIDOR_STATUS_LABEL[p.status]}</span>
      </div>
      ${lengthLine(route)} ${legList(draft, route)}
      <div class="editor-row">
        <button type="button" class="editor-button" aria-expanded=${open ? 'true' : 'false'} @click=${() => edit(route)}>
          Edit<span class="visually-hidden"> ${p.name}</span>
        </button>
        <button type="button" class="editor-button" @click=${() => remove(route)}>Remove<span class="visually-hidden"> ${p.name}</span></button>
      </div>
      ${
        open
          ? keyed(
              p.id,
              html`<form class="editor-form" aria-label=${`Edit ${p.name}`} @submit=${(e: SubmitEvent) => save(route, e)}>
                ${routeFields(draft, route)}
                <div class="editor-row">
                  <button type="submit" class="editor-button">Save route</button>
                  <button type="button" class="editor-button" @click=${() => edit(route)}>Cancel</button>
                </div>
              </form>`,
            )
          : nothing
      }
    </li>`;
  };

  return html`<div class="editor-routes">
    ${pick ? newRoute(pick.waypoints) : html`<button type="button" class="editor-button" id="editor-add-route" @click=${startAdding}>Add a route</button>`}
    ${report()}
    <h3 class="editor-subtitle" id="editor-routes-title">Routes (${routes.length})</h3>
    ${
      routes.length === 0
        ? html`<p class="editor-hint">No routes yet.</p>`
        : html`<ul class="editor-list" aria-labelledby="editor-routes-title">
            ${routes.map(entry)}
          </ul>`
    }
  </div>`;
};
