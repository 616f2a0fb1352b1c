// The search box over the map: finds the open story's countries, places, routes and passages by any of their names,
// as a combobox with a list of results (WAI-ARIA 1.2, list autocomplete). `/` focuses it. Choosing a result selects
// it and asks for it to be framed; the camera binding frames it. The matching code and the names it searches are
// loaded and built on first use (src/search/match.ts). Hidden in the tour.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { CORRIDOR_STATUS_LABEL } from '../content/labels.ts';
import type { CorridorStatus } from '../content/types.ts';
import type * as MatchModule from '../search/match.ts';
import type { SearchEntry, SearchHit } from '../search/match.ts';
import type { AppStore } from '../state/store.ts';
import '../styles/search.css';
import { isTypingTarget } from './keys.ts';
import type { Dispose } from './mount.ts';

/** Every word the box shows or says, in one place. */
export const SEARCH_TEXT = {
  label: 'Find a place, route or passage',
  placeholder: 'Find a place, route or passage',
  results: 'Results',
  country: 'Country',
  place: (country: string | null) => (country ? `Place · ${country}` : 'Place'),
  river: 'River',
  route: (status: CorridorStatus | null) => (status && status !== 'in-use' ? `Route · ${CORRIDOR_STATUS_LABEL[status]}` : 'Route'),
  passage: (heading: string) => (heading ? `Passage · ${heading}` : 'Passage'),
  none: 'Nothing found. Try another spelling, or the name in its own script.',
  count: (n: number) => (n === 0 ? 'Nothing found' : `${n} result${n === 1 ? '' : 's'}: use the up and down arrows, then Enter`),
  failed: 'Search could not be loaded.',
} as const;

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

function marked(text: string, start: number, end: number): TemplateResult {
  return html`${text.slice(0, start)}<mark>${text.slice(start, end)}</mark>${text.slice(end)}`;
}

function kindLabel(e: SearchEntry): string {
  switch (e.kind) {
    case 'country':
      return SEARCH_TEXT.country;
    case 'place':
      return SEARCH_TEXT.place(e.country);
    case 'river':
      return SEARCH_TEXT.river;
    case 'corridor':
      return SEARCH_TEXT.route(e.status);
    case 'passage':
      return SEARCH_TEXT.passage(e.label);
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
      return html`<span class="search-name search-name--passage">${x.before}<mark>${x.match}</mark>${x.after}</span>`;
    }
    if (h.name === e.names[0]) return html`<span class="search-name">${marked(h.name.text, h.start, h.end)}</span>`;
    return html`<span class="search-name">${e.label}</span>
      <span class="search-also" lang=${h.name.lang ?? nothing}>${marked(h.name.text, h.start, h.end)}</span>`;
  };

  const draw = () => {
    const showList = open && hits.length > 0;
    const input = html`<input
      id="search-input"
      class="search-input"
      type="text"
      role="combobox"
      aria-label=${SEARCH_TEXT.label}
      placeholder=${SEARCH_TEXT.placeholder}
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
        <ul id=${LIST_ID} class="search-list" role="listbox" aria-label=${SEARCH_TEXT.results} ?hidden=${!showList}>
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
        ${open && !showList ? html`<p class="search-none">${failed ? SEARCH_TEXT.failed : SEARCH_TEXT.none}</p>` : nothing}`,
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
    announce(failed ? SEARCH_TEXT.failed : SEARCH_TEXT.count(hits.length));
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
  return () => {
    unsubscribe();
    o.win.clearTimeout(announceTimer);
    o.win.removeEventListener('keydown', onPageKey);
    root.removeEventListener('focusout', onFocusOut);
    render(nothing, root);
  };
}
