// The editor's Tour section (issue #17): the draft's steps in order, each to edit, preview in the tour itself,
// move (dragged by its handle, or Alt+↑/↓ and buttons from the keyboard) or delete; and a new step made from the
// map as it is now: what is selected (a passage stands for the features it links), the routes on show that earlier
// steps have not revealed, and the passage to show. A step has no camera of its own in the pack's format: the tour
// frames and highlights its features, so the step records those, not the map's view.
import '../../styles/editor-tour.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { shallow } from 'zustand/vanilla/shallow';
import { isSelectableId } from '../../content/types.ts';
import { addStep, moveStep, removeStep, updateStep, type Draft, type Step, type StepArgs } from '../../editor/index.ts';
import { packLang } from '../../i18n/bind.ts';
import { t, tParts } from '../../i18n/index.ts';
import type { EditorSession } from '../../state/editor-slice.ts';
import type { AppStore } from '../../state/store.ts';
import { isTypingTarget } from '../keys.ts';
import type { EditorContext, SectionView } from './context.ts';
import { editButton, named } from './item-buttons.ts';
import { chosenSources, sourceChecks } from './source-picker.ts';
import {
  defaultKind,
  featuresOfSelection,
  firstWords,
  gapAt,
  indexForGap,
  kindLabel,
  movedText,
  passageOfSelection,
  revealedBefore,
  routesToReveal,
  stepProblemText,
} from './tour-plan.ts';

/** The new step's choices the teacher changed; the rest follows the map until the step is added. */
interface AddForm {
  /** Features of the selection the teacher unticked (cleared when the selection changes). */
  readonly featureOff: Set<string>;
  /** Routes ticked or unticked by hand (cleared when the Routes tab's toggles change). */
  readonly reveal: Map<string, boolean>;
  /** The passage chosen by hand; undefined: the selection's. */
  passage: string | null | undefined;
}

interface TourUi {
  readonly draftId: string;
  adding: AddForm | null;
  /** The step whose form is open. */
  editing: string | null;
  /** A step being dragged by its handle, and the gap between steps it is over (null: not over the list yet). */
  drag: { readonly from: number; readonly id: string; gap: number | null; y: number } | null;
}

let ui: TourUi | null = null;
let lastFocus = -1;
let watched: AppStore | null = null;
let latest: EditorContext | null = null;

const stateOf = (s: EditorSession): TourUi => (ui?.draftId === s.draftId ? ui : (ui = { draftId: s.draftId, adding: null, editing: null, drag: null }));

/** The forms follow the map while open: the panel redraws when the selection or the Routes tab's toggles change. */
function watchMap(ctx: EditorContext): void {
  latest = ctx;
  if (watched === ctx.store) return;
  watched = ctx.store;
  ctx.store.subscribe(
    (s) => [s.selected, s.hiddenKinds] as const,
    ([selected, kinds], [was, wasKinds]) => {
      // The tour selects each step's features as it goes: that is not the teacher choosing.
      if (!ui || ctx.store.getState().tour.active || (!ui.adding && !ui.editing)) return;
      if (ui.adding && selected !== was) {
        ui.adding.featureOff.clear();
        ui.adding.passage = undefined;
      }
      if (ui.adding && kinds !== wasKinds) ui.adding.reveal.clear();
      latest?.redraw();
    },
    { equalityFn: shallow },
  );
}

const field = (data: FormData, name: string) => String(data.get(name) ?? '');
const stepEl = (ctx: EditorContext, id: string) => ctx.doc.querySelector<HTMLElement>(`.tour-step[data-step-id="${CSS.escape(id)}"]`);

/** A route by its short name (its full name reads as a sentence in a list). */
function routeName(draft: Draft, id: string): string {
  const p = draft.corridors?.features.find((f) => f.properties.id === id)?.properties;
  return p ? p.shortName || p.name : id;
}

