// The search box over the map: finds the open story's countries, places, routes and passages by any of their names,
// as a combobox with a list of results (WAI-ARIA 1.2, list autocomplete). `/` focuses it. Choosing a result selects
// it and asks for it to be framed; the camera binding frames it. The matching code and the names it searches are
// loaded and built on first use (src/search/match.ts). Hidden in the tour.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { CORRIDOR_STATUS_LABEL } from '../content/labels.ts';
import { packLang, packText } from '../i18n/bind.ts';
import { locale, t, tParts } from '../i18n/index.ts';
import type * as MatchModule from '../search/match.ts';
import type { SearchEntry, SearchHit } from '../search/match.ts';
import type { AppStore } from '../state/store.ts';
import '../styles/search.css';
import { isTypingTarget } from './keys.ts';
import type { Dispose } from './mount.ts';

export interface SearchBoxOptions {
  /** The open story's index (a lesson being edited gives a new one after each change). */
  readonly index: () => ContentIndex;
  /** The page's polite live region, where the number of results is said. */
  readonly announcer: HTMLElement;
  readonly win: Window;
}

type Matcher = typeof MatchModule;

const LIST_ID = 'search-list';
const optionId = (i: number) => `search-option-${i}`;

/** A `lang` for an element holding only the pack's words, where the interface is in another language. */
const packLangAttr = () => (packLang() === locale() ? nothing : packLang());

