// Pieces every card uses: source citations, buttons that choose a feature, the passages that mention it, and the
// marking of the open story's words (names, notes, labels) among the interface's.
import { html, nothing, type TemplateResult } from 'lit-html';
import { packLang, packText } from '../../i18n/bind.ts';
import { formatList, formatNumber as formatIn, locale, t, tParts } from '../../i18n/index.ts';
import { story } from '../../content/story.ts';
import type { SelectableId } from '../../content/types.ts';
import type { CardContext } from './context.ts';

export { packText } from '../../i18n/bind.ts';

/** A `lang` for an element that holds only the story's text: its language where it differs from the interface's. */
export function packLangAttr(): string | typeof nothing {
  return packLang() === locale() ? nothing : packLang();
}

/** A `lang` for interface words inside an element marked with the story's language (the article): set back. */
export function uiLangAttr(): string | typeof nothing {
  return packLang() === locale() ? nothing : locale();
}

/**
 * A title or label the story gives (a corridor kind, a place type, its comparison's title): written in the
 * interface's language where the pack translates it, else in the pack's, and marked so.
 */
export function storyText(text: string): TemplateResult | string {
  return packText(text, story().textLang);
}

/**
 * Names from the story joined as the interface's language joins a list ("Vientiane and Pakse"), each name marked
 * with the story's language where it differs.
 */
export function packList(names: readonly string[]): (TemplateResult | string)[] {
  const joined = formatList(names.map((_, i) => `{${i}}`));
  return joined
    .split(/\{(\d+)\}/)
    .map((part, i) => (i % 2 ? packText(names[Number(part)] ?? '') : part))
    .filter((part) => part !== '');
}

/** A numbered list of sources, each with title, publisher, date and address (as text and a link). */
export function sourcesList(ids: readonly string[], ctx: CardContext, label = t('explore.sources')): TemplateResult | typeof nothing {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return nothing;
  return html`<details class="sources">
    <summary>${t('explore.sourcesSummary', { label, count: unique.length })}</summary>
    <ol>
      ${unique.map((id) => {
        const s = ctx.index.sources.get(id);
        if (!s) return html`<li>${id}</li>`;
        return html`<li data-source=${id}>
          <span lang=${packLangAttr()}
            >${s.url ? html`<a href=${s.url} rel="noopener noreferrer" target="_blank">${s.title}</a>` : s.title}${
              s.publisher && !s.title.includes(s.publisher) ? html`, ${s.publisher}` : nothing
            }</span
          >
          ${sourceDate(s.date)}${s.weak ? html` <span class="weak">${t('explore.weakerSource')}</span>` : nothing}
        </li>`;
      })}
    </ol>
  </details>`;
}

/** A source's date in brackets, or "undated" where none was found, so that a teacher can judge its age. */
export function sourceDate(date: string | null): TemplateResult {
  return date ? html`<span class="source-date">(${date})</span>` : html`<span class="source-date source-date--none">${t('explore.undated')}</span>`;
}

/** Compact citation markers for one statement: "[a, b]" with the source titles as tooltips. */
export function cite(ids: readonly string[], ctx: CardContext): TemplateResult | typeof nothing {
  if (ids.length === 0) return nothing;
  return html`<span class="cite"
    >${ids.map((id, i) => html`${i ? ', ' : ''}<abbr lang=${packLang()} title=${ctx.index.sources.get(id)?.title ?? id}>${id}</abbr>`)}</span
  >`;
}

/** A button that chooses a feature (as a click on the map would) and frames it. */
export function featureButton(id: SelectableId, ctx: CardContext, label?: string): TemplateResult {
  const info = ctx.index.features.get(id);
  return html`<button
    type="button"
    class="link-button"
    data-id=${id}
    lang=${packLangAttr()}
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
  if (ids.length === 0) return html`<p class="card-note passages-none">${t('explore.articleSilent')}</p>`;
  return html`<section class="card-section" aria-label=${t('explore.inTheArticle')}>
    <h3>${t('explore.inTheArticle')}</h3>
    <ul class="passage-links">
      ${ids.map((pid) => {
        const p = ctx.index.passages.get(pid);
        const text = p?.passage.text ?? pid;
        const quoted = text.length > 110 ? `${text.slice(0, text.lastIndexOf(' ', 110))}…` : text;
        return html`<li>
          <button type="button" class="link-button passage-link" data-id=${pid} @click=${() => ctx.store.getState().select(pid, { frame: true })}>
            ${p?.heading ? html`<span class="passage-link-heading" lang=${packLangAttr()}>${p.heading}</span>` : nothing}
            <span class="passage-link-text">${tParts('explore.quoted', { text: packText(quoted) })}</span>
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}

/** A number in the interface's language, with at most `digits` decimals. */
export function formatNumber(n: number, digits = 0): string {
  return formatIn(n, { maximumFractionDigits: digits });
}
