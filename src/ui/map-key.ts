// The key on the map: what the map draws, in a few lines (each corridor kind of the story, a hollow line, a
// schematic stretch, an approximate position), so that a reader need not open the Routes tab to read the map.
// It shows the kinds hidden there as hidden, follows the theme, and folds to a small button (the store's
// `mapKeyOpen`, kept with the stored preferences). The full key, with the toggles and the places, stays in the
// Routes tab; both draw their swatches with swatch.ts from the same theme tokens as the map.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import { kindLabel, story } from '../content/story.ts';
import type { ThemeName } from '../content/types.ts';
import type { Locale } from '../i18n/locales.ts';
import { t, tParts } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import { THEME_TOKENS, type Theme } from '../styles/tokens.ts';
import { storyText } from './cards/common.ts';
import type { Dispose } from './mount.ts';
import { SHEET_QUERY } from './sheet.ts';
import { discSwatch, kindSwatch, schematicSwatch } from './swatch.ts';
import '../styles/map-key.css';

/** A phone-sized screen, where the open key would take too much of a small map: it starts folded there. */
export const PHONE_SCREEN = '(max-width: 600px)';

const BODY_ID = 'map-key-body';

interface Watched {
  readonly open: boolean;
  readonly hiddenKinds: readonly string[];
  readonly theme: ThemeName;
  readonly ui: Locale;
  /** The tour draws its own legend, and a map that cannot start needs no key. */
  readonly shown: boolean;
}

function row(swatch: TemplateResult, label: TemplateResult | string, attrs: { kind?: string; key?: string; hidden?: boolean } = {}): TemplateResult {
  return html`<li class="map-key-row ${attrs.hidden ? 'is-hidden' : ''}" data-kind=${attrs.kind ?? nothing} data-key=${attrs.key ?? nothing}>
    ${swatch}<span class="map-key-label">${label}</span>
  </li>`;
}

function bodyTemplate(theme: Theme, w: Watched, openRoutes: () => void): TemplateResult {
  const kinds = story().corridorKinds.map((k) => k.id);
  const first = kinds[0] ?? 'port-access';
  return html`<div id=${BODY_ID} class="map-key-body" ?hidden=${!w.open}>
    <ul class="map-key-rows" aria-label=${t('explore.routes')}>
      ${kinds.map((kind) => {
        const hidden = w.hiddenKinds.includes(kind);
        return row(
          kindSwatch(theme, kind),
          html`${storyText(kindLabel(kind))}${hidden ? html` <span class="map-key-tag">${t('explore.mapKeyHidden')}</span>` : nothing}`,
          { kind, hidden },
        );
      })}
    </ul>
    <ul class="map-key-rows map-key-notes" aria-label=${t('explore.mapKeyNotes')}>
      ${row(kindSwatch(theme, first, true), t('explore.mapKeyHollow'), { key: 'hollow' })}
      ${row(schematicSwatch(theme, first), t('explore.mapKeySchematic'), { key: 'schematic' })}
      ${row(discSwatch(theme), t('explore.mapKeyApproximate'), { key: 'approximate' })}
    </ul>
    <p class="map-key-more">
      ${tParts('explore.mapKeyMore', { link: html`<button type="button" class="map-key-link" @click=${openRoutes}>${t('explore.mapKeyRoutesTab')}</button>` })}
    </p>
  </div>`;
}

/**
 * Mounts the key into `root` (index.html's `#map-key`, inside the map region). Until the reader opens or folds
 * it (store `mapKeyOpen`, kept with the preferences), it is open, except on a phone-sized screen, where it would
 * take much of the map.
 */
export function mountMapKey(root: HTMLElement, store: AppStore, win: Window): Dispose {
  const phone = win.matchMedia(PHONE_SCREEN);
  const openRoutes = () => {
    const s = store.getState();
    s.setTab('routes');
    // On a phone the sidebar is a sheet that may show only its title: raised, so that the tab can be seen.
    if (s.sheet === 'peek' && win.matchMedia(SHEET_QUERY).matches) s.setSheet('half');
    // The tab's button (tabs.ts names it tab-<name>), so that the keyboard goes on from the tab just opened.
    root.ownerDocument.getElementById('tab-routes')?.focus();
  };
  const draw = (w: Watched) => {
    root.hidden = !w.shown;
    root.classList.toggle('is-folded', !w.open);
    const theme = THEME_TOKENS[w.theme];
    render(
      html`<button
          type="button"
          class="map-key-toggle"
          aria-expanded=${w.open ? 'true' : 'false'}
          aria-controls=${BODY_ID}
          @click=${() => store.getState().setMapKeyOpen(!w.open)}
        >
          <span class="map-key-chevron" aria-hidden="true"></span>${t('explore.mapKeyToggle')}
        </button>
        ${bodyTemplate(theme, w, openRoutes)}`,
      root,
    );
  };
  const unsubscribe = store.subscribe(
    (s): Watched => ({
      open: s.mapKeyOpen ?? !phone.matches,
      hiddenKinds: s.hiddenKinds,
      theme: s.theme,
      ui: s.ui,
      shown: !s.tour.active && s.mapStatus !== 'unavailable',
    }),
    draw,
    { equalityFn: shallow, fireImmediately: true },
  );
  return () => {
    unsubscribe();
    render(nothing, root);
    root.hidden = true;
  };
}
