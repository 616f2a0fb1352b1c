// The open story's titles in the header, in the interface's language. Apart from bind.ts, which panels and build
// scripts import: this one brings the Stories menu (and its style sheet) with it, and only main.ts needs it.
import { story } from '../content/story.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from '../ui/mount.ts';
import { showStoryTitles } from '../ui/stories-menu.ts';

/**
 * The open story's titles in the header and the page's title, in the interface's language where the pack has them
 * (pack.json's `translations`), marked with the language they are in.
 */
export function mountStoryTitles(doc: Document, store: AppStore): Dispose {
  return store.subscribe(
    (s) => s.ui,
    () => {
      const s = story();
      showStoryTitles(doc, s);
      for (const el of doc.querySelectorAll('.app-title, .app-subtitle')) el.setAttribute('lang', s.textLang);
    },
    { fireImmediately: true },
  );
}
