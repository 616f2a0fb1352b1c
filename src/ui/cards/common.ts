// Pieces every card uses: source citations, buttons that choose a feature, the passages that mention it.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { SelectableId } from '../../content/types.ts';
import type { CardContext } from './context.ts';

/** A numbered list of sources, each with title, publisher, date and address (as text and a link). */
export function sourcesList(ids: readonly string[], ctx: CardContext, label = 'Sources'): TemplateResult | typeof nothing {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return nothing;
  return html`<details class="sources">
    <summary>${label} (${unique.length})</summary>
    <ol>
      ${unique.map((id) => {
        const s = ctx.index.sources.get(id);
        if (!s) return html`<li>${id}</li>`;
        return html`<li data-source=${id}>
          ${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}${s.publisher && !s.title.includes(s.publisher) ? html`, ${s.publisher}` : nothing}
          ${sourceDate(s.date)}${s.weak ? html` <span class="weak">weaker source</span>` : nothing}
        </li>`;
      })}
    </ol>
  </details>`;
}

/** A source's date in brackets, or "undated" where none was found, so that a teacher can judge its age. */
export function sourceDate(date: string | null): TemplateResult {
  return date ? html`<span class="source-date">(${date})</span>` : html`<span class="source-date source-date--none">(undated)</span>`;
}

/** Compact citation markers for one statement: "[a, b]" with the source titles as tooltips. */
export function cite(ids: readonly string[], ctx: CardContext): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<span class="cite">${ids.map((id, i) => html`${i ? ', ' : ''}<abbr title=${ctx.index.sources.get(id)?.title ?? id}>${id}</abbr>`)}</span>`;
}

/** A button that chooses a feature (as a click on the map would) and frames it. */
export function featureButton(id: SelectableId, ctx: CardContext, label?: string): TemplateResult {
  const info = ctx.index.features.get(id);
  return html`<button
    type="button"
    class="link-button"
    data-id=${id}
    @click=${() => ctx.store.getState().select(id, { frame: true })}
    @mouseenter=${() => ctx.store.getState().hover(id)}
    @mouseleave=${() => ctx.store.getState().hover(null)}
  >
    ${label ?? info?.name ?? id}
  </button>`;
}

/** The article passages that speak of a feature, as buttons that open them; or a plain statement that none do. */
export function linkedPassages(featureId: string, ctx: CardContext): TemplateResult {
  const ids = ctx.index.passagesOf.get(featureId) ?? [];
  if (ids.length === 0) return html`<p class="card-note passages-none">The article does not mention this.</p>`;
  return html`<section class="card-section" aria-label="In the article">
    <h3>In the article</h3>
    <ul class="passage-links">
      ${ids.map((pid) => {
        const p = ctx.index.passages.get(pid);
        const text = p?.passage.text ?? pid;
        return html`<li>
          <button type="button" class="link-button passage-link" data-id=${pid} @click=${() => ctx.store.getState().select(pid, { frame: true })}>
            ${p?.heading ? html`<span class="passage-link-heading">${p.heading}</span>` : nothing}
            <span class="passage-link-text">“${text.length > 110 ? `${text.slice(0, text.lastIndexOf(' ', 110))}…` : text}”</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString('en-GB', { maximumFractionDigits: digits });
}
