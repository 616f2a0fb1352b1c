// The editor's Article section (issue #17): the article's title and headline, its whole text in one box (pasted
// from anywhere, read as plain text), and under it each heading and passage with its linked words marked, to link
// more (with the mouse and the map, or from the keyboard), note, unlink and edit in place. A problem's "Go to it"
// brings its passage or section into view here.
import '../../styles/editor-article.css';
import { html, nothing } from 'lit-html';
import { articleFromText, textOfArticle, updateArticle, type Draft } from '../../editor/index.ts';
import { articleLengthProblem } from '../../editor/paste.ts';
import { packLang } from '../../i18n/bind.ts';
import { t } from '../../i18n/index.ts';
import type { AppStore } from '../../state/store.ts';
import { dropPlain, pastePlain } from './article-dom.ts';
import { linksReport, passagesView } from './article-passages.ts';
import { byAttr, focusLater, uiOf, type ArticleUi } from './article-state.ts';
import type { EditorContext, SectionView } from './context.ts';

const TEXT_ID = 'editor-article-text';
const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

// Escape cancels a pick of the map for words to link, wherever the focus is (on the map, say): in the capture
// phase, so that it is not also taken as "clear the selection".
const escapes = new WeakSet<Window>();
function cancelPickOnEscape(win: Window | null, store: AppStore): void {
  if (!win || escapes.has(win)) return;
  escapes.add(win);
  win.addEventListener(
    'keydown',
    (e) => {
      const pick = store.getState().editor?.pick;
      if (e.key !== 'Escape' || e.defaultPrevented || pick?.kind !== 'link') return;
      e.preventDefault();
      store.getState().setPick(null);
      const tool = win.document.querySelector<HTMLElement>(`${byAttr('data-editor-passage', pick.passage)} [data-tool="link-selected"]`);
      tool?.focus();
    },
    true,
  );
}

/** The text box's value, set when the box must show the draft again (after Apply or Revert). */
function showText(ctx: EditorContext, text: string): void {
  const box = ctx.doc.getElementById(TEXT_ID) as HTMLTextAreaElement | null;
  if (box && box.value !== text) box.value = text;
}

function applyText(ctx: EditorContext, ui: ArticleUi, text: string): void {
  const tooLong = articleLengthProblem(text);
  if (tooLong) {
    ui.textSaid = { tone: 'refused', text: () => tooLong };
    return ctx.redraw();
  }
  const out: { before?: Draft; r?: ReturnType<typeof articleFromText> } = {};
  const applied = ctx.store.getState().editDraft((d) => {
    out.before = d;
    return (out.r = articleFromText(d, text));
  });
  const r = out.r;
  if (!applied || !r?.ok) {
    const reason = r && !r.ok ? r.reason : null;
    ui.textSaid = { tone: 'refused', text: () => reason ?? t('editor.textNotApplied') };
    return ctx.redraw();
  }
  ui.dirty = false;
  // Words picked for a link were counted in the old text.
  if (ctx.store.getState().editor?.pick?.kind === 'link') ctx.store.getState().setPick(null);
  showText(ctx, textOfArticle(r.draft));
  const same = r.draft === out.before;
  const [added, removed, unlinked] = [r.added.length, r.removed.length, r.stepsUnlinked.length];
  const { dropped, respelled } = r;
  const index = ctx.index();
  const said = () =>
    [
      same
        ? t('editor.appliedSame')
        : t('editor.appliedChanges', { added: t('editor.passagesAdded', { count: added }), removed: t('editor.passagesRemoved', { count: removed }) }),
      unlinked ? t('editor.stepsUnlinked', { count: unlinked }) : '',
      linksReport(dropped, respelled, index),
    ]
      .filter(Boolean)
      .join(' ');
  ui.textSaid = { tone: 'done', text: said };
  ctx.redraw();
}

