// The lesson editor's panel (issue #17): the Edit tab of the sidebar while a draft is open. Its bar holds what
// is always at hand (undo, redo, whether the draft is kept, export, leaving the editor); below it, one section at a
// time: the article and its links, places, routes, the tour, sources, and the pack with its problems. Everything
// here is drawn from the store's editor session; every change goes through the store's actions.
import '../../styles/editor.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import { packText } from '../../i18n/bind.ts';
import { intlTag, t, tParts, type MessageKey } from '../../i18n/index.ts';
import { EDITOR_SECTIONS, type EditorSection, type EditorSession } from '../../state/editor-slice.ts';
import { isTypingTarget } from '../keys.ts';
import type { Dispose } from '../mount.ts';
import { articleSection } from './article-section.ts';
import type { EditorContext, SectionView } from './context.ts';
import { packSection } from './pack-section.ts';
import { placesSection } from './places-section.ts';
import { routesSection } from './routes-section.ts';
import { sourcesSection } from './sources-section.ts';
import { tourSection } from './tour-section.ts';

const SECTIONS: Readonly<Record<EditorSection, { readonly label: MessageKey; readonly view: SectionView }>> = {
  article: { label: 'editor.sectionArticle', view: articleSection },
  places: { label: 'editor.sectionPlaces', view: placesSection },
  routes: { label: 'editor.sectionRoutes', view: routesSection },
  tour: { label: 'editor.sectionTour', view: tourSection },
  sources: { label: 'editor.sectionSources', view: sourcesSection },
  pack: { label: 'editor.sectionPack', view: packSection },
};

export interface EditorPanelOptions {
  /** Writes the draft as a .zip download (or says why it cannot be). */
  readonly exportZip: () => void;
  /** Leaves the editor (the draft stays kept on the device). */
  readonly leave: () => void;
}

/** A section's button: its name, and how many items it holds ("Places (4)"). */
function sectionName(section: EditorSection, s: EditorSession, problems: number): string {
  const d = s.history.draft;
  const n =
    section === 'places'
      ? d.places.features.length
      : section === 'routes'
        ? (d.corridors?.features.length ?? 0)
        : section === 'tour'
          ? (d.tour?.steps.length ?? 0)
          : section === 'sources'
            ? d.sources.sources.length
            : section === 'pack'
              ? problems
              : null;
  const label = t(SECTIONS[section].label);
  return n === null ? label : t('editor.sectionCount', { section: label, count: n });
}

const savedText = (saved: EditorSession['saved']): string =>
  saved === null
    ? t('editor.notKeptYet')
    : 'problem' in saved
      ? saved.problem
      : t('editor.keptAt', { time: new Date(saved.at).toLocaleTimeString(intlTag(), { hour: '2-digit', minute: '2-digit', second: '2-digit' }) });

export function mountEditorPanel(root: HTMLElement, ctx: Omit<EditorContext, 'redraw'>, o: EditorPanelOptions): Dispose & { redraw: () => void } {
  const { store } = ctx;
  const full: EditorContext = { ...ctx, redraw: () => draw() };
  const bar = (s: EditorSession): TemplateResult => {
    const h = s.history;
    const problems = ctx.problems().length;
    return html`<div class="editor-bar">
      <div class="editor-bar-row">
        <button
          type="button"
          class="editor-button"
          ?disabled=${!h.canUndo}
          aria-keyshortcuts="Control+Z"
          aria-label=${h.undoLabel ? t('editor.undoAction', { action: h.undoLabel }) : t('editor.undo')}
          @click=${() => store.getState().undoEdit()}
        >
          ${t('editor.undo')}
        </button>
        <button
          type="button"
          class="editor-button"
          ?disabled=${!h.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          aria-label=${h.redoLabel ? t('editor.redoAction', { action: h.redoLabel }) : t('editor.redo')}
          @click=${() => store.getState().redoEdit()}
        >
          ${t('editor.redo')}
        </button>
        <button type="button" class="editor-button" id="editor-export" @click=${() => o.exportZip()}>${t('editor.exportZip')}</button>
        <button type="button" class="editor-button" id="editor-leave" @click=${() => o.leave()}>${t('editor.doneEditing')}</button>
      </div>
      <p class="editor-saved" data-saved=${s.saved === null ? 'no' : 'problem' in s.saved ? 'problem' : 'yes'}>${savedText(s.saved)}</p>
      <nav class="editor-sections" aria-label=${t('editor.lessonParts')}>
        ${EDITOR_SECTIONS.map(
          (id) =>
            html`<button
              type="button"
              class="editor-section-button"
              data-section=${id}
              aria-current=${s.section === id ? 'true' : 'false'}
              @click=${() => store.getState().setEditorSection(id)}
            >
              ${sectionName(id, s, problems)}
            </button>`,
        )}
      </nav>
      ${
        s.notice
          ? html`<p class="editor-notice" data-tone=${s.notice.tone} role=${s.notice.tone === 'refused' ? 'alert' : 'status'}>${s.notice.text}</p>`
          : nothing
      }
    </div>`;
  };
  const draw = () => {
    const s = store.getState().editor;
    if (!s) return render(nothing, root);
    const section = SECTIONS[s.section];
    render(
      html`<div class="editor" data-section=${s.section}>
        <h2 class="editor-title">${tParts('editor.editingTitle', { title: packText(s.history.draft.manifest.title) })}</h2>
        ${bar(s)}
        <section class="editor-section" aria-label=${t(section.label)}>${section.view(full, s)}</section>
      </div>`,
      root,
    );
  };
  draw();
  // Drawn again for each change of the session, and in the interface's new language when it changes.
  const unsubscribe = store.subscribe((s) => [s.editor, s.ui] as const, draw, { equalityFn: shallow });

  // Undo and redo from the keyboard, except in a text field (which has its own undo).
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTypingTarget(e.target) || !store.getState().editor) return;
    const key = e.key.toLowerCase();
    if (key === 'z' && !e.shiftKey) store.getState().undoEdit();
    else if ((key === 'z' && e.shiftKey) || key === 'y') store.getState().redoEdit();
    else return;
    e.preventDefault();
  };
  const win = root.ownerDocument.defaultView;
  win?.addEventListener('keydown', onKey);
  const dispose = () => {
    unsubscribe();
    win?.removeEventListener('keydown', onKey);
    render(nothing, root);
  };
  return Object.assign(dispose, { redraw: draw });
}
