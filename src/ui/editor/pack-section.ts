// The editor's Pack section: the pack's own settings (its title, subtitle and id) and the live list of its problems,
// checked by the one schema as the explorer checks any pack it opens. Each problem goes to its place in the editor.
import { html, nothing } from 'lit-html';
import { updatePack } from '../../editor/index.ts';
import type { SectionView } from './context.ts';

let keeping: { draftId: string; text: string; failed: boolean } | null = null;

const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

export const packSection: SectionView = (ctx, session) => {
  const m = session.history.draft.manifest;
  const problems = ctx.problems();
  const onSubmit = (e: SubmitEvent) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    ctx.store.getState().editDraft((d) => updatePack(d, { title: field(form, 'title'), subtitle: field(form, 'subtitle'), id: field(form, 'id') }));
  };
  const keep = () => {
    keeping = { draftId: session.draftId, text: 'Keeping the lesson as a story…', failed: false };
    ctx.redraw();
    ctx.keepAsStory().catch((e: unknown) => {
      keeping = { draftId: session.draftId, text: `The lesson was not kept as a story: ${e instanceof Error ? e.message : String(e)}`, failed: true };
      ctx.redraw();
    });
  };
  const status = keeping?.draftId === session.draftId ? keeping : null;
  return html`<p class="editor-hint">
      Share the lesson with <strong>Export .zip</strong> (it opens in any copy of the explorer: Stories → Choose a .zip…), or open it here as a story among the
      others on this device.
    </p>
    <div class="editor-bar-row">
      <button type="button" class="editor-button" id="editor-keep" @click=${keep}>Open as a story on this device</button>
    </div>
    <p role="status" class=${status?.failed ? 'editor-notice' : 'editor-hint'} data-tone=${status?.failed ? 'refused' : 'done'}>${status?.text ?? ''}</p>
    <form class="editor-form" @submit=${onSubmit}>
      <label>Title <input name="title" required maxlength="120" .value=${m.title} /></label>
      <label>Subtitle <input name="subtitle" maxlength="200" .value=${m.subtitle} /></label>
      <label
        >Id <span class="editor-hint">(a slug: lower-case letters, digits and hyphens; the pack is kept and linked under it)</span>
        <input name="id" required pattern="[a-z0-9][a-z0-9\\-]*" .value=${m.id}
      /></label>
      <button type="submit" class="editor-button">Save settings</button>
    </form>
    <h3 class="editor-subtitle" id="editor-problems-title">Problems (${problems.length})</h3>
    ${
      problems.length === 0
        ? html`<p class="editor-ok">No problems: the pack opens in any copy of the explorer.</p>`
        : html`<ul class="editor-problems" aria-labelledby="editor-problems-title">
            ${problems.map(
              (p) =>
                html`<li>
                  <span class="editor-problem-where">${p.file} · ${p.path}</span> ${p.message}
                  ${
                    p.target.kind === 'base'
                      ? nothing
                      : html`<button type="button" class="link-button" @click=${() => ctx.store.getState().focusEditor(p.target)}>
                          Go to it<span class="visually-hidden">: ${p.file} ${p.path}</span>
                        </button>`
                  }
                </li>`,
            )}
          </ul>`
    }`;
};
