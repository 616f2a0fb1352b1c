// Settings in the header: the language of the map's labels and the theme. Both live in the store (the URL
// carries them as lang= and theme=); this panel shows them and asks the store to change them. The page around
// the map follows the theme through <html data-theme>, set by its own binding (document-theme.ts), not here.
import '../styles/countries.css';
import '../styles/countries-more.css';
import { html, nothing, render } from 'lit-html';
import { LABEL_LANGS, THEMES, type LabelLang, type ThemeName } from '../content/types.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

const LANG_LABEL: Record<LabelLang, string> = { en: 'English', native: 'Native script', both: 'Both' };
const THEME_LABEL: Record<ThemeName, string> = { light: 'Light', projector: 'Projector', 'high-contrast': 'High contrast' };

/** One labelled choice among a fixed list of values; `choose` is called only with one of them. */
function choice<T extends string>(id: string, label: string, values: readonly T[], names: Record<T, string>, current: T, choose: (v: T) => void) {
  return html`<div class="setting">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      .value=${current}
      @change=${(e: Event) => {
        const v = values.find((x) => x === (e.target as HTMLSelectElement).value);
        if (v) choose(v);
      }}
    >
      ${values.map((v) => html`<option value=${v} ?selected=${v === current}>${names[v]}</option>`)}
    </select>
  </div>`;
}

export function mountSettings(el: HTMLElement, store: AppStore): Dispose {
  const draw = () => {
    const { labelLang, theme, setLabelLang, setTheme } = store.getState();
    render(
      html`<div class="settings">
        ${choice('setting-label-lang', 'Map labels', LABEL_LANGS, LANG_LABEL, labelLang, setLabelLang)}
        ${choice('setting-theme', 'Theme', THEMES, THEME_LABEL, theme, setTheme)}
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
