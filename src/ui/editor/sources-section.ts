// The editor's Sources section (issue #17): every source of the lesson, added once and then cited anywhere (the other
// sections list the sources as checkboxes), with where each is cited and a way to go there. A cited source cannot
// be removed: the refusal says so, and its citations open under it.
import '../../styles/editor-tour.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Source } from '../../content/schema.ts';
import { addSource, removeSource, updateSource, type Draft, type Location, type SourceArgs } from '../../editor/index.ts';
import { packText } from '../../i18n/bind.ts';
import { t, tParts } from '../../i18n/index.ts';
import type { EditorSession } from '../../state/editor-slice.ts';
import type { EditorContext, SectionView } from './context.ts';
import { editButton, named } from './item-buttons.ts';
import { citationIndex, citationLabel, DATE_PATTERN, dateText } from './source-citations.ts';

interface SourcesUi {
  readonly draftId: string;
  adding: boolean;
  /** The source whose form is open. */
  editing: string | null;
  /** Sources whose citations are listed. */
  readonly cited: Set<string>;
}

let ui: SourcesUi | null = null;
let lastFocus = -1;

const stateOf = (s: EditorSession): SourcesUi =>
  ui?.draftId === s.draftId ? ui : (ui = { draftId: s.draftId, adding: false, editing: null, cited: new Set() });
