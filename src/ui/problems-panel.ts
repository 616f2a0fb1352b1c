// Shows what is wrong with the content pack, file by file; the valid parts keep working.
import { html, nothing, render } from 'lit-html';
import { formatProblem, type Problem } from '../content/problems.ts';
import type { Dispose } from './mount.ts';

export function mountProblems(el: HTMLElement, problems: readonly Problem[]): Dispose {
  render(
    problems.length
      ? html`<section class="problems" role="alert" aria-labelledby="problems-title">
          <h2 id="problems-title">Some content could not be loaded (${problems.length} problem${problems.length === 1 ? '' : 's'})</h2>
          <ul>
            ${problems.slice(0, 50).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
          </ul>
        </section>`
      : nothing,
    el,
  );
  return () => render(nothing, el);
}
