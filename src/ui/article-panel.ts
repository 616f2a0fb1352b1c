// The source article beside the map, quoted verbatim. Passages that speak of places are controls: hovering
// one lights up its features on the map, choosing one selects it (the map frames them) and opens, under it, what
// it speaks of. When a feature is selected elsewhere, the passages that speak of it are marked, and the first is
// scrolled into view whenever the article is shown.
//
// The article is the story's own words, in its language: the article element is marked with it, and the panel's
// own words inside (the hint, the caption's label) with the interface's where they differ.
//
// The built-in story's article is also written into index.html at build time (scripts/prerender-article.ts), so
// that it is in the first paint; the panel takes it over when it mounts.
import 'virtual:first-paint.css';
import '../styles/article-prerender.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import { passageRuns } from '../content/article.ts';
import { featureInfo, type ContentIndex } from '../content/index.ts';
import type { Passage } from '../content/schema.ts';
import { kindOf } from '../content/types.ts';
import { packLang, packText } from '../i18n/bind.ts';
import { t, tParts } from '../i18n/index.ts';
import { afterPaint } from '../state/schedule.ts';
import { cardShown } from '../state/selectors.ts';
import { uiLangAttr } from './cards/common.ts';
import { passageDetail } from './cards/passage-card.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

function passageText(p: Passage, index: ContentIndex): TemplateResult[] {
  return passageRuns(p).map((run) =>
    run.feature
      ? html`<mark class="term" data-feature=${run.feature} title=${featureInfo(index, run.feature)?.name ?? ''}>${run.text}</mark>`
      : html`${run.text}`,
  );
}

export function mountArticlePanel(el: HTMLElement, store: AppStore, index: ContentIndex, win: Window = window): Dispose {
  // The article written into the page at build time gives way to the story's own (lit-html's render keeps what
  // is already there, so it would stay beside it).
  for (const node of el.querySelectorAll(':scope > [data-prerendered]')) node.remove();
  const article = [...index.passages.values()];
  if (article.length === 0) {
    const unsub = store.subscribe(
      (s) => s.ui,
      () => render(html`<p class="card-note">${t('explore.articleUnavailable')}</p>`, el),
      { fireImmediately: true },
    );
    return () => {
      unsub();
      render(nothing, el);
    };
  }
  const sections = new Map<string, { heading: string | null; passages: Passage[] }>();
  for (const { passage, sectionId, heading } of article) {
    const s = sections.get(sectionId) ?? { heading, passages: [] };
    s.passages.push(passage);
    sections.set(sectionId, s);
  }
  const meta = index.article;
  const ctx = { index, store };
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');

  const draw = () => {
    const { selected, hovered } = store.getState();
    const mentions = new Set(selected && kindOf(selected) !== 'passage' ? (index.passagesOf.get(selected) ?? []) : []);
    const hoverMentions = new Set(hovered && kindOf(hovered) !== 'passage' ? (index.passagesOf.get(hovered) ?? []) : []);
    render(
      html`<article class="article" aria-labelledby="article-headline" lang=${packLang()}>
        <p class="article-kicker" lang=${meta?.title ? nothing : uiLangAttr()}>${meta?.title ?? t('explore.articleKicker')}</p>
        <h2 id="article-headline" class="article-headline">${meta?.headline ?? ''}</h2>
        ${meta?.caption ? html`<p class="article-caption" lang=${uiLangAttr()}>${tParts('explore.photoCaption', { caption: packText(meta.caption) })}</p>` : nothing}
        ${meta?.context ? html`<p class="article-context">${meta.context}</p>` : nothing}
        <p class="article-hint" id="article-hint" lang=${uiLangAttr()}>${t('explore.articleHint')}</p>
        ${[...sections.entries()].map(
          ([id, s]) =>
            html`<section class="article-section" aria-labelledby=${s.heading ? `${id}-h` : nothing}>
              ${s.heading ? html`<h3 id=${`${id}-h`} class="article-subhead">${s.heading}</h3>` : nothing}
              ${s.passages.map((p) => {
                const linked = p.links.length > 0;
                const cls = `passage${linked ? ' passage--linked' : ''}${selected === p.id ? ' passage--selected' : ''}${mentions.has(p.id) ? ' passage--mentions' : ''}${hoverMentions.has(p.id) ? ' passage--hover' : ''}`;
                if (!linked) return html`<p class=${cls} data-passage=${p.id}>${p.text}</p>`;
                return html`${passageButton(p, cls)}${selected === p.id ? passageDetail(p.id, ctx) : nothing}`;
              })}
            </section>`,
        )}
      </article>`,
      el,
    );
  };
  const passageButton = (p: Passage, cls: string) => {
    const { selected } = store.getState();
    return html`<button
      type="button"
      class=${cls}
      data-passage=${p.id}
      aria-pressed=${selected === p.id ? 'true' : 'false'}
      aria-describedby="article-hint"
      @click=${() => store.getState().select(p.id, { frame: true })}
      @mouseenter=${() => store.getState().hover(p.id)}
      @mouseleave=${() => store.getState().hover(null)}
      @focus=${() => store.getState().hover(p.id)}
      @blur=${() => store.getState().hover(null)}
    >
      ${passageText(p, index)}
    </button>`;
  };
  draw();

  const unsubDraw = store.subscribe((s) => [s.selected, s.hovered, s.ui] as const, draw, { equalityFn: shallow });
  // Map → article: once the article is shown with a selection (the card put away, or the selection made while
  // the article shows), bring the first passage that speaks of it into view, after the frame that shows the
  // selection (scrolling measures the layout, which would delay that frame).
  let scrolling: (() => void) | null = null;
  const unsubScroll = store.subscribe(
    (s) => (s.tab === 'article' && !cardShown(s) ? s.selected : null),
    (selected) => {
      scrolling?.();
      scrolling = null;
      if (!selected) return;
      const first = kindOf(selected) === 'passage' ? selected : index.passagesOf.get(selected)?.[0];
      if (!first) return;
      scrolling = afterPaint(() => {
        scrolling = null;
        const node = el.querySelector<HTMLElement>(`[data-passage="${CSS.escape(first)}"]`);
        node?.scrollIntoView({ block: 'nearest', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
      });
    },
  );
  return () => {
    scrolling?.();
    unsubDraw();
    unsubScroll();
    render(nothing, el);
  };
}
