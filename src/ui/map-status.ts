// What the map region says when the map cannot start (no WebGL) — plainly, with the sidebar still usable.
import { html, nothing, render } from 'lit-html';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

export function mountMapStatus(el: HTMLElement, store: AppStore): Dispose {
  const draw = () => {
    const { mapStatus, mapError } = store.getState();
    render(
      mapStatus === 'unavailable'
        ? html`<div class="map-fallback" role="alert">
            <h2>The map cannot be shown on this device</h2>
            <p>Your browser could not start WebGL 2, which the map needs. Everything else works: the countries, routes and article are in the sidebar.</p>
            ${mapError ? html`<p class="map-fallback-detail">Reason given by the browser: ${mapError}</p>` : nothing}
          </div>`
        : nothing,
      el,
    );
  };
  draw();
  return store.subscribe((s) => s.mapStatus, draw);
}
