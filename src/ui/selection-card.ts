// The card for whatever is selected. Reads the store, renders text through lit-html (escaped), never the map.
import { html, nothing, render } from 'lit-html';
import type { ContentIndex, FeatureInfo } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

const KIND_LABEL: Record<FeatureInfo['kind'], string> = {
  country: 'Country',
  corridor: 'Corridor',
  place: 'Place',
  river: 'River',
  passage: 'Passage',
};

const ROLE_LABEL = {
  focus: 'One of the two countries of the agreement',
  neighbour: 'Neighbour in the story',
  context: 'Context only: not part of this story',
} as const;

export function mountSelectionCard(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  const draw = () => {
    const id = store.getState().selected;
    const info = id ? index.features.get(id) : undefined;
    render(
      info
        ? html`<article class="card" aria-labelledby="card-title">
            <p class="card-kind">${KIND_LABEL[info.kind]}</p>
            <h2 id="card-title" class="card-title">${info.name}</h2>
            ${info.nameNative ? html`<p class="card-native" lang=${info.nameNative.lang}>${info.nameNative.text}</p>` : nothing}
            ${info.role ? html`<p class="card-role">${ROLE_LABEL[info.role]}</p>` : nothing}
            <button type="button" class="card-close" @click=${() => store.getState().clearSelection()}>Clear selection</button>
          </article>`
        : html`<p class="card-empty">Nothing selected. Click a country on the map, or choose one below.</p>`,
      el,
    );
  };
  draw();
  const unsub = store.subscribe((s) => s.selected, draw);
  return () => {
    unsub();
    render(nothing, el);
  };
}
