// The card for whatever is selected: one template per kind of feature. Reads the store, renders through
// lit-html (text is escaped), and acts only through store actions — never on the map.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { kindOf, type FeatureKind, type SelectableId } from '../content/types.ts';
import { story } from '../content/story.ts';
import type { AppStore } from '../state/store.ts';
import type { CardContext } from './cards/context.ts';
import { mountRendered, type Dispose } from './mount.ts';

export type CardTemplate = (id: SelectableId, ctx: CardContext) => TemplateResult;

export function mountSelectionCard(el: HTMLElement, store: AppStore, index: ContentIndex, cards: Partial<Record<FeatureKind, CardTemplate>>): Dispose {
  const ctx: CardContext = { index, store };
  const comparison = story().comparison;
  return mountRendered(
    el,
    store,
    (s) => s.selected,
    () => {
      const id = store.getState().selected;
      const info = id ? index.features.get(id) : undefined;
      const kind = id ? kindOf(id) : null;
      const card = kind ? cards[kind] : undefined;
      return id && info && card
        ? html`<div class="card-frame">
            ${card(id, ctx)}
            <button type="button" class="card-close" @click=${() => store.getState().clearSelection()}>Clear selection <kbd>Esc</kbd></button>
          </div>`
        : html`<div class="card-empty">
            <p><strong>Nothing selected.</strong></p>
            <ul>
              <li>Choose a marked passage of the article to see where it happens.</li>
              <li>Click a country, route or place on the map for its facts and what the article says of it.</li>
              ${comparison ? html`<li>The <em>Routes</em> tab ${comparison.hint}.</li>` : nothing}
            </ul>
          </div>`;
    },
  );
}
