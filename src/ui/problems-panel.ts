// Shows what is wrong with the content pack, file by file; the valid parts keep working. The pack checks write
// their problems in English (src/content/): they are shown as written, marked as English. Why a story or a draft
// was not opened (src/packs/said.ts) is the explorer's own sentence, in the interface's language.
import { html, nothing, render } from 'lit-html';
import { formatProblem, type Problem } from '../content/problems.ts';
import { locale, t, tParts } from '../i18n/index.ts';
import { isRefusal, type Reason } from '../packs/said.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

/** A reason as the interface shows it: the explorer's words translated, other text marked with its language. */
export function reasonPart(r: Reason) {
  if ('key' in r) return t(r.key, r.params);
  return r.lang && r.lang !== locale() ? html`<span lang=${r.lang}>${r.text}</span>` : r.text;
}

/** `lang` for text in English inside the interface: nothing when the interface is in English too. */
export const englishLang = () => (locale() === 'en' ? nothing : 'en');

/** One problem, as a line of code: where, then what. */
export function problemLine(p: Problem) {
  if (isRefusal(p)) return html`<code>${p.file}: ${p.path}: ${tParts('shell.notOpened', { reason: reasonPart(p.reason) })}</code>`;
  return html`<code lang=${englishLang()}>${formatProblem(p)}</code>`;
}

/** `store`, when given, redraws the panel in another language when the interface's changes. */
export function mountProblems(el: HTMLElement, problems: readonly Problem[], store: AppStore): Dispose {
  const draw = () =>
    render(
      problems.length
        ? html`<section class="problems" role="alert" aria-labelledby="problems-title">
            <h2 id="problems-title">${t('shell.problemsTitle', { count: problems.length })}</h2>
            <ul>
              ${problems.slice(0, 50).map((p) => html`<li>${problemLine(p)}</li>`)}
            </ul>
          </section>`
        : nothing,
      el,
    );
  draw();
  const unsubscribe = store.subscribe((s) => s.ui, draw);
  return () => {
    unsubscribe();
    render(nothing, el);
  };
}