const sourceEl = (ctx: EditorContext, id: string) => ctx.doc.querySelector<HTMLElement>(`.source-item[data-source-id="${CSS.escape(id)}"]`);
/** An id fit for an element's id attribute (a source id may hold underscores and capitals). */
const domId = (id: string) => `source-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function typedArgs(form: HTMLFormElement): SourceArgs {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  return {
    title: text('title'),
    publisher: text('publisher') || null,
    url: text('url') || null,
    date: text('date') || null,
    weak: data.get('weak') === 'yes',
    supports: text('supports') || null,
    licence: text('licence') || null,
  };
}

/** The fields of a source, empty for a new one or as the source has them (defaults: what the teacher types stays). */
function fields(s: Source | null): TemplateResult {
  return html`<label>${t('editor.title')} <input name="title" required maxlength="300" autocomplete="off" value=${s?.title ?? ''} /></label>
    <label>${t('editor.publisher')} <input name="publisher" maxlength="200" autocomplete="off" value=${s?.publisher ?? ''} /></label>
    <label>${t('editor.url')} <input name="url" type="url" inputmode="url" autocomplete="off" placeholder="https://…" value=${s?.url ?? ''} /></label>
    <label
      >${t('editor.date')} <span class="editor-hint">${t('editor.dateHint')}</span>
      <input name="date" pattern=${DATE_PATTERN} autocomplete="off" value=${s?.date ?? ''}
    /></label>
    <fieldset class="editor-checks">
      <legend>${t('editor.howReliable')}</legend>
      <label><input type="radio" name="weak" value="no" ?checked=${!s?.weak} /> <span>${t('editor.strong')}</span></label>
      <label><input type="radio" name="weak" value="yes" ?checked=${!!s?.weak} /> <span>${t('editor.weakSource')}</span></label>
    </fieldset>
    <label
      >${t('editor.supportsField')} <span class="editor-hint">${t('editor.supportsHint')}</span>
      <textarea name="supports" rows="2">${s?.supports ?? ''}</textarea>
    </label>
    <label>${t('editor.licence')} <input name="licence" maxlength="200" autocomplete="off" value=${s?.licence ?? ''} /></label>`;
}

function addForm(ctx: EditorContext, u: SourcesUi): TemplateResult {
  const close = () => {
    u.adding = false;
    ctx.redraw();
    ctx.doc.getElementById('source-add-button')?.focus();
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const args = typedArgs(e.currentTarget as HTMLFormElement);
    let id: string | null = null;
    const added = ctx.store.getState().editDraft((d) => {
      const r = addSource(d, args);
      if (r.ok) id = r.id;
      return r;
    });
    if (!added || !id) return;
    u.adding = false;
    ctx.redraw();
    ctx.announce(t('editor.sourceAdded', { title: args.title }));
    sourceEl(ctx, id)?.focus();
  };
  return html`<form class="editor-form source-form" id="source-add-form" aria-labelledby="source-add-title" @submit=${onSubmit}>
    <h3 class="editor-subtitle" id="source-add-title">${t('editor.newSource')}</h3>
    ${fields(null)}
    <div class="tour-actions">
      <button type="submit" class="editor-button">${t('editor.addTheSource')}</button>
      <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
    </div>
  </form>`;
}

function editForm(ctx: EditorContext, u: SourcesUi, s: Source): TemplateResult {
  const close = () => {
    u.editing = null;
    ctx.redraw();
    sourceEl(ctx, s.id)?.querySelector<HTMLElement>('button[data-edit]')?.focus();
  };
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const args = typedArgs(e.currentTarget as HTMLFormElement);
    if (ctx.store.getState().editDraft((d) => updateSource(d, s.id, args))) close();
  };
  return html`<form class="editor-form source-form" aria-label=${t('editor.editSourceForm', { title: s.title })} @submit=${onSubmit}>
    ${fields(s)}
    <div class="tour-actions">
      <button type="submit" class="editor-button">${t('editor.saveTheSource')}</button>
      <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
    </div>
  </form>`;
}

function citedList(ctx: EditorContext, draft: Draft, s: Source, cited: readonly Location[]): TemplateResult {
  // One line per thing that cites it (a route may cite it for itself and for a published length).
  const things = new Map<string, { at: Location; n: number }>();
  for (const at of cited) {
    const key = `${at.target.kind} ${at.target.id ?? at.file}`;
    const known = things.get(key);
    if (known) known.n++;
    else things.set(key, { at, n: 1 });
  }
  return html`<ul class="source-cited" id=${`${domId(s.id)}-cited`} aria-label=${t('editor.whereCited', { title: s.title })}>
    ${[...things.values()].map(({ at, n }) => {
      const label = citationLabel(draft, at);
      return html`<li>
        <span>${n > 1 ? t('editor.citedTimes', { label, count: n }) : label}</span>
        <button type="button" class="link-button" @click=${() => ctx.store.getState().focusEditor(at.target)}>
          ${named(t('editor.goToIt'), t('editor.goToItWhere', { where: label }))}
        </button>
      </li>`;
    })}
  </ul>`;
}

function sourceItem(ctx: EditorContext, u: SourcesUi, draft: Draft, s: Source, cited: readonly Location[]): TemplateResult {
  const open = u.cited.has(s.id) && cited.length > 0;
  const editing = u.editing === s.id;
  const toggleCited = () => {
    if (open) u.cited.delete(s.id);
    else u.cited.add(s.id);
    ctx.redraw();
  };
  const remove = () => {
    const list = draft.sources.sources;
    const i = list.indexOf(s);
    if (ctx.store.getState().editDraft((d) => removeSource(d, s.id))) {
      ctx.announce(t('editor.sourceRemoved', { title: s.title }));
      const next = list[i + 1] ?? list[i - 1];
      (next ? sourceEl(ctx, next.id) : ctx.doc.getElementById('source-add-button'))?.focus();
      return;
    }
    // Refused (the panel says why): show where it is cited, to go there.
    u.cited.add(s.id);
    ctx.redraw();
  };
  const meta = [s.publisher, dateText(s.date)].filter(Boolean).join(' · ');
  return html`<li class="source-item" data-source-id=${s.id} tabindex="-1" aria-labelledby=${`${domId(s.id)}-title`}>
    <p class="source-title" id=${`${domId(s.id)}-title`}>
      ${packText(s.title)}${s.weak ? html` <span class="source-weak">${t('editor.weak')}</span>` : nothing}
    </p>
    <p class="source-meta">${meta}</p>
    ${s.url ? html`<p class="source-url">${s.url}</p>` : nothing}
    ${s.supports ? html`<p class="editor-hint source-supports">${tParts('editor.supports', { text: packText(s.supports) })}</p>` : nothing}
    <div class="tour-actions">
      ${
        cited.length
          ? html`<button
              type="button"
              class="editor-button"
              data-cited
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`${domId(s.id)}-cited`}
              @click=${toggleCited}
            >
              ${named(t('editor.cited', { count: cited.length }), t('editor.citedTitled', { count: cited.length, title: s.title }))}
            </button>`
          : html`<span class="source-uncited">${t('editor.notCited')}</span>`
      }
      ${editButton(s.title, editing, () => {
        u.editing = editing ? null : s.id;
        ctx.redraw();
      })}
      <button type="button" class="editor-button" data-remove @click=${remove}>
        ${named(t('editor.remove'), t('editor.removeTitled', { title: s.title }))}
      </button>
    </div>
    ${open ? citedList(ctx, draft, s, cited) : nothing} ${editing ? editForm(ctx, u, s) : nothing}
  </li>`;
}

export const sourcesSection: SectionView = (ctx, session) => {
  const u = stateOf(session);
  const draft = session.history.draft;
  const sources = draft.sources.sources;
  if (u.editing && !sources.some((s) => s.id === u.editing)) u.editing = null;
  const citations = citationIndex(draft);

  const focus = session.focus;
  if (focus && focus.seq !== lastFocus && focus.kind === 'source') {
    lastFocus = focus.seq;
    // After the panel has drawn this template.
    queueMicrotask(() => {
      const el = (focus.id && sourceEl(ctx, focus.id)) || ctx.doc.getElementById('sources-title');
      el?.scrollIntoView({ block: 'nearest' });
      el?.focus({ preventScroll: true });
    });
  }

  const toggleAdd = () => {
    u.adding = !u.adding;
    ctx.redraw();
    if (u.adding) ctx.doc.querySelector<HTMLInputElement>('#source-add-form input[name="title"]')?.focus();
  };
  return html`<div class="source-section">
    <p class="editor-hint">${t('editor.sourcesHint')}</p>
    <div class="tour-actions">
      <button type="button" class="editor-button" id="source-add-button" aria-expanded=${u.adding ? 'true' : 'false'} @click=${toggleAdd}>
        ${t('editor.addASource')}
      </button>
    </div>
    ${u.adding ? addForm(ctx, u) : nothing}
    <h3 class="editor-subtitle" id="sources-title" tabindex="-1">${t('editor.sourcesHeading', { count: sources.length })}</h3>
    ${
      sources.length
        ? html`<ul class="editor-list source-list" aria-labelledby="sources-title">
            ${repeat(
              sources,
              (s) => s.id,
              (s) => sourceItem(ctx, u, draft, s, citations.get(s.id) ?? []),
            )}
          </ul>`
        : html`<p class="editor-hint">${t('editor.noSources')}</p>`
    }
  </div>`;
};
