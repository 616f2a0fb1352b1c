// The fields of a route, to add one or edit one: its words, kind, status and sources. Its line, legs and lengths
// are never typed: they come from its waypoints and the lines their legs follow (src/editor/routes.ts).
import { html, nothing, type TemplateResult } from 'lit-html';
import { CORRIDOR_STATUS_LABEL } from '../../content/labels.ts';
import { kindLabel } from '../../content/story.ts';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, type CorridorKind, type CorridorMode, type CorridorStatus } from '../../content/types.ts';
import type { Draft, Route, RoutePatch } from '../../editor/index.ts';
import { fieldOf, sourceBoxes } from './place-fields.ts';

export const MODE_LABEL: Readonly<Record<CorridorMode, string>> = { road: 'Road', rail: 'Railway', river: 'River', power: 'Power line' };

/** A kind as the pack's key names it, else as the explorer does. */
export const kindName = (draft: Draft, kind: CorridorKind): string => draft.manifest.corridorKinds.find((k) => k.id === kind)?.label ?? kindLabel(kind);

/** The route fields of a submitted form (`shortName` left out when empty: the name, shortened). */
export function readRouteFields(
  data: FormData,
): Required<Pick<RoutePatch, 'name' | 'kind' | 'status' | 'statusNote' | 'description' | 'sourceIds'>> & RoutePatch {
  const shortName = fieldOf(data, 'shortName');
  return {
    name: fieldOf(data, 'name'),
    ...(shortName ? { shortName } : {}),
    kind: fieldOf(data, 'kind') as CorridorKind,
    status: fieldOf(data, 'status') as CorridorStatus,
    statusNote: fieldOf(data, 'statusNote'),
    description: fieldOf(data, 'description'),
    sourceIds: data.getAll('sources').map(String),
  };
}

/**
 * Every kind the explorer knows is offered: the pack's own first, as its key names them. A kind the pack's
 * pack.json does not list is valid and drawn in the explorer's colour, but its map key has no row for it.
 */
function kindSelect(draft: Draft, chosen: CorridorKind | undefined): TemplateResult {
  const listed = draft.manifest.corridorKinds.map((k) => k.id);
  const others = CORRIDOR_KINDS.filter((k) => !listed.includes(k));
  const kind = chosen ?? listed[0] ?? CORRIDOR_KINDS[0];
  const option = (k: CorridorKind) => html`<option value=${k} ?selected=${k === kind}>${kindName(draft, k)}</option>`;
  return html`<label
    >Kind
    <select name="kind" required>
      ${
        listed.length === 0 || others.length === 0
          ? [...listed, ...others].map(option)
          : html`<optgroup label="In the pack's map key">${listed.map(option)}</optgroup>
              <optgroup label="Not in the map key">${others.map(option)}</optgroup>`
      }
    </select>
    ${listed.length === 0 ? html`<span class="editor-hint">The pack's map key lists no kinds yet: the route is drawn, without a row in the key.</span>` : nothing}
  </label>`;
}

/** The fields every route has, filled from `route` when it is edited. */
export function routeFields(draft: Draft, route: Route | null): TemplateResult {
  const p = route?.properties;
  return html`<label>Name <input name="name" required maxlength="160" autocomplete="off" value=${p?.name ?? ''} /></label>
    <label
      >Short name <span class="editor-hint">(at most 32 characters, for lists and the key${route ? '' : '; empty: the name, shortened'})</span>
      <input name="shortName" maxlength="32" autocomplete="off" ?required=${route !== null} value=${p?.shortName ?? ''}
    /></label>
    ${kindSelect(draft, p?.kind)}
    <label
      >Status
      <select name="status" required>
        ${CORRIDOR_STATUSES.map((s) => html`<option value=${s} ?selected=${s === (p?.status ?? 'in-use')}>${CORRIDOR_STATUS_LABEL[s]}</option>`)}
      </select>
    </label>
    <label
      >Status note <span class="editor-hint">(what the sources say of its use, and when)</span>
      <textarea name="statusNote" rows="2" required maxlength="600" .defaultValue=${p?.statusNote ?? ''}></textarea>
    </label>
    <label>Description <textarea name="description" rows="3" required maxlength="2000" .defaultValue=${p?.description ?? ''}></textarea></label>
    ${sourceBoxes(draft, p?.sources ?? [])}`;
}
