// The one wiring file: load content, create the store, mount the map, the panels and the URL sync.
import './styles/app.css';
import './styles/app-layout.css';
import './styles/app-panels.css';
import './styles/app-sheet.css';
import './styles/page-theme.ts';
import { buildIndex } from './content/index.ts';
import { setStory, DEFAULT_STORY, storyFromManifest } from './content/story.ts';
import { applyStoryColours } from './styles/tokens.ts';
import { deviceLibrary } from './packs/library.ts';
import { chooseStory, keepPack, storyUrl } from './packs/open.ts';
import { filesFromFolder, filesFromZipFile, readPackFiles } from './content/pack-reader.ts';
import { mountStoriesMenu, showStoryTitles } from './ui/stories-menu.ts';
import { createMap, prepareMap, type MapHandle } from './map/adapter.ts';
import { createAppStore, type AppStore } from './state/store.ts';
import { mountUrlSync } from './state/url-sync.ts';
import { inIdleTime } from './state/schedule.ts';
import { mountPrefsStorage, safeLocalStorage } from './state/prefs-storage.ts';
import { mountAnnouncer } from './ui/announcer.ts';
import { mountCountryList } from './ui/country-list.ts';
import { mountKeys } from './ui/keys.ts';
import { mountMapKey } from './ui/map-key.ts';
import { mountMapStatus } from './ui/map-status.ts';
import type { Dispose } from './ui/mount.ts';
import { mountProblems } from './ui/problems-panel.ts';
import { mountSelectionCard } from './ui/selection-card.ts';
import { corridorCard } from './ui/cards/corridor-card.ts';
import { countryCard } from './ui/cards/country-card.ts';
import { placeCard } from './ui/cards/place-card.ts';
import { riverCard } from './ui/cards/river-card.ts';
import { mountArticlePanel } from './ui/article-panel.ts';
import { mountBilateralPanel } from './ui/bilateral-panel.ts';
import { mountRoutesPanel } from './ui/routes-panel.ts';
import { mountSettings } from './ui/settings-panel.ts';
import { mountDocumentTheme } from './ui/document-theme.ts';
import { mountSkipLink } from './ui/skip-link.ts';
import { mountTabs } from './ui/tabs.ts';
import { mountHeaderMenu } from './ui/header-menu.ts';
import { mountSheet } from './ui/sheet.ts';
import { mapInsets } from './ui/map-insets.ts';
import { mountPrintView } from './ui/print-view.ts';
import { mountUpdatePrompt } from './ui/update-prompt.ts';
import { registerUpdates, restoreResumeStep } from './pwa/updates.ts';
import { mountPresenter, type PresenterOptions } from './present/presenter.ts';
import { isPresenterView } from './present/channel.ts';

/** The automation handle for tests and external checks (documented in ARCHITECTURE.md). */
export interface MekongHandle {
  readonly ready: Promise<void>;
  readonly store: AppStore;
  map: MapHandle['map'] | null;
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
  const handle: MekongHandle = { ready, store, map: null };
  window.mekong = handle;

  // The service worker (production builds only): offline use, and new versions offered, never forced.
  restoreResumeStep(store, window);
  const stopUpdates = import.meta.env.PROD ? registerUpdates(store, { window, scriptUrl: new URL('sw.js', document.baseURI).href }) : () => undefined;

  // The presenter view (a second window for the teacher's notes) draws no map: on a school laptop driving a
  // projector, a second map would draw every tour step again, unseen.
  const presenterView = isPresenterView(window);
  if (!presenterView) prepareMap(); // the map's workers start while the content loads
  // The story: the built-in pack, or a teacher's pack named in the address (?pack=, ?story=). It is chosen
  // before anything is drawn and stays for the page's life: switching story reloads the page.
  const library = deviceLibrary(window);
  const builtInBase = new URL('geo/', document.baseURI).href;
  const chosen = await chooseStory(window, { builtInBase, library });
  const pack = chosen.pack;
  const settings = pack.manifest ? storyFromManifest(pack.manifest) : DEFAULT_STORY;
  setStory(settings);
  applyStoryColours(settings);
  showStoryTitles(document, settings);
  const index = buildIndex(pack);
  const presenterOptions = (map: PresenterOptions['map']): PresenterOptions => ({ root: el('presenter'), store, index, window, map });
  if (presenterView) {
    rejectReady(new Error('the presenter view has no map'));
    const stopPresenter = mountPresenter(presenterOptions(null));
    return () => {
      stopPresenter();
      stopUpdates();
    };
  }
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const disposers: Dispose[] = [
    stopUpdates,
    // The key on the map before the map itself: the first view is framed clear of it.
    mountMapKey(el('map-key'), store, window),
    // Stored preferences first; a link's own state then wins over them. Both before the map, which opens on them.
    mountPrefsStorage(store, safeLocalStorage(window)),
    mountUrlSync(store, { window, isKnownId: index.isKnownId }),
  ];

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

  el('app-version').textContent = `Version ${__APP_VERSION__}`;
  const tabs = mountTabs(el('sidebar').querySelector<HTMLElement>('.tabs')!, store);
  const skipLink = document.querySelector<HTMLAnchorElement>('a.skip-link');
  disposers.push(
    tabs,
    ...(skipLink ? [mountSkipLink(skipLink, tabs.show)] : []),
    mountProblems(el('problems'), [...chosen.refusal, ...pack.problems]),
    mountHeaderMenu(el('header-menu-button') as HTMLButtonElement, el('header-tools')),
    mountSheet(el('sidebar'), el('sheet-bar'), store, index, window),
    mountStoriesMenu(el('stories'), window, {
      current: chosen.story,
      builtIn: chosen.builtIn,
      list: () => library.list(),
      open: (id) => window.location.assign(storyUrl(window, id)),
      remove: (id) => library.remove(id),
      importFiles: async (files) => {
        const zip = files.length === 1 && /\.zip$/i.test(files[0]!.name) ? files[0]! : null;
        const read = zip ? await filesFromZipFile(zip) : await filesFromFolder(files);
        return keepPack(readPackFiles(read), { builtInBase, library });
      },
    }),
    mountSelectionCard(el('selection'), store, index, {
      country: countryCard,
      corridor: corridorCard,
      place: placeCard,
      river: riverCard,
    }),
    mountArticlePanel(el('panel-article'), store, index),
    mountRoutesPanel(el('panel-routes'), store, index),
    mountCountryList(el('country-list'), store, index),
    mountBilateralPanel(el('bilateral'), store, index),
    mountSettings(el('settings'), store),
    mountDocumentTheme(document.documentElement, store),
    mountPresenter(presenterOptions(mapHandle)),
    mountPrintView(el('print-map'), store, index, mapHandle, window),
    mountAnnouncer(el('announcer'), store, index),
    mountMapStatus(el('map-status'), store),
    mountUpdatePrompt(el('update-prompt'), store, { version: __APP_VERSION__ }),
    mountKeys(window, store),
  );

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