export const articleSection: SectionView = (ctx, session) => {
  const { store } = ctx;
  const ui = uiOf(session.draftId);
  const draft = session.history.draft;
  const a = draft.article;
  const source = textOfArticle(draft);
  cancelPickOnEscape(ctx.doc.defaultView, store);

  // Go to a passage, a section or the article's details, once per request.
  const f = session.focus;
  if (f && f.seq !== ui.focusSeq) {
    ui.focusSeq = f.seq;
    if (f.kind === 'passage' && f.id) focusLater(ctx, byAttr('data-editor-passage', f.id), true);
    else if (f.kind === 'section' && f.id) focusLater(ctx, byAttr('data-editor-section', f.id), true);
    else if (f.kind === 'article') focusLater(ctx, '#editor-article-title', true);
  }

  // While the teacher types, the box keeps their words whatever else changes; else it shows the draft's text.
  if (!ui.dirty) ui.base = source;
  const shown = ui.dirty ? ui.base : source;
  const saidText = (problem: string | null) => {
    ui.textSaid = problem ? { tone: 'refused', text: () => problem } : null;
    ctx.redraw();
  };

  const saveDetails = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    store
      .getState()
      .editDraft((d) =>
        updateArticle(d, { title: field(form, 'title'), headline: field(form, 'headline'), context: field(form, 'context'), caption: field(form, 'caption') }),
      );
  };
  const apply = (e: SubmitEvent) => {
    e.preventDefault();
    applyText(ctx, ui, field(e.currentTarget as HTMLFormElement, 'text'));
  };
  const revert = () => {
    ui.dirty = false;
    ui.textSaid = null;
    showText(ctx, source);
    ctx.redraw();
    focusLater(ctx, `#${TEXT_ID}`);
  };

  return html`<details class="editor-article-about">
      <summary>${t('editor.titleAndHeadline')}</summary>
      <form class="editor-form" @submit=${saveDetails}>
        <label
          >${t('editor.title')} <span class="editor-hint">${t('editor.articleTitleHint')}</span>
          <input id="editor-article-title" name="title" required .value=${a.title}
        /></label>
        <label>${t('editor.headline')} <input name="headline" required .value=${a.headline} /></label>
        <label>${t('editor.textComesFrom')} <input name="context" required .value=${a.context} /></label>
        <label>${t('editor.caption')} <input name="caption" required .value=${a.caption} /></label>
        <button type="submit" class="editor-button">${t('editor.saveTitleAndHeadline')}</button>
      </form>
    </details>

    <form class="editor-form" @submit=${apply}>
      <h3 class="editor-subtitle"><label for=${TEXT_ID}>${t('editor.articleText')}</label></h3>
      <p class="editor-hint" id="editor-article-text-hint">${t('editor.articleTextHint')}</p>
      <textarea
        id=${TEXT_ID}
        class="editor-article-text"
        name="text"
        lang=${packLang()}
        rows="12"
        aria-describedby="editor-article-text-hint editor-article-text-said"
        .value=${shown}
        @input=${() => {
          if (ui.dirty) return;
          ui.dirty = true;
          ui.textSaid = null;
          ctx.redraw();
        }}
        @paste=${(e: ClipboardEvent) => pastePlain(e, saidText)}
        @drop=${(e: DragEvent) => dropPlain(e, saidText)}
      ></textarea>
      ${ui.dirty ? html`<p class="editor-hint">${ui.base === source ? t('editor.notAppliedYet') : t('editor.changedWhileTyping')}</p>` : nothing}
      <div class="editor-row">
        <button type="submit" class="editor-button" id="editor-apply-text">${t('editor.applyText')}</button>
        <button type="button" class="editor-button" ?disabled=${!ui.dirty} @click=${revert}>${t('editor.revert')}</button>
      </div>
      <p id="editor-article-text-said" class="editor-article-said" data-tone=${ui.textSaid?.tone ?? 'none'} role="status">${ui.textSaid?.text() ?? ''}</p>
    </form>

    <h3 class="editor-subtitle">${t('editor.passagesAndLinks')}</h3>
    <p class="editor-hint">${t('editor.passagesHint', { linkSelected: t('editor.linkSelected'), linkWords: t('editor.linkWords') })}</p>
    ${passagesView({ ctx, session, ui })}`;
};
