// A pupil's measure (issue #18): the Measure toggle on the map and the readout panel, said through the page's announcer. Only the
// button and this mount are part of the first view; the readout (src/ui/measure-panel.ts) and the distances'
// code (src/analysis/measure.ts) load the first time the tool is turned on. The panel never touches the map: it
// sets the ends through the store, and the map's binding draws them.
import { html, nothing, render } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { t } from '../i18n/index.ts';
import { measuring } from '../state/measure-slice.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';
import { SHEET_QUERY } from './sheet.ts';
import '../styles/measure.css';

export interface MeasurePanelOptions {
  readonly root: HTMLElement;
  readonly store: AppStore;
  readonly index: ContentIndex;
  /** Says a change to screen readers (the page's one polite live region, #announcer). */
  readonly say: (text: string) => void;
}

/**
 * Mounts the tool into `root` (index.html's `#measure-tool`, in the map region): the toggle, shown outside the tour
 * only, and the readout while the tool is on.
 */
export function mountMeasureTool(root: HTMLElement, store: AppStore, index: ContentIndex, announcer: HTMLElement): Dispose {
  let panelDispose: Dispose | null = null;
  let loading = false;
  let disposed = false;
  const toggle = () => {
    const s = store.getState();
    // On a phone the readout sits above the sheet's title: the sheet goes down so that the map is free for the taps.
    if (!s.measure.on && s.sheet !== 'peek' && root.ownerDocument.defaultView?.matchMedia(SHEET_QUERY).matches) s.setSheet('peek');
    s.setMeasureOn(!s.measure.on);
  };
  const draw = () => {
    const s = store.getState();
    root.hidden = s.tour.active || s.mapStatus === 'unavailable';
    render(
      html`<button
          type="button"
          class="measure-toggle"
          aria-pressed=${s.measure.on ? 'true' : 'false'}
          title=${t('pupils.measureButtonTitle')}
          @click=${toggle}
        >
          <span class="measure-icon" aria-hidden="true"></span>${t('pupils.measureButton')}
        </button>
        <div class="measure-slot"></div>`,
      root,
    );
  };
  draw();
  const slot = root.querySelector<HTMLElement>('.measure-slot')!;
  const button = root.querySelector<HTMLButtonElement>('.measure-toggle')!;
  const say = (text: string) => {
    announcer.textContent = text;
  };

  const showPanel = (on: boolean) => {
    slot.hidden = !on;
    if (!on || panelDispose || loading) return;
    loading = true;
    slot.textContent = t('pupils.measureLoading');
    import('./measure-panel.ts').then(
      (m) => {
        loading = false;
        if (disposed) return;
        slot.textContent = '';
        panelDispose = m.mountMeasurePanel({ root: slot, store, index, say });
      },
      (e: unknown) => {
        loading = false;
        slot.textContent = t('pupils.measureFailed');
        console.error('the measure could not be loaded', e);
      },
    );
  };

  const unsubDraw = store.subscribe((s) => [s.measure.on, s.tour.active, s.mapStatus, s.ui] as const, draw, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  const unsubOn = store.subscribe(
    measuring,
    (on, was) => {
      // The panel goes; the keyboard goes on from the button that brings it back.
      const hadFocus = slot.contains(root.ownerDocument.activeElement);
      showPanel(on);
      if (hadFocus && !on) button.focus();
      if (on !== was && !store.getState().tour.active) say(on ? t('pupils.measureSaidOn') : t('pupils.measureSaidOff'));
    },
    { fireImmediately: true },
  );

  return () => {
    disposed = true;
    unsubDraw();
    unsubOn();
    panelDispose?.();
    render(nothing, root);
    root.hidden = true;
  };
}
