// The one wiring file: load content, create the store, mount the map, the panels and the URL sync.
import './styles/app.css';
import './styles/app-layout.css';
import './styles/app-panels.css';
import './styles/app-sheet.css';
import './styles/page-theme.ts';
import { buildIndex, type ContentIndex } from './content/index.ts';
import type { ContentPack } from './content/load.ts';
import { setStory, DEFAULT_STORY, storyFromManifest, story } from './content/story.ts';
import { applyStoryColours } from './styles/tokens.ts';
import { deviceLibrary } from './packs/library.ts';
import { chooseStory, importPack, storyUrl, type StoryChoice } from './packs/open.ts';
import type { Editing } from './edit-mode.ts';
import { mountEditToggle } from './ui/edit-toggle.ts';
import { mountStoriesMenu, showStoryTitles } from './ui/stories-menu.ts';
import { createMap, prepareMap, type MapHandle } from './map/adapter.ts';
import { createAppStore, type AppStore } from './state/store.ts';
import { mountUrlSync } from './state/url-sync.ts';
import { inIdleTime } from './state/schedule.ts';
import { mountPrefsStorage, readPrefs, safeLocalStorage } from './state/prefs-storage.ts';
import { uiFromHash } from './state/url.ts';
import { loadLocale, t } from './i18n/index.ts';
import { browserLocale } from './i18n/locales.ts';
import { chooseLanguage, mountDocumentLanguage, mountStaticTexts } from './i18n/bind.ts';
import { mountStoryTitles } from './i18n/story-titles.ts';
import { mountAnnouncer } from './ui/announcer.ts';
import { mountKeys } from './ui/keys.ts';
import { quizSeedFromSearch } from './state/quiz-slice.ts';
import { mountSearchBox } from './ui/search-box.ts';
import { mountMapKey } from './ui/map-key.ts';
import { mountMeasureTool } from './ui/measure-tool.ts';
import { mountMapStatus } from './ui/map-status.ts';
import type { Dispose } from './ui/mount.ts';
import type { SelectableId } from './content/types.ts';
import { mountProblems } from './ui/problems-panel.ts';
import { mountSelectionCard } from './ui/selection-card.ts';
import { mountArticlePanel } from './ui/article-panel.ts';
import { mountSettings } from './ui/settings-panel.ts';
import { mountDocumentTheme } from './ui/document-theme.ts';
import { mountSkipLink } from './ui/skip-link.ts';
import { mountTabs } from './ui/tabs.ts';
import { mountHeaderMenu } from './ui/header-menu.ts';
import { mountSheet } from './ui/sheet.ts';
import { mapInsets } from './ui/map-insets.ts';
import { restoreResumeStep } from './pwa/resume.ts';
import { loadsSettled, mountLater, NEVER, shownOr } from './ui/lazy.ts';
import { mountPresenter, type PresenterOptions } from './present/presenter.ts';
import { isPresenterView } from './present/channel.ts';
import { releaseEarlyKeys } from './present/early-keys.ts';

/** The automation handle for tests and external checks (documented in ARCHITECTURE.md). */
export interface MekongHandle {
  readonly ready: Promise<void>;
  readonly store: AppStore;
  map: MapHandle['map'] | null;
  /** Settles once the first view is drawn and what loads after it (ui/lazy.ts) has loaded and mounted. */
  settled(): Promise<void>;
}

/** The app's version, shown in the header (package.json's, or APP_VERSION at build time). */
declare const __APP_VERSION__: string;

declare global {
  interface Window {
    mekong?: MekongHandle;
  }
}

function el(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`#${id} is missing from index.html`);
  return found;
}