function marked(text: string, start: number, end: number): TemplateResult {
  return html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}`;
}

/** What kind of thing a result is: interface words, with the pack's names (a place's country, a passage's heading) marked. */
function kindLabel(e: SearchEntry): (string | TemplateResult)[] | string {
  switch (e.kind) {
    case 'country':
      return t('pupils.searchKindCountry');
    case 'place':
      return e.country ? tParts('pupils.searchKindPlaceIn', { country: packText(e.country) }) : t('pupils.searchKindPlace');
    case 'river':
      return t('pupils.searchKindRiver');
    case 'corridor':
      // A plan is never offered as a working route: anything but "in use" is said.
      return e.status && e.status !== 'in-use' ? t('pupils.searchKindRouteStatus', { status: CORRIDOR_STATUS_LABEL[e.status] }) : t('pupils.searchKindRoute');
    case 'passage':
      return e.label ? tParts('pupils.searchKindPassageIn', { heading: packText(e.label) }) : t('pupils.searchKindPassage');
  }
}

export function mountSearchBox(root: HTMLElement, store: AppStore, o: SearchBoxOptions): Dispose {
  let matcher: Promise<Matcher> | null = null;
  let built: { index: ContentIndex; entries: SearchEntry[] } | null = null;
  let hits: SearchHit[] = [];
  let open = false;
  let active = -1;
  let failed = false;
  let announceTimer = 0;
  let excerpt: Matcher['excerpt'] | null = null;

  const load = () => (matcher ??= import('../search/match.ts'));
  const entriesOf = (m: Matcher) => {
    const index = o.index();
    if (built?.index !== index) built = { index, entries: m.buildEntries(index) };
    return built.entries;
  };

  const optionText = (h: SearchHit): TemplateResult => {
    const e = h.entry;
    if (e.kind === 'passage' && excerpt) {
      const x = excerpt(h.name.text, h.start, h.end);
      return html`<span class="search-name search-name--passage" lang=${packLangAttr()}>${x.before}<mark>${x.match}</mark>${x.after}</span>`;
    }
    // Names without a language of their own are in the pack's.
    if (h.name === e.names[0]) return html`<span class="search-name" lang=${h.name.lang ?? packLangAttr()}>${marked(h.name.text, h.start, h.end)}</span>`;
    return html`<span class="search-name" lang=${packLangAttr()}>${e.label}</span>
      <span class="search-also" lang=${h.name.lang ?? packLangAttr()}>${marked(h.name.text, h.start, h.end)}</span>`;
  };

  const draw = () => {
    const showList = open && hits.length > 0;
    const input = html`<input
      id="search-input"
      class="search-input"
      type="text"
      role="combobox"
      aria-label=${t('pupils.searchLabel')}
      placeholder=${t('pupils.searchPlaceholder')}
      aria-autocomplete="list"
      aria-controls=${LIST_ID}
      aria-expanded=${showList ? 'true' : 'false'}
      aria-activedescendant=${showList && active >= 0 ? optionId(active) : nothing}
      aria-keyshortcuts="/"
      autocomplete="off"
      autocapitalize="none"
      spellcheck="false"
      enterkeyhint="search"
      @input=${onInput}
      @keydown=${onKey}
      @focus=${() => void load()}
    />`;
    render(
      html`${input}
        <ul id=${LIST_ID} class="search-list" role="listbox" aria-label=${t('pupils.searchResults')} ?hidden=${!showList}>
          ${hits.map(
            (h, i) =>
              html`<li
                id=${optionId(i)}
                class="search-option"
                role="option"
                aria-selected=${i === active ? 'true' : 'false'}
                @pointerdown=${(e: Event) => e.preventDefault()}
                @click=${() => choose(h, true)}
              >
                ${optionText(h)}<span class="search-kind">${kindLabel(h.entry)}</span>
              </li>`,
          )}
        </ul>
        ${open && !showList ? html`<p class="search-none">${failed ? t('pupils.searchFailed') : t('pupils.searchNone')}</p>` : nothing}`,
      root,
    );
    if (showList && active >= 0) root.querySelector(`#${optionId(active)}`)?.scrollIntoView({ block: 'nearest' });
  };
  const inputEl = () => root.querySelector<HTMLInputElement>('#search-input')!;

  const announce = (text: string | null) => {
    o.win.clearTimeout(announceTimer);
    // Said once typing pauses, not at every letter.
    if (text !== null) announceTimer = o.win.setTimeout(() => (o.announcer.textContent = text), 600);
  };

  const close = () => {
    open = false;
    active = -1;
    announce(null);
    draw();
  };

  const update = async () => {
    const query = inputEl().value;
    if (!query.trim()) {
      hits = [];
      return close();
    }
    try {
      const m = await load();
      excerpt = m.excerpt;
      const now = inputEl().value;
      if (now !== query) return; // a later keystroke's search has the last word
      hits = m.search(entriesOf(m), query);
    } catch {
      failed = true;
      hits = [];
    }
    open = true;
    active = -1;
    announce(failed ? t('pupils.searchFailed') : hits.length ? t('pupils.searchCount', { count: hits.length }) : t('pupils.searchNoneSaid'));
    draw();
  };
  const onInput = () => void update();

  function choose(h: SearchHit, byPointer: boolean) {
    const input = inputEl();
    if (h.entry.kind !== 'passage') input.value = h.entry.label;
    hits = [];
    close();
    // On a touch screen the keyboard goes, so that what was chosen can be seen.
    if (byPointer) input.blur();
    store.getState().select(h.entry.id, { frame: true });
  }

  function onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const n = hits.length;
    const listShown = open && n > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return void update();
      if (!n) return;
      const down = e.key === 'ArrowDown';
      active = active < 0 ? (down ? 0 : n - 1) : (active + (down ? 1 : n - 1)) % n;
      draw();
    } else if (e.key === 'Enter' && listShown) {
      e.preventDefault();
      choose(hits[Math.max(active, 0)]!, false);
    } else if (e.key === 'Escape' && (open || inputEl().value)) {
      // Esc closes the list, then, pressed again, empties the box; only then is it the page's (the selection).
      e.preventDefault();
      e.stopPropagation();
      if (open) close();
      else {
        inputEl().value = '';
        hits = [];
        draw();
      }
    } else if (e.key === 'Tab' && open) close();
  }

  const onFocusOut = (e: FocusEvent) => {
    if (!root.contains(e.relatedTarget as Node | null) && open) close();
  };

  const onPageKey = (e: KeyboardEvent) => {
    if (e.key !== '/' || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || root.hidden || isTypingTarget(e.target)) return;
    e.preventDefault();
    const input = inputEl();
    input.focus();
    input.select();
  };

  const showForTour = (touring: boolean) => {
    // The tour lays out the screen for the class: no search there.
    root.hidden = touring;
    if (touring && open) close();
  };

  draw();
  showForTour(store.getState().tour.active);
  root.addEventListener('focusout', onFocusOut);
  o.win.addEventListener('keydown', onPageKey);
  const unsubscribe = store.subscribe((s) => s.tour.active, showForTour);
  const unsubscribeUi = store.subscribe((s) => s.ui, draw);
  return () => {
    unsubscribe();
    unsubscribeUi();
    o.win.clearTimeout(announceTimer);
    o.win.removeEventListener('keydown', onPageKey);
    root.removeEventListener('focusout', onFocusOut);
    render(nothing, root);
  };
}
