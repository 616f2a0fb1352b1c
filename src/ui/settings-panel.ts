// Settings in the header: the interface's language, the language of the map's labels and the theme. All live in
// the store (the URL carries them as ui=, lang= and theme=); this panel shows them and asks for changes. The
// interface's language changes once its catalogue has loaded (`chooseLanguage`). The page around the map follows
// the theme through <html data-theme>, set by its own binding (document-theme.ts), not here.
import '../styles/countries.css';
import '../styles/countries-more.css';
import { html, nothing, render } from 'lit-html';
import { LABEL_LANGS, THEMES, type LabelLang, type ThemeName } from '../content/types.ts';
import { chooseLanguage } from '../i18n/bind.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locales.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';

const LANG_LABEL: Record<LabelLang, MessageKey> = { en: 'shell.mapLabelsEnglish', native: 'shell.mapLabelsNative', both: 'shell.mapLabelsBoth' };
const THEME_LABEL: Record<ThemeName, MessageKey> = { light: 'shell.themeLight', projector: 'shell.themeProjector', 'high-contrast': 'shell.themeHighContrast' };

/**
 * One labelled choice among a fixed list of values; `choose` is called only with one of them. `langOf` marks an
 * option written in a language of its own (each language is named in itself).
 */
function choice<T extends string>(
  id: string,
  label: string,
  values: readonly T[],
  name: (v: T) => string,
  current: T,
  choose: (v: T) => void,
  langOf: (v: T) => string | typeof nothing = () => nothing,
) {
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
      ${values.map((v) => html`<option value=${v} lang=${langOf(v)} ?selected=${v === current}>${name(v)}</option>`)}
    </select>
  </div>`;
}

export function mountSettings(el: HTMLElement, store: AppStore): Dispose {
  const draw = () => {
    const { ui, labelLang, theme, setLabelLang, setTheme } = store.getState();
    render(
      html`<div class="settings">
        ${choice<Locale>(
          'setting-ui',
          t('shell.language'),
          LOCALES,
          (l) => LOCALE_NAMES[l],
          ui,
          (l) => void chooseLanguage(store, l),
          (l) => l,
        )}
        ${choice('setting-label-lang', t('shell.mapLabels'), LABEL_LANGS, (v) => t(LANG_LABEL[v]), labelLang, setLabelLang)}
        ${choice('setting-theme', t('shell.theme'), THEMES, (v) => t(THEME_LABEL[v]), theme, setTheme)}
      </div>`,
      el,
    );
  };
  draw();
  const unsubscribe = store.subscribe((s) => [s.ui, s.labelLang, s.theme] as const, draw, { equalityFn: (a, b) => a.every((x, i) => x === b[i]) });
  return () => {
    unsubscribe();
    render(nothing, el);
  };
}
