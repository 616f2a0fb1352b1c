// A pupil's measure (issue #18): the Measure toggle on the map and the readout panel, said through the page's announcer. Only the
// button and this mount are part of the first view; the readout (src/ui/measure-panel.ts) and the distances'
// code (src/analysis/measure.ts) load the first time the tool is turned on. The panel never touches the map: it
// sets the ends through the store, and the map's binding draws them.
import { html, nothing, render } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import { measuring } from '../state/measure-slice.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';
import { SHEET_QUERY } from './sheet.ts';
import '../styles/measure.css';

/** Every word the tool shows or says, in one place (for translations to come). */
export const MEASURE_STRINGS = {
  button: 'Measure',
  buttonTitle: 'Measure the distance between two places (Esc clears)',
  title: 'Measure a distance',
  hint: 'Click or tap two places on the map, or choose them here. Esc clears; Esc again puts the tool away.',
  from: 'From',
  to: 'To',
  choose: 'Choose a place',
  aPoint: (where: string) => `A point on the map (${where})`,
  point: (where: string) => `a point (${where})`,
  straight: 'Straight line',
  straightNote: 'over the Earth’s surface, as the crow flies',
  along: 'Along a route',
  alongItem: 'along',
  noRoute: 'No route on this map passes both ends.',
  atLeast: (km: string) => `at least ${km}`,
  schematic: (km: string) => `${km} of it drawn straight between towns (schematic): the real way is longer.`,
  infrastructure: 'The way itself',
  offLine: (name: string, km: string) => `${name} is ${km} from the route’s line: measured from the nearest point on it.`,
  approximate: (name: string, km: string | null) => (km ? `${name} is placed approximately (it may be up to ${km} away).` : `${name} is placed approximately.`),
  sources: 'Sources of the places and routes measured',
  clear: 'Clear',
  close: 'Put the tool away',
  loading: 'Measuring…',
  failed: 'The measure could not be loaded.',
  said: {
    on: 'Measure on: click or tap two places on the map, or choose them in the Measure panel.',
    off: 'Measure off.',
    cleared: 'Measure cleared.',
    first: (name: string) => `From ${name}: now choose the other end.`,
    result: (from: string, to: string, straight: string, routes: string) => `${from} to ${to}: ${straight} in a straight line. ${routes}`,
    along: (km: string, name: string, status: string) => `${km} along ${name} (${status}).`,
    noRoute: 'No route on this map passes both ends.',
  },
} as const;

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
  const S = MEASURE_STRINGS;
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
      html`<button type="button" class="measure-toggle" aria-pressed=${s.measure.on ? 'true' : 'false'} title=${S.buttonTitle} @click=${toggle}>
          <span class="measure-icon" aria-hidden="true"></span>${S.button}
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
    slot.textContent = S.loading;
    import('./measure-panel.ts').then(
      (m) => {
        loading = false;
        if (disposed) return;
        slot.textContent = '';
        panelDispose = m.mountMeasurePanel({ root: slot, store, index, say });
      },
      (e: unknown) => {
        loading = false;
        slot.textContent = S.failed;
        console.error('the measure could not be loaded', e);
      },
    );
  };

  const unsubDraw = store.subscribe((s) => [s.measure.on, s.tour.active, s.mapStatus] as const, draw, {
    equalityFn: (a, b) => a.every((x, i) => x === b[i]),
  });
  const unsubOn = store.subscribe(
    measuring,
    (on, was) => {
      // The panel goes; the keyboard goes on from the button that brings it back.
      const hadFocus = slot.contains(root.ownerDocument.activeElement);
      showPanel(on);
      if (hadFocus && !on) button.focus();
      if (on !== was && !store.getState().tour.active) say(on ? S.said.on : S.said.off);
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
