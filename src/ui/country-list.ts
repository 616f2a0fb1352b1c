// The keyboard and screen-reader twin of the countries on the map: choosing one here is the same action.
import { html } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { ensurePart, t } from '../i18n/index.ts';
import { shallow } from 'zustand/vanilla/shallow';
import { packLangAttr } from './cards/common.ts';
import type { AppStore } from '../state/store.ts';
import { mountRendered, type Dispose } from './mount.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

const ROLE_ORDER = { focus: 0, neighbour: 1, context: 2 } as const;

export function mountCountryList(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  const countries = [...index.features.values()]
    .filter((f) => f.kind === 'country' && f.role !== 'context')
    .sort((a, b) => ROLE_ORDER[a.role ?? 'context'] - ROLE_ORDER[b.role ?? 'context'] || a.name.localeCompare(b.name));
  return mountRendered(
    el,
    store,
    (s) => [s.selected, s.ui] as const,
    () => {
      const { selected } = store.getState();
      return html`<h2 class="panel-title" id="countries-title">${t('details.countries')}</h2>
        <ul class="chip-list" aria-labelledby="countries-title" lang=${packLangAttr()}>
          ${countries.map(
            (c) =>
              html`<li>
                <button
                  type="button"
                  class="chip ${c.role === 'focus' ? 'chip-focus' : ''}"
                  aria-pressed=${selected === c.id ? 'true' : 'false'}
                  data-id=${c.id}
                  @click=${() => store.getState().select(c.id, { frame: true })}
                  @mouseenter=${() => store.getState().hover(c.id)}
                  @mouseleave=${() => store.getState().hover(null)}
                  @focus=${() => store.getState().hover(c.id)}
                  @blur=${() => store.getState().hover(null)}
                >
                  ${c.name}
                </button>
              </li>`,
          )}
        </ul>`;
    },
    shallow,
  );
}
