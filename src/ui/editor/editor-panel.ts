// The lesson editor's panel (issue #17): the Edit tab of the sidebar while a draft is open. Its bar holds what
// is always at hand (undo, redo, whether the draft is kept, export, leaving the editor); below it, one section at a
// time: the article and its links, places, routes, the tour, sources, and the pack with its problems. Everything
// here is drawn from the store's editor session; every change goes through the store's actions.
import '../../styles/editor.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
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

const SECTIONS: Readonly<Record<EditorSection, { readonly label: string; readonly view: SectionView }>> = {
  article: { label: 'Article', view: articleSection },
  places: { label: 'Places', view: placesSection },
  routes: { label: 'Routes', view: routesSection },
  tour: { label: 'Tour', view: tourSection },
  sources: { label: 'Sources', view: sourcesSection },
  pack: { label: 'Pack', view: packSection },
};

export interface EditorPanelOptions {
  /** Writes the draft as a .zip download (or says why it cannot be). */
  readonly exportZip: () => void;
  /** Leaves the editor (the draft stays kept on the device). */
  readonly leave: () => void;
}

function countOf(section: EditorSection, s: EditorSession, problems: number): string {
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
  return n === null ? '' : ` (${n})`;
}

const savedText = (saved: EditorSession['saved']): string =>
  saved === null
    ? 'Not kept yet'
    : 'problem' in saved
      ? saved.problem
      : `Kept on this device at ${new Date(saved.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;

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
          aria-label=${h.undoLabel ? `Undo: ${h.undoLabel}` : 'Undo'}
          @click=${() => store.getState().undoEdit()}
        >
          Undo
        </button>
        <button
          type="button"
          class="editor-button"
          ?disabled=${!h.canRedo}
          aria-keyshortcuts="Control+Shift+Z"
          aria-label=${h.redoLabel ? `Redo: ${h.redoLabel}` : 'Redo'}
          @click=${() => store.getState().redoEdit()}
        >
          Redo
        </button>
        <button type="button" class="editor-button" id="editor-export" @click=${() => o.exportZip()}>Export .zip</button>
        <button type="button" class="editor-button" id="editor-leave" @click=${() => o.leave()}>Done editing</button>
      </div>
      <p class="editor-saved" data-saved=${s.saved === null ? 'no' : 'problem' in s.saved ? 'problem' : 'yes'}>${savedText(s.saved)}</p>
      <nav class="editor-sections" aria-label="Parts of the lesson">
        ${EDITOR_SECTIONS.map(
          (id) =>
            html`<button
              type="button"
              class="editor-section-button"
              data-section=${id}
              aria-current=${s.section === id ? 'true' : 'false'}
              @click=${() => store.getState().setEditorSection(id)}
            >
              ${SECTIONS[id].label}${countOf(id, s, problems)}
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
        <h2 class="editor-title">Editing “${s.history.draft.manifest.title}”</h2>
        ${bar(s)}
        <section class="editor-section" aria-label=${section.label}>${section.view(full, s)}</section>
      </div>`,
      root,
    );
  };
  draw();
  const unsubscribe = store.subscribe((s) => s.editor, draw);

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
