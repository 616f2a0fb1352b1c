// What the map region says when the map cannot start (no WebGL) — plainly, with the sidebar still usable.
import { html, nothing, render } from 'lit-html';
import { t } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountMapStatus(el: HTMLElement, store: AppStore): Dispose {
  const draw = () => {
    const { mapStatus, mapError } = store.getState();
    render(
      mapStatus === 'unavailable'
        ? html`<div class="map-fallback" role="alert">
            <h2>${t('shell.mapUnavailable')}</h2>
            <p>${t('shell.mapUnavailableHelp')}</p>
            ${mapError ? html`<p class="map-fallback-detail">${t('shell.mapUnavailableReason', { reason: mapError })}</p>` : nothing}
          </div>`
        : nothing,
      el,
    );
  };
  draw();
  const unsubscribe = store.subscribe((s) => s.mapStatus, draw);
  const unsubscribeUi = store.subscribe((s) => s.ui, draw);
  return () => {
    unsubscribe();
    unsubscribeUi();
  };
}
