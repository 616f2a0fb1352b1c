// The editor's Pack section: the pack's own settings (its title, subtitle and id) and the live list of its problems,
// checked by the one schema as the explorer checks any pack it opens. Each problem goes to its place in the editor.
import { html, nothing } from 'lit-html';
import { updatePack } from '../../editor/index.ts';
import { t, tParts } from '../../i18n/index.ts';
import { named } from './item-buttons.ts';
import type { SectionView } from './context.ts';

/** Keeping the draft as a story: under way, or refused with why (worded when drawn, in the language of the moment). */
let keeping: { draftId: string; failed: string | null } | null = null;

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
    keeping = { draftId: session.draftId, failed: null };
    ctx.redraw();
    ctx.keepAsStory().catch((e: unknown) => {
      keeping = { draftId: session.draftId, failed: e instanceof Error ? e.message : String(e) };
      ctx.redraw();
    });
  };
  const status = keeping?.draftId === session.draftId ? keeping : null;
  const failed = status !== null && status.failed !== null;
  const statusText = !status ? '' : status.failed === null ? t('editor.keepingAsStory') : t('editor.notKeptAsStory', { reason: status.failed });
  return html`<p class="editor-hint">
      ${tParts('editor.packShareHint', {
        exportZip: html`<strong>${t('editor.exportZip')}</strong>`,
        stories: t('shell.stories'),
        chooseZip: t('shell.chooseZip'),
      })}
    </p>
    <div class="editor-bar-row">
      <button type="button" class="editor-button" id="editor-keep" @click=${keep}>${t('editor.openAsStory')}</button>
    </div>
    <p role="status" class=${failed ? 'editor-notice' : 'editor-hint'} data-tone=${failed ? 'refused' : 'done'}>${statusText}</p>
    <form class="editor-form" @submit=${onSubmit}>
      <label>${t('editor.title')} <input name="title" required maxlength="120" .value=${m.title} /></label>
      <label>${t('editor.subtitle')} <input name="subtitle" maxlength="200" .value=${m.subtitle} /></label>
      <label
        >${t('editor.packId')} <span class="editor-hint">${t('editor.packIdHint')}</span>
        <input name="id" required pattern="[a-z0-9][a-z0-9\\-]*" .value=${m.id}
      /></label>
      <button type="submit" class="editor-button">${t('editor.saveSettings')}</button>
    </form>
    <h3 class="editor-subtitle" id="editor-problems-title">${t('editor.problemsHeading', { count: problems.length })}</h3>
    ${
      problems.length === 0
        ? html`<p class="editor-ok">${t('editor.noProblems')}</p>`
        : html`<ul class="editor-problems" aria-labelledby="editor-problems-title">
            ${problems.map(
              (p) =>
                html`<li>
                  <span class="editor-problem-where">${p.file} · ${p.path}</span> ${p.message}
                  ${
                    p.target.kind === 'base'
                      ? nothing
                      : html`<button type="button" class="link-button" @click=${() => ctx.store.getState().focusEditor(p.target)}>
                          ${named(t('editor.goToIt'), t('editor.goToItWhere', { where: `${p.file} ${p.path}` }))}
                        </button>`
                  }
                </li>`,
            )}
          </ul>`
    }`;
};
