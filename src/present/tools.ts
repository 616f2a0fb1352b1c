// The tour's tools on the stage: a picture of the map, the printed handout, a link to the step, the presenter
// view's window and full screen. They ask the map only through its narrow handle (`MapTools`: capture, whenIdle,
// attribution), move the tour only through the store, and report what happened in the stage's status line.
import type { ContentIndex } from '../content/index.ts';
import type { TourFile } from '../content/schema.ts';
import { t } from '../i18n/index.ts';
import { revealedCorridors, revealedUpTo } from '../state/selectors.ts';
import type { AppStore } from '../state/store.ts';
import { THEME_TOKENS } from '../styles/tokens.ts';
import { presenterViewUrl, stepLinkUrl } from './channel.ts';
import { renderHandout, type HandoutPage } from './handout.ts';
import { composeMapImage, downloadPng, type ImageParts } from './image.ts';
import type { MapTools } from './presenter.ts';
import { scaleBar, stepLabel } from './tour.ts';
import { legendItems } from './views.ts';

/** What the stage shows besides the tour's session: the view's own state, never shared with other windows. */
export interface StageLocal {
  readonly showNotes: boolean;
  readonly status: string;
  /** A link to copy by hand when the clipboard refused it. */
  readonly copyFallback: string | null;
  /** A link to the presenter view when the browser blocked the new window. */
  readonly presenterLink: string | null;
  /** Work in progress that hides the screen (preparing the handout); keys wait meanwhile. */
  readonly busy: string | null;
  /** The step whose frame has been asked of the map (-1 while the layout is still changing on entering). */
  readonly framed: number;
}

export const STAGE_START: StageLocal = { showNotes: false, status: '', copyFallback: null, presenterLink: null, busy: null, framed: -1 };

export interface ToolsContext {
  readonly doc: Document;
  readonly win: Window;
  readonly store: AppStore;
  readonly index: ContentIndex;
  readonly tour: TourFile;
  readonly map: MapTools | null;
  readonly handoutEl: HTMLElement;
  readonly stage: () => StageLocal;
  /** Changes the stage's state and redraws it. */
  readonly setStage: (patch: Partial<StageLocal>) => void;
  /** The tour is still shown (not left, not unmounted). */
  readonly live: () => boolean;
  readonly afterLayout: () => Promise<void>;
  /** The map has finished what it was asked to do; never waits for ever. */
  readonly settle: () => Promise<void>;
  /** Asks the map to frame the current step again. */
  readonly reframe: () => void;
  readonly markedAt: (step: number) => ReadonlySet<string>;
}

export function tourTools(c: ToolsContext) {
  const { doc, win, store, index, tour } = c;
  const count = tour.steps.length;
  const say = (status: string) => c.setStage({ status });
  const current = () => store.getState().tour.step;
  let enteredFullscreen = false;

  const imageParts = (n: number, withBands: boolean): ImageParts => {
    const s = store.getState();
    const theme = THEME_TOKENS[s.theme];
    const drawn = revealedCorridors(s) ?? [...index.corridors.keys()];
    const scale = s.view ? scaleBar(s.view.center[1], s.view.zoom, 120) : null;
    return {
      title: withBands ? (tour.steps[n]?.title ?? null) : null,
      kicker: withBands ? t('present.imageKicker', { title: tour.title, step: stepLabel(n, count) }) : null,
      legend: withBands ? legendItems(drawn, index, theme) : null,
      scale: scale ? { px: scale.px, label: scale.label } : null,
      attribution: c.map?.attribution ?? '',
      theme,
    };
  };

  // From the store, not `capture()`: capturing redraws the whole map.
  const map = () => (store.getState().mapStatus !== 'unavailable' ? c.map : null);

  const saveImage = async () => {
    const m = map();
    if (c.stage().busy) return;
    if (!m) return say(t('present.noMapForImage'));
    say(t('present.preparingImage'));
    await c.settle();
    if (!c.live()) return;
    const canvas = m.capture();
    const n = current();
    try {
      const image = composeMapImage(doc, canvas, imageParts(n, true));
      await downloadPng(doc, image, `mekong-tour-step-${String(n + 1).padStart(2, '0')}.png`);
      say(t('present.imageSaved', { step: stepLabel(n, count) }));
    } catch {
      say(t('present.imageFailed'));
    }
  };

  /** Steps through the tour behind a cover, one picture per step, then lays out the pages. */
  const prepareHandout = async (): Promise<boolean> => {
    const m = map();
    if (c.stage().busy) return false;
    if (!m) {
      say(t('present.noMapForHandout'));
      return false;
    }
    const back = current();
    const pages: HandoutPage[] = [];
    try {
      for (let n = 1; n < count; n++) {
        c.setStage({ busy: t('present.preparingHandout', { step: n + 1, count }) });
        if (current() !== n) store.getState().goToStep(n);
        else c.reframe();
        await c.afterLayout();
        await c.settle();
        if (!c.live()) return false;
        pages.push({
          step: n,
          image: composeMapImage(doc, m.capture(), imageParts(n, false), 1600),
          legend: legendItems(revealedUpTo(store.getState().tourReveals, n), index, THEME_TOKENS[store.getState().theme]),
          marked: c.markedAt(n),
        });
      }
    } finally {
      if (c.live() && current() !== back) store.getState().goToStep(back);
      c.setStage({ busy: null });
    }
    renderHandout(c.handoutEl, tour, index, pages, m.attribution);
    doc.body.classList.add('has-handout');
    return true;
  };

  const printHandout = async () => {
    if (!(await prepareHandout())) return;
    say(t('present.handoutReady'));
    await c.afterLayout();
    if (c.live()) win.print();
  };

  const copyLink = async () => {
    const url = stepLinkUrl(win);
    try {
      await win.navigator.clipboard.writeText(url);
      c.setStage({ copyFallback: null, status: t('present.linkCopied', { step: stepLabel(current(), count) }) });
    } catch {
      c.setStage({ copyFallback: url, status: t('present.copyRefused') });
    }
  };

  const openPresenter = () => {
    const url = presenterViewUrl(win, store.getState().ui);
    const opened = win.open(url, 'mekong-presenter', 'popup=yes,width=1100,height=760');
    c.setStage({
      presenterLink: opened ? null : url,
      status: t(opened ? 'present.presenterOpened' : 'present.popupBlocked'),
    });
  };

  const toggleFullscreen = () => {
    if (doc.fullscreenElement) {
      void doc.exitFullscreen().catch(() => undefined);
      return;
    }
    // Some browsers (older Safari on an iPad) have no Fullscreen API on the page at all.
    const root = doc.documentElement as HTMLElement & { requestFullscreen?: HTMLElement['requestFullscreen'] };
    if (typeof root.requestFullscreen !== 'function') return say(t('present.noFullScreen'));
    root.requestFullscreen().then(
      () => {
        enteredFullscreen = true;
      },
      () => say(t('present.fullScreenRefused')),
    );
  };

  /** On leaving the tour: full screen ends if the tour asked for it. */
  const leaveFullscreen = () => {
    if (enteredFullscreen && doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
    enteredFullscreen = false;
  };

  return {
    saveImage: () => void saveImage(),
    printHandout: () => void printHandout(),
    copyLink: () => void copyLink(),
    openPresenter,
    toggleFullscreen,
    leaveFullscreen,
  };
}