/** What a feature or a passage is called in the step's lists. */
function featureName(ctx: EditorContext, draft: Draft, id: string): string {
  if (id.startsWith('corridor:')) return routeName(draft, id);
  if (id.startsWith('passage:')) return t('editor.quoted', { text: firstWords(passages(draft).find((p) => p.id === id)?.text ?? id, 6) });
  return (isSelectableId(id) && ctx.index().features.get(id)?.name) || id;
}

function passages(draft: Draft) {
  return draft.article.sections.flatMap((s) => s.passages);
}

/** How near the edge of the scrolling sidebar a dragged step scrolls it (px). */
const EDGE = 48;

/** Shows where the dragged step would go: the gap between steps the pointer is over. */
function followPointer(ctx: EditorContext, u: TourUi, list: Element): void {
  const d = u.drag;
  if (!d) return;
  const gap = gapAt(
    [...list.children].map((li) => li.getBoundingClientRect()),
    d.y,
  );
  if (gap === d.gap) return;
  d.gap = gap;
  ctx.redraw();
}

/** While a step is dragged near the top or bottom of what scrolls the list, scrolls it (a long tour is taller than the sidebar). */
function scrollWhileDragging(ctx: EditorContext, u: TourUi, list: HTMLElement): void {
  const win = ctx.doc.defaultView;
  let scroller: HTMLElement | null = list.parentElement;
  while (scroller && !/(auto|scroll)/.test(win?.getComputedStyle(scroller).overflowY ?? '')) scroller = scroller.parentElement;
  if (!win || !scroller) return;
  const box = scroller;
  const tick = () => {
    const d = u.drag;
    if (!d) return;
    const r = box.getBoundingClientRect();
    // The sidebar's tabs stay at the top of what scrolls: the upper zone is twice as deep.
    const over = d.y < r.top + 2 * EDGE ? d.y - (r.top + 2 * EDGE) : d.y > r.bottom - EDGE ? d.y - (r.bottom - EDGE) : 0;
    if (over) {
      box.scrollTop += Math.max(-16, Math.min(16, over / 3));
      followPointer(ctx, u, list);
    }
    win.requestAnimationFrame(tick);
  };
  win.requestAnimationFrame(tick);
}

/** Moves a step and keeps the teacher on it: focus follows it (to `keep`, a control of the step, when it can). */
function move(ctx: EditorContext, draft: Draft, from: number, to: number, keep: 'up' | 'down' | null): void {
  const step = draft.tour?.steps[from];
  const count = draft.tour?.steps.length ?? 0;
  if (!step || to < 0 || to >= count || to === from) return;
  if (!ctx.store.getState().editDraft((d) => moveStep(d, from, to))) return;
  ctx.announce(movedText(step.title, to, count));
  const li = stepEl(ctx, step.id);
  const button = keep ? li?.querySelector<HTMLButtonElement>(`button[data-move="${keep}"]`) : null;
  if (button && !button.disabled) button.focus();
  else li?.focus();
}

function typedArgs(data: FormData): StepArgs {
  const kind = field(data, 'kind');
  return {
    kind: kind === 'title' || kind === 'closing' ? kind : 'step',
    title: field(data, 'title'),
    subtitle: field(data, 'subtitle'),
    notes: field(data, 'notes'),
    passageId: field(data, 'passage') || null,
    features: data.getAll('features').map(String),
    reveal: data.getAll('reveal').map(String),
  };
}

const kindSelect = (chosen: Step['kind']) =>
  html`<label
    >${t('editor.kind')}
    <select name="kind">
      ${(['title', 'step', 'closing'] as const).map((k) => html`<option value=${k} ?selected=${k === chosen}>${kindLabel(k)}</option>`)}
    </select></label
  >`;

const noteField = (notes: string) =>
  html`<label
    >${t('editor.teacherNotes')} <span class="editor-hint">${t('editor.teacherNotesHint')}</span>
    <textarea name="notes" rows="3" required>${notes}</textarea>
  </label>`;

