// The fields of a route, to add one or edit one: its words, kind, status and sources. Its line, legs and lengths
// are never typed: they come from its waypoints and the lines their legs follow (src/editor/routes.ts).
import { html, nothing, type TemplateResult } from 'lit-html';
import { CORRIDOR_STATUS_LABEL } from '../../content/labels.ts';
import { kindLabel } from '../../content/story.ts';
import { CORRIDOR_KINDS, CORRIDOR_STATUSES, type CorridorKind, type CorridorMode, type CorridorStatus } from '../../content/types.ts';
import type { Draft, Route, RoutePatch } from '../../editor/index.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import { fieldOf, sourceBoxes } from './place-fields.ts';

const MODE_LABEL: Readonly<Record<CorridorMode, MessageKey>> = {
  road: 'editor.modeRoad',
  rail: 'editor.modeRail',
  river: 'editor.modeRiver',
  power: 'editor.modePower',
};

/** How a leg goes, in words ("Railway"). */
export const modeLabel = (mode: CorridorMode): string => t(MODE_LABEL[mode]);

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
    >${t('editor.kind')}
    <select name="kind" required>
      ${
        listed.length === 0 || others.length === 0
          ? [...listed, ...others].map(option)
          : html`<optgroup label=${t('editor.inMapKey')}>${listed.map(option)}</optgroup>
              <optgroup label=${t('editor.notInMapKey')}>${others.map(option)}</optgroup>`
      }
    </select>
    ${listed.length === 0 ? html`<span class="editor-hint">${t('editor.noKindsInKey')}</span>` : nothing}
  </label>`;
}

/** The fields every route has, filled from `route` when it is edited. */
export function routeFields(draft: Draft, route: Route | null): TemplateResult {
  const p = route?.properties;
  return html`<label>${t('editor.name')} <input name="name" required maxlength="160" autocomplete="off" value=${p?.name ?? ''} /></label>
    <label
      >${t('editor.shortName')} <span class="editor-hint">${t(route ? 'editor.shortNameHint' : 'editor.shortNameHintNew', { max: 32 })}</span>
      <input name="shortName" maxlength="32" autocomplete="off" ?required=${route !== null} value=${p?.shortName ?? ''}
    /></label>
    ${kindSelect(draft, p?.kind)}
    <label
      >${t('editor.status')}
      <select name="status" required>
        ${CORRIDOR_STATUSES.map((s) => html`<option value=${s} ?selected=${s === (p?.status ?? 'in-use')}>${CORRIDOR_STATUS_LABEL[s]}</option>`)}
      </select>
    </label>
    <label
      >${t('editor.statusNote')} <span class="editor-hint">${t('editor.statusNoteHint')}</span>
      <textarea name="statusNote" rows="2" required maxlength="600" .defaultValue=${p?.statusNote ?? ''}></textarea>
    </label>
    <label>${t('editor.description')} <textarea name="description" rows="3" required maxlength="2000" .defaultValue=${p?.description ?? ''}></textarea></label>
    ${sourceBoxes(draft, p?.sources ?? [])}`;
}
