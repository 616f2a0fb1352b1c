// Settings in the header: the language of the map's labels and the theme. Both live in the store (the URL
// carries them as lang= and theme=); this panel shows them and asks the store to change them. The page around
// the map follows the theme through <html data-theme>, set by its own binding (document-theme.ts), not here.
import '../styles/countries.css';
import { html, nothing, render } from 'lit-html';
import { LABEL_LANGS, THEMES, type LabelLang, type ThemeName } from '../content/types.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

const LANG_LABEL: Record<LabelLang, string> = { en: 'English', native: 'Native script', both: 'Both' };
const THEME_LABEL: Record<ThemeName, string> = { light: 'Light', projector: 'Projector', 'high-contrast': 'High contrast' };

export function mountSettings(el: HTMLElement, store: AppStore): Dispose {
  const draw = () => {
    const { labelLang, theme } = store.getState();
    render(
      html`<div class="settings">
        <div class="setting">
          <label for="setting-label-lang">Map labels</label>
          <select
            id="setting-label-lang"
            .value=${labelLang}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              const lang = LABEL_LANGS.find((l) => l === v);
              if (lang) store.getState().setLabelLang(lang);
            }}
          >
            ${LABEL_LANGS.map((l) => html`<option value=${l} ?selected=${l === labelLang}>${LANG_LABEL[l]}</option>`)}
          </select>
        </div>
        <div class="setting">
          <label for="setting-theme">Theme</label>
          <select
            id="setting-theme"
            .value=${theme}
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              const t = THEMES.find((x) => x === v);
              if (t) store.getState().setTheme(t);
            }}
          >
            ${THEMES.map((t) => html`<option value=${t} ?selected=${t === theme}>${THEME_LABEL[t]}</option>`)}
          </select>
        </div>
      </div>`,
      el,
    );
  };
  draw();
  const unsubLang = store.subscribe((s) => s.labelLang, draw);
  const unsubTheme = store.subscribe((s) => s.theme, draw);
  return () => {
    unsubLang();
    unsubTheme();
    render(nothing, el);
  };
}