/** The form that adds a step from the map as it is now. */
function addForm(ctx: EditorContext, u: TourUi, a: AddForm, draft: Draft): TemplateResult {
  const s = ctx.store.getState();
  const index = ctx.index();
  const at = draft.tour?.steps.length ?? 0;
  const features = featuresOfSelection(s.selected, index.targetsOf);
  const passage = a.passage === undefined ? passageOfSelection(s.selected, draft, index.passagesOf) : a.passage;
  const routes = routesToReveal(draft, at, s.hiddenKinds);
  const earlier = [...revealedBefore(draft, at)];
  const close = () => {
    u.adding = null;
    ctx.redraw();
    ctx.doc.getElementById('tour-add-button')?.focus();
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const args = { ...typedArgs(new FormData(form)), sourceIds: chosenSources(form) };
    let id: string | null = null;
    const added = ctx.store.getState().editDraft((d) => {
      const r = addStep(d, args);
      if (r.ok) id = r.id;
      return r;
    });
    if (!added || !id) return;
    u.adding = null;
    ctx.redraw();
    ctx.announce(t('editor.stepAdded', { title: args.title.trim(), position: at + 1, count: at + 1 }));
    stepEl(ctx, id)?.focus();
  };
  const selectedName = s.selected ? featureName(ctx, draft, s.selected) : null;
  return html`<form class="editor-form tour-form" id="tour-add-form" aria-labelledby="tour-add-title" @submit=${onSubmit}>
    <h3 class="editor-subtitle" id="tour-add-title">${t('editor.newStep')}</h3>
    <label>${t('editor.title')} <input name="title" required maxlength="120" autocomplete="off" /></label>
    ${kindSelect(defaultKind(draft))}
    <label
      >${t('editor.subtitle')} <span class="editor-hint">${t('editor.stepSubtitleHint')}</span> <input name="subtitle" maxlength="200" autocomplete="off"
    /></label>
    ${noteField('')}
    <fieldset class="editor-checks">
      <legend>${t('editor.framesAndHighlights')}</legend>
      ${
        features.length
          ? features.map(
              (id) =>
                html`<label
                  ><input
                    type="checkbox"
                    name="features"
                    value=${id}
                    .checked=${live(!a.featureOff.has(id))}
                    @change=${(e: Event) => {
                      if ((e.currentTarget as HTMLInputElement).checked) a.featureOff.delete(id);
                      else a.featureOff.add(id);
                    }}
                  />
                  <span>${featureName(ctx, draft, id)}</span></label
                >`,
            )
          : html`<p class="editor-hint">${selectedName ? t('editor.namesNothing', { name: selectedName }) : t('editor.nothingSelected')}</p>`
      }
    </fieldset>
    <fieldset class="editor-checks">
      <legend>${t('editor.routesItReveals')} <span class="editor-hint">${t('editor.revealHint')}</span></legend>
      ${routes.map(
        (r) =>
          html`<label
            ><input
              type="checkbox"
              name="reveal"
              value=${r.id}
              .checked=${live(a.reveal.get(r.id) ?? r.shown)}
              @change=${(e: Event) => a.reveal.set(r.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span lang=${packLang()}>${r.name}</span>${r.shown ? nothing : html` <span class="editor-hint">${t('editor.hiddenInRoutesTab')}</span>`}</label
          >`,
      )}
      ${routes.length === 0 ? html`<p class="editor-hint">${t(draft.corridors?.features.length ? 'editor.allRevealed' : 'editor.noRoutes')}</p>` : nothing}
      ${earlier.length ? html`<p class="editor-hint">${t('editor.alreadyRevealed', { routes: earlier.map((id) => routeName(draft, id)).join(', ') })}</p>` : nothing}
    </fieldset>
    <label
      >${t('editor.passageShown')}
      <select
        name="passage"
        @change=${(e: Event) => {
          a.passage = (e.currentTarget as HTMLSelectElement).value || null;
        }}
      >
        <option value="" .selected=${live(passage === null)}>${t('editor.none')}</option>
        ${passages(draft).map((p) => html`<option value=${p.id} lang=${packLang()} .selected=${live(passage === p.id)}>${firstWords(p.text)}</option>`)}
      </select></label
    >
    ${sourceChecks(draft, [])}
    <div class="tour-actions">
      <button type="submit" class="editor-button">${t('editor.addTheStep')}</button>
      <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
    </div>
  </form>`;
}

/** The form that edits a step (its fields start as the step has them). */
function editForm(ctx: EditorContext, u: TourUi, step: Step, draft: Draft): TemplateResult {
  const s = ctx.store.getState();
  const selection = featuresOfSelection(s.selected, ctx.index().targetsOf).filter((id) => !step.features.some((f) => f === id));
  const close = () => {
    u.editing = null;
    ctx.redraw();
    stepEl(ctx, step.id)?.querySelector<HTMLElement>('button[data-edit]')?.focus();
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const args = { ...typedArgs(new FormData(form)), sourceIds: chosenSources(form) };
    if (ctx.store.getState().editDraft((d) => updateStep(d, step.id, args))) close();
  };
  const routes = draft.corridors?.features ?? [];
  return html`<form class="editor-form tour-form" aria-label=${t('editor.editStepForm', { title: step.title })} @submit=${onSubmit}>
    <label>${t('editor.title')} <input name="title" required maxlength="120" autocomplete="off" value=${step.title} /></label>
    ${kindSelect(step.kind)}
    <label>${t('editor.subtitle')} <input name="subtitle" maxlength="200" autocomplete="off" value=${step.subtitle ?? ''} /></label>
    ${noteField(step.notes)}
    <fieldset class="editor-checks">
      <legend>${t('editor.framesAndHighlights')}</legend>
      ${step.features.map((id) => html`<label><input type="checkbox" name="features" value=${id} checked /> <span>${featureName(ctx, draft, id)}</span></label>`)}
      ${selection.map(
        (id) =>
          html`<label
            ><input type="checkbox" name="features" value=${id} /> <span>${featureName(ctx, draft, id)}</span>
            <span class="editor-hint">${t('editor.selectedOnMap')}</span></label
          >`,
      )}
      ${step.features.length + selection.length === 0 ? html`<p class="editor-hint">${t('editor.nothingFramed')}</p>` : nothing}
    </fieldset>
    ${
      routes.length
        ? html`<fieldset class="editor-checks">
            <legend>${t('editor.routesItReveals')}</legend>
            ${routes.map(
              (r) =>
                html`<label
                  ><input type="checkbox" name="reveal" value=${r.properties.id} ?checked=${step.reveal.some((id) => id === r.properties.id)} />
                  <span>${routeName(draft, r.properties.id)}</span></label
                >`,
            )}
          </fieldset>`
        : nothing
    }
    <label
      >${t('editor.passageShown')}
      <select name="passage">
        <option value="" ?selected=${step.passage === null}>${t('editor.none')}</option>
        ${passages(draft).map((p) => html`<option value=${p.id} lang=${packLang()} ?selected=${step.passage === p.id}>${firstWords(p.text)}</option>`)}
      </select></label
    >
    ${sourceChecks(draft, step.sources)}
    <div class="tour-actions">
      <button type="submit" class="editor-button">${t('editor.saveTheStep')}</button>
      <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
    </div>
  </form>`;
}

function stepItem(ctx: EditorContext, u: TourUi, draft: Draft, step: Step, i: number, showable: boolean): TemplateResult {
  const steps = draft.tour?.steps ?? [];
  const count = steps.length;
  const problems = ctx.problems().filter((p) => p.target.kind === 'step' && p.target.id === step.id);
  const editing = u.editing === step.id;
  const drag = u.drag;
  const dropAt = drag && drag.gap !== null && indexForGap(drag.from, drag.gap) !== drag.from ? drag.gap : null;
  const classes = [
    'tour-step',
    drag?.id === step.id ? 'is-dragged' : '',
    dropAt === i ? 'drop-before' : '',
    dropAt === count && i === count - 1 ? 'drop-after' : '',
  ].join(' ');
  const passage = step.passage ? passages(draft).find((p) => p.id === step.passage) : undefined;

  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || isTypingTarget(e.target)) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    move(ctx, draft, i, e.key === 'ArrowUp' ? i - 1 : i + 1, null);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || !e.isPrimary) return;
    e.preventDefault();
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    u.drag = { from: i, id: step.id, gap: null, y: e.clientY };
    ctx.redraw();
    const list = handle.closest('ol');
    if (list) scrollWhileDragging(ctx, u, list);
  };
  const onPointerMove = (e: PointerEvent) => {
    const list = (e.currentTarget as HTMLElement).closest('ol');
    if (!u.drag || !list) return;
    u.drag.y = e.clientY;
    followPointer(ctx, u, list);
  };
  const onPointerEnd = (e: PointerEvent) => {
    const d = u.drag;
    if (!d) return;
    u.drag = null;
    ctx.redraw();
    if (e.type === 'pointerup' && d.gap !== null) move(ctx, draft, d.from, indexForGap(d.from, d.gap), null);
  };
  const remove = () => {
    if (!ctx.store.getState().editDraft((d) => removeStep(d, step.id))) return;
    if (u.editing === step.id) u.editing = null;
    ctx.announce(t('editor.stepDeleted', { title: step.title }));
    const next = steps[i + 1] ?? steps[i - 1];
    (next ? stepEl(ctx, next.id) : ctx.doc.getElementById('tour-add-button'))?.focus();
  };

  const framed = step.features.map((id) => featureName(ctx, draft, id));
  return html`<li
    class=${classes}
    data-step-id=${step.id}
    tabindex="0"
    aria-label=${t('editor.stepOf', { n: i + 1, count, title: step.title })}
    aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
    @keydown=${onKey}
  >
    <div class="tour-step-row">
      <span
        class="tour-handle"
        aria-hidden="true"
        title=${t('editor.dragToMove')}
        @pointerdown=${onPointerDown}
        @pointermove=${onPointerMove}
        @pointerup=${onPointerEnd}
        @pointercancel=${onPointerEnd}
        >⠿</span
      >
      <div class="tour-step-text">
        <p class="tour-step-title"><span class="tour-step-n">${i + 1}.</span> <span class="tour-step-name" lang=${packLang()}>${step.title}</span></p>
        <p class="tour-step-meta">
          <span class="tour-kind" data-kind=${step.kind}>${kindLabel(step.kind)}</span>
          ${framed.length ? html` · ${t('editor.stepFrames', { features: framed.join(', ') })}` : nothing}
          ${step.reveal.length ? html` · ${t('editor.stepReveals', { routes: step.reveal.map((id) => routeName(draft, id)).join(', ') })}` : nothing}
          ${passage ? html` · ${t('editor.stepPassage', { words: firstWords(passage.text, 5) })}` : nothing}
        </p>
        ${
          problems.length
            ? html`<ul class="tour-problems">
                ${problems.map((p) => html`<li>${stepProblemText(p.path, p.message)}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    </div>
    <div class="tour-actions">
      ${editButton(step.title, editing, () => {
        u.editing = editing ? null : step.id;
        ctx.redraw();
      })}
      <button type="button" class="editor-button" ?disabled=${!showable} @click=${() => ctx.store.getState().startTour(i)}>
        ${named(t('editor.preview'), t('editor.previewNamed', { title: step.title }))}
      </button>
      <button type="button" class="editor-button" data-move="up" ?disabled=${i === 0} @click=${() => move(ctx, draft, i, i - 1, 'up')}>
        ${named(t('editor.moveUp'), t('editor.moveUpNamed', { title: step.title }))}
      </button>
      <button type="button" class="editor-button" data-move="down" ?disabled=${i === count - 1} @click=${() => move(ctx, draft, i, i + 1, 'down')}>
        ${named(t('editor.moveDown'), t('editor.moveDownNamed', { title: step.title }))}
      </button>
      <button type="button" class="editor-button" @click=${remove}>${named(t('editor.delete'), t('editor.deleteNamed', { title: step.title }))}</button>
    </div>
    ${editing ? editForm(ctx, u, step, draft) : nothing}
  </li>`;
}

export const tourSection: SectionView = (ctx, session) => {
  watchMap(ctx);
  const u = stateOf(session);
  const draft = session.history.draft;
  const steps = draft.tour?.steps ?? [];
  if (u.editing && !steps.some((s) => s.id === u.editing)) u.editing = null;
  // The tour the explorer has now: a draft's tour is shown once it validates (three steps, every id known).
  const shown = ctx.index().tour;
  const showable = !!shown && shown.steps.length === steps.length;
  const tourProblems = ctx.problems().filter((p) => p.target.kind === 'tour');

  const focus = session.focus;
  if (focus && focus.seq !== lastFocus && (focus.kind === 'step' || focus.kind === 'tour')) {
    lastFocus = focus.seq;
    // After the panel has drawn this template.
    queueMicrotask(() => {
      const el = (focus.id && stepEl(ctx, focus.id)) || ctx.doc.getElementById('tour-steps-title');
      el?.scrollIntoView({ block: 'nearest' });
      el?.focus({ preventScroll: true });
    });
  }

  const toggleAdd = () => {
    u.adding = u.adding ? null : { featureOff: new Set(), reveal: new Map(), passage: undefined };
    ctx.redraw();
    if (u.adding) ctx.doc.querySelector<HTMLInputElement>('#tour-add-form input[name="title"]')?.focus();
  };

  return html`<div class="tour-section">
    <p class="editor-hint">${t('editor.tourHint')}</p>
    <div class="tour-actions">
      <button type="button" class="editor-button" id="tour-present" ?disabled=${!showable} @click=${() => ctx.store.getState().startTour(0)}>
        ${t('editor.presentFromStart')}
      </button>
      <button type="button" class="editor-button" id="tour-add-button" aria-expanded=${u.adding ? 'true' : 'false'} @click=${toggleAdd}>
        ${t('editor.addStepFromMap')}
      </button>
    </div>
    ${
      steps.length < 3
        ? html`<p class="editor-hint tour-status">
            ${steps.length === 0 ? t('editor.tourNeedsThree') : t('editor.tourNeedsMore', { count: 3 - steps.length })}
          </p>`
        : !showable
          ? html`<div class="tour-status">
              <p class="editor-hint">${t('editor.tourHasProblems')}</p>
              ${
                tourProblems.length
                  ? html`<ul class="tour-problems">
                      ${tourProblems.map((p) => html`<li>${p.message}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
          : nothing
    }
    ${u.adding ? addForm(ctx, u, u.adding, draft) : nothing}
    <h3 class="editor-subtitle" id="tour-steps-title" tabindex="-1">${t('editor.stepsHeading', { count: steps.length })}</h3>
    ${
      steps.length
        ? html`<p class="editor-hint">${tParts('editor.moveStepHint', { handle: html`<span aria-hidden="true">⠿</span>` })}</p>
            <ol class="editor-list tour-steps" aria-labelledby="tour-steps-title">
              ${repeat(
                steps,
                (s) => s.id,
                (s, i) => stepItem(ctx, u, draft, s, i, showable),
              )}
            </ol>`
        : html`<p class="editor-hint">${t('editor.noStepsYet')}</p>`
    }
  </div>`;
};
