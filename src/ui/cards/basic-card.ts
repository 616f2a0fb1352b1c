// A minimal card (kind, name, native name): the fallback for kinds without a card of their own.
import { html, nothing } from 'lit-html';
import type { SelectableId } from '../../content/types.ts';
import type { CardTemplate } from '../selection-card.ts';
import { linkedPassages } from './common.ts';

const KIND_LABEL = { country: 'Country', corridor: 'Route', place: 'Place', river: 'River', passage: 'Passage' } as const;

export const basicCard: CardTemplate = (id, ctx) => {
  const info = ctx.index.features.get(id as SelectableId);
  if (!info) return html``;
  return html`<article class="card" aria-labelledby="card-title">
    <p class="card-kind">${KIND_LABEL[info.kind]}</p>
    <h2 id="card-title" class="card-title">${info.name}</h2>
    ${info.nameNative ? html`<p class="card-native" lang=${info.nameNative.lang}>${info.nameNative.text}</p>` : nothing}
    ${info.kind === 'passage' ? nothing : linkedPassages(id, ctx)}
  </article>`;
};
