// The card for whatever is selected on the map: one template per kind of feature. It takes the sidebar's place
// of the open tab, with a way back to it (the selection stays on the map, and marked in the article); a passage
// is shown where it is, in the article (article-panel.ts). Reads the store, renders through lit-html (text is
// escaped), and acts only through store actions — never on the map.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import type { ContentIndex } from '../content/index.ts';
import { kindOf, type FeatureKind, type SelectableId } from '../content/types.ts';
import { story } from '../content/story.ts';
import { t, tParts, type MessageKey } from '../i18n/index.ts';
import { cardShown } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import type { SidebarTab } from '../state/tour-session.ts';
import type { CardContext } from './cards/context.ts';
import { storyText } from './cards/common.ts';
import { mountRendered, type Dispose } from './mount.ts';

export type CardTemplate = (id: SelectableId, ctx: CardContext) => TemplateResult;

const BACK_TO: Record<SidebarTab, MessageKey> = {
  article: 'explore.backToArticle',
  routes: 'explore.backToRoutes',
  countries: 'explore.backToCountries',
  quiz: 'explore.backToQuiz',
  edit: 'explore.backToEditor',
};

export type CardTemplates = Partial<Record<FeatureKind, CardTemplate>>;

/**
 * Mounts the card. Its templates (`loadCards`) are loaded when `prefetch` settles (the first view drawn), or
 * at once when something is selected before that; the card is drawn as soon as they are there.
 */
export function mountSelectionCard(
  el: HTMLElement,
  store: AppStore,
  index: ContentIndex,
  loadCards: () => Promise<CardTemplates>,
  prefetch: Promise<unknown>,
): Dispose {
  // The hint written into the page at build time (scripts/prerender-article.ts) gives way to this card's own.
  for (const node of el.querySelectorAll(':scope > [data-prerendered]')) node.remove();
  let cards: CardTemplates | null = null;
  let disposed = false;
  let loading: Promise<void> | null = null;
  const load = () => {
    loading ??= loadCards().then((loaded) => {
      cards = loaded;
      if (!disposed) render(template(), el);
    });
  };
  void prefetch.then(load, load);
  const ctx: CardContext = { index, store };
  const back = () => {
    const s = store.getState();
    s.setTab(s.tab);
    el.ownerDocument.getElementById(`panel-${s.tab}`)?.focus({ preventScroll: true });
  };
  const template = (): TemplateResult => {
    const s = store.getState();
    const id = s.selected;
    const info = id ? index.features.get(id) : undefined;
    const kind = id ? kindOf(id) : null;
    if (id && !cards) load();
    const card = kind ? cards?.[kind] : undefined;
    el.toggleAttribute('data-open', false);
    if (id && info && card && cardShown(s)) {
      el.toggleAttribute('data-open', true);
      return html`<div class="card-frame">
        <div class="card-bar">
          <button type="button" class="card-back" @click=${back}><span aria-hidden="true">←</span> ${t(BACK_TO[s.tab])}</button>
          <button type="button" class="card-close" @click=${() => store.getState().clearSelection()}>
            ${tParts('explore.clearSelection', { key: html`<kbd>Esc</kbd>` })}
          </button>
        </div>
        ${card(id, ctx)}
      </div>`;
    }
    // The editor and the quiz have their own guidance (above a quiz, the hint only pushed its question down).
    if (id || s.tab === 'edit' || s.tab === 'quiz') return html``;
    // The pack may give the hint in the interface's language (its translations): read at draw time.
    const comparison = story().comparison;
    return html`<div class="card-empty">
      <p><strong>${t('explore.nothingSelected')}</strong></p>
      <ul>
        <li>${t('explore.hintPassage')}</li>
        <li>${t('explore.hintMap')}</li>
        ${comparison ? html`<li>${tParts('explore.hintRoutesTab', { tab: html`<em>${t('shell.tabRoutes')}</em>`, hint: storyText(comparison.hint) })}</li>` : nothing}
      </ul>
    </div>`;
  };
  const stop = mountRendered(el, store, (s) => [s.selected, s.cardDismissed, s.tab, s.ui] as const, template, shallow);
  return () => {
    disposed = true;
    stop();
  };
}
