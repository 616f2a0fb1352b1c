// The interface's language and the page: the store's `ui` names the language the panels are drawn in, and changes
// only once that language's catalogue has loaded (so that no panel draws half in one language). The page's
// `<html lang>` and the texts written in index.html follow it here.
import { html, type TemplateResult } from 'lit-html';
import { story } from '../content/story.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from '../ui/mount.ts';
import { loadLocale, locale, t, type MessageKey } from './index.ts';
import type { Locale } from './locales.ts';

/** Loads a language's catalogue, then makes it the interface's (the panels redraw from the store). */
export async function chooseLanguage(store: AppStore, next: Locale): Promise<void> {
  if (await loadLocale(next)) store.getState().setUi(next);
}

/** `<html lang>` follows the interface's language. */
export function mountDocumentLanguage(root: HTMLElement, store: AppStore): Dispose {
  return store.subscribe(
    (s) => s.ui,
    (ui) => root.setAttribute('lang', ui),
    { fireImmediately: true },
  );
}

/**
 * The interface's words written in index.html, marked there with their keys: `data-i18n` for an element's text,
 * `data-i18n-label` for its aria-label, `data-i18n-title` for its title.
 */
export function mountStaticTexts(root: ParentNode, store: AppStore): Dispose {
  const draw = () => {
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset['i18n'] as MessageKey);
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset['i18nLabel'] as MessageKey));
    for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.setAttribute('title', t(el.dataset['i18nTitle'] as MessageKey));
  };
  return store.subscribe((s) => s.ui, draw, { fireImmediately: true });
}

/** The open story's language (its pack.json's `lang`): the language of its article, names and notes. */
export function packLang(): string {
  return story().lang;
}

/**
 * Text from the open story (a name, a note, a status text quoted from a source) inside the interface: marked with
 * the story's language when the interface is in another, so that screen readers and fonts treat it as what it is.
 * The story's titles and labels (`story().title`, its kinds' labels …) are in `story().textLang`: pass it.
 */
export function packText(text: string, lang: string = packLang()): TemplateResult | string {
  return lang === locale() ? text : html`<span lang=${lang}>${text}</span>`;
}