async function start(): Promise<() => void> {
  const store = createAppStore();
  let resolveReady!: () => void;
  let rejectReady!: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  ready.catch(() => undefined); // a map that cannot start is reported on the page, not as an unhandled rejection
  // Once the map's first view is drawn (or the map cannot start), in the first idle moment after it.
  const idleMoment = () => new Promise<void>((resolve) => inIdleTime(resolve));
  const firstViewDrawn = ready.then(idleMoment, idleMoment);
  const handle: MekongHandle = { ready, store, map: null, settled: () => firstViewDrawn.then(loadsSettled) };
  window.mekong = handle;

  // The service worker (production builds only): offline use, and new versions offered, never forced. Registered
  // once the map has drawn its first view (or cannot): on a first visit it downloads the whole app for offline
  // use, which must not compete with that first view.
  restoreResumeStep(store, window);
  let updates: (() => void) | null = null;
  const startUpdates = () => {
    if (!import.meta.env.PROD || updates) return;
    updates = mountLater(
      async () => (await import('./pwa/updates.ts')).registerUpdates(store, { window, scriptUrl: new URL('sw.js', document.baseURI).href }),
      Promise.resolve(),
    );
  };
  void firstViewDrawn.then(startUpdates);
  const stopUpdates = () => {
    updates?.();
    updates = () => undefined; // a page being torn down registers nothing
  };

  // The interface's language: the link's, else the one chosen last time on this device, else the browser's first
  // that the explorer speaks. Its catalogue loads with the content; nothing is drawn before both have.
  const storage = safeLocalStorage(window);
  const requestedUi = uiFromHash(window.location.hash) ?? readPrefs(storage).ui ?? browserLocale(window.navigator.languages);
  const uiLoaded = loadLocale(requestedUi);

  // The presenter view (a second window for the teacher's notes) draws no map: on a school laptop driving a
  // projector, a second map would draw every tour step again, unseen.
  const presenterView = isPresenterView(window);
  if (!presenterView) prepareMap(); // the map's workers start while the content loads
  // The story: the built-in pack, or a teacher's pack named in the address (?pack=, ?story=). It is chosen
  // before anything is drawn and stays for the page's life: switching story reloads the page.
  const library = deviceLibrary(window);
  const builtInBase = new URL('geo/', document.baseURI).href;
  // A lesson being written (`?edit=<draft>`) opens in place of a story, with the editor beside it (its code is
  // loaded only then).
  const editMode = new URLSearchParams(window.location.search).has('edit') ? await import('./edit-mode.ts') : null;
  const opened = editMode ? await editMode.openEditing(window, store, builtInBase) : null;
  const editing: Editing | null = opened && 'draftId' in opened ? opened : null;
  let chosen: StoryChoice;
  if (editing) chosen = editing.choice;
  else {
    const story = await chooseStory(window, { builtInBase, library });
    chosen = opened && 'refusal' in opened ? { ...story, refusal: [...opened.refusal, ...story.refusal] } : story;
  }
  let pack: ContentPack = chosen.pack;
  const showSettings = () => {
    const settings = pack.manifest ? storyFromManifest(pack.manifest) : DEFAULT_STORY;
    setStory(settings);
    applyStoryColours(settings);
    showStoryTitles(document, story());
  };
  showSettings();
  if (await uiLoaded) store.getState().setUi(requestedUi);
  let index: ContentIndex = buildIndex(pack);
  const presenterOptions = (map: PresenterOptions['map']): PresenterOptions => ({ root: el('presenter'), store, index, window, map });
  if (presenterView) {
    rejectReady(new Error('the presenter view has no map'));
    const stopPresenter = mountPresenter(presenterOptions(null));
    const stopLanguage = mountDocumentLanguage(document.documentElement, store);
    releaseEarlyKeys();
    return () => {
      stopLanguage();
      stopPresenter();
      stopUpdates();
    };
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const disposers: Dispose[] = [
    stopUpdates,
    // Stored preferences first; a link's own state then wins over them. Both before the map, which opens on them.
    mountPrefsStorage(store, storage),
    mountUrlSync(store, { window, isKnownId: (id): id is SelectableId => index.isKnownId(id), chooseUi: (ui) => void chooseLanguage(store, ui) }),
    mountDocumentLanguage(document.documentElement, store),
    mountStaticTexts(document.body, store),
    mountStoryTitles(document, store),
  ];
  // A shared quiz (`?quiz=<seed>`) opens in its tab, with the same questions as the link's author had.
  const sharedQuiz = quizSeedFromSearch(window.location.search);
  if (sharedQuiz !== null) {
    store.getState().startQuiz(sharedQuiz);
    store.getState().setTab('quiz');
    store.getState().setSheet('half'); // on a phone, the sheet shows the question
  }
  const editToggle = el('edit-button') as HTMLButtonElement;
  // The lessons in the Stories menu: the editor's code is loaded when the menu lists them or one is started.
  const lessons = async () =>
    (await import('./edit-mode.ts')).lessonOptions(window, {
      pack: () => pack,
      storyId: chosen.story.id,
      builtInId: chosen.builtIn.id,
      extent: () => story().extent,
    });
  // The header's tools before the map: drawn later, they made the header taller while the map was drawing its
  // first view, and the map had to be resized and drawn again (and the page shifted under the reader's eyes).
  disposers.push(
    mountHeaderMenu(el('header-menu-button') as HTMLButtonElement, el('header-tools')),
    mountStoriesMenu(
      el('stories'),
      window,
      {
        current: chosen.story,
        builtIn: chosen.builtIn,
        list: () => library.list(),
        open: (id) => window.location.assign(storyUrl(window, id)),
        remove: (id) => library.remove(id),
        importFiles: (files) => importPack(files, { builtInBase, library }),
        lessons: {
          list: async () => (await lessons()).list(),
          open: (id) => void lessons().then((l) => l.open(id)),
          remove: async (id) => (await lessons()).remove(id),
          start: async (from) => (await lessons()).start(from),
        },
      },
      store,
    ),
    mountSettings(el('settings'), store),
    mountDocumentTheme(document.documentElement, store),
    mountEditToggle(editToggle, store, {
      start: async () => (await lessons()).start('copy'),
      leave: () => window.location.assign(storyUrl(window, null)),
    }),
  );
  // The key on the map before the map itself: the first view is framed clear of it. Drawn again with the story's
  // views when a draft being edited changes (its route kinds may change).
  let disposeKey = mountMapKey(el('map-key'), store, window);

  // The map next, so that its worker lays out the first view while the panels below are drawn.
  let mapHandle: MapHandle | null = null;
  try {
    mapHandle = createMap({
      container: el('map'),
      store,
      pack,
      index,
      reducedMotion: () => reducedMotion.matches,
      insets: mapInsets(el('map'), store, window),
    });
    handle.map = mapHandle.map;
    const created = mapHandle;
    disposers.push(() => created.dispose());
    void created.ready.then(() => {
      store.getState().setMapStatus('ready');
      resolveReady();
      // Corridor measurements (point in polygon along each line), one corridor per idle moment once the first
      // view is drawn, so that no card, table or tour step has to compute them while a reader waits.
      const pending = [...index.corridors.keys()];
      const measureNext = () => {
        const id = pending.shift();
        if (id === undefined) return;
        index.corridorMetrics.get(id);
        cancelMeasuring = inIdleTime(measureNext);
      };
      let cancelMeasuring = inIdleTime(measureNext);
      disposers.push(() => cancelMeasuring());
    });
  } catch (e) {
    const message = e instanceof Error ? ('statusMessage' in e && typeof e.statusMessage === 'string' && e.statusMessage) || e.message : String(e);
    store.getState().setMapStatus('unavailable', message);
    rejectReady(new Error(`map unavailable: ${message}`));
  }

  const version = el('app-version');
  disposers.push(
    store.subscribe(
      (s) => s.ui,
      () => (version.textContent = t('shell.version', { version: __APP_VERSION__ })),
      { fireImmediately: true },
    ),
  );
  const tabs = mountTabs(el('sidebar').querySelector<HTMLElement>('.tabs')!, store);
  const skipLink = document.querySelector<HTMLAnchorElement>('a.skip-link');
  // What shows the open story's content: mounted once, or again each time a draft being edited changes.
  const storyViews = (): Dispose[] => [
    mountSheet(el('sidebar'), el('sheet-bar'), store, index, window),
    mountSelectionCard(el('selection'), store, index, async () => (await import('./ui/cards/all.ts')).CARDS, firstViewDrawn),
    mountArticlePanel(el('panel-article'), store, index),
    // What the first view does not show loads once it is drawn, or as soon as it is shown (ui/lazy.ts).
    mountLater(
      async () => (await import('./ui/routes-panel.ts')).mountRoutesPanel(el('panel-routes'), store, index),
      shownOr(el('panel-routes'), firstViewDrawn),
    ),
    mountLater(
      async () => (await import('./ui/country-list.ts')).mountCountryList(el('country-list'), store, index),
      shownOr(el('panel-countries'), firstViewDrawn),
    ),
    mountLater(
      async () => (await import('./ui/bilateral-panel.ts')).mountBilateralPanel(el('bilateral'), store, index),
      shownOr(el('panel-countries'), firstViewDrawn),
    ),
    mountPresenter(presenterOptions(mapHandle)),
    mountLater(async () => (await import('./ui/print-view.ts')).mountPrintView(el('print-map'), store, index, mapHandle, window), firstViewDrawn),
    mountAnnouncer(el('announcer'), store, index),
    mountMeasureTool(el('measure-tool'), store, index, el('announcer')),
    // The quiz's code and style load the first time its tab is shown.
    mountLater(
      async () =>
        (await import('./ui/quiz-panel.ts')).mountQuizPanel(el('panel-quiz'), {
          store,
          index,
          packQuestions: pack.manifest?.questions ?? [],
          announcer: el('announcer'),
          window,
        }),
      shownOr(el('panel-quiz'), NEVER),
    ),
  ];
  let views = storyViews();
  disposers.push(
    tabs,
    ...(skipLink ? [mountSkipLink(skipLink, tabs.show)] : []),
    mountProblems(el('problems'), [...chosen.refusal, ...pack.problems], store),
    mountMapStatus(el('map-status'), store),
    mountLater(async () => (await import('./ui/update-prompt.ts')).mountUpdatePrompt(el('update-prompt'), store, { version: __APP_VERSION__ }), firstViewDrawn),
    mountKeys(window, store),
    mountSearchBox(el('search'), store, { index: () => index, announcer: el('announcer'), win: window }),
    () => {
      for (const d of views.splice(0).reverse()) d();
      disposeKey();
    },
  );

  if (editMode && editing) {
    disposers.push(
      editMode.mountEditing({
        win: window,
        store,
        editing,
        builtInBase,
        panel: el('panel-edit'),
        tab: el('tab-edit'),
        announcer: el('announcer'),
        index: () => index,
        show: (next) => {
          pack = next;
          showSettings();
          index = buildIndex(pack);
          mapHandle?.setContent(pack, index);
          for (const d of views.splice(0).reverse()) d();
          disposeKey();
          disposeKey = mountMapKey(el('map-key'), store, window);
          views = storyViews();
        },
      }),
    );
  }

  // Keys pressed before the app ran (held by the entry) go to the app's handlers now, in order.
  releaseEarlyKeys();
  return () => {
    for (const d of disposers.reverse()) d();
  };
}

const stopping = start();
if (import.meta.hot) {
  import.meta.hot.dispose(() => {
    void stopping.then((stop) => stop());
  });
}
