// On a phone (and a tablet held upright) the sidebar is a sheet over the bottom of the map, at one of three
// heights (store `sheet`): peek (its bar, with the title of what is selected), half, or full. It moves by its
// handle (drag it, or focus it and use the arrow keys: an ARIA slider), by its Less and More buttons, and a
// selection raises it to half (store.select). Its heights are SHEET_SIZES', written here into CSS variables, so
// that the map's camera (map-insets.ts) knows what the sheet covers without measuring a moving element.
import { html, nothing, render } from 'lit-html';
import { shallow } from 'zustand/vanilla/shallow';
import type { ContentIndex } from '../content/index.ts';
import { packText } from '../i18n/bind.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { SHEET_HEIGHTS, type AppStore, type SheetHeight } from '../state/store.ts';
import type { Dispose } from './mount.ts';

/** The layouts with a sheet (app-sheet.css has the same query). */
export const SHEET_QUERY = '(max-width: 600px), (max-width: 1023px) and (orientation: portrait)';

/** The sheet's heights: peek in px (its bar); half as a share of the window's height; full up to the header. */
export const SHEET_SIZES = { peekPx: 60, halfShare: 0.4 } as const;

const NAME: Record<SheetHeight, MessageKey> = { peek: 'shell.sheetPeek', half: 'shell.sheetHalf', full: 'shell.sheetFull' };

/** The sheet's height in px at `h`, for a window `winHeight` tall under a header `headerPx` tall. */
export function sheetPx(h: SheetHeight, winHeight: number, headerPx: number): number {
  if (h === 'peek') return SHEET_SIZES.peekPx;
  if (h === 'half') return Math.round(winHeight * SHEET_SIZES.halfShare);
  return winHeight - headerPx;
}

/** The height nearest to `px` (where a drag ends). */
export function nearestHeight(px: number, winHeight: number, headerPx: number): SheetHeight {
  let best: SheetHeight = 'peek';
  for (const h of SHEET_HEIGHTS) if (Math.abs(sheetPx(h, winHeight, headerPx) - px) < Math.abs(sheetPx(best, winHeight, headerPx) - px)) best = h;
  return best;
}

export function mountSheet(sidebar: HTMLElement, bar: HTMLElement, store: AppStore, index: ContentIndex, win: Window = window): Dispose {
  const doc = sidebar.ownerDocument;
  const root = doc.documentElement;
  root.style.setProperty('--sheet-peek', `${SHEET_SIZES.peekPx}px`);
  root.style.setProperty('--sheet-half', `${SHEET_SIZES.halfShare * 100}dvh`);
  const step = (by: 1 | -1) => {
    const i = SHEET_HEIGHTS.indexOf(store.getState().sheet) + by;
    const next = SHEET_HEIGHTS[Math.max(0, Math.min(SHEET_HEIGHTS.length - 1, i))]!;
    store.getState().setSheet(next);
  };
  const onKey = (e: KeyboardEvent) => {
    const to: Partial<Record<string, () => void>> = {
      ArrowUp: () => step(1),
      ArrowRight: () => step(1),
      ArrowDown: () => step(-1),
      ArrowLeft: () => step(-1),
      Home: () => store.getState().setSheet('peek'),
      End: () => store.getState().setSheet('full'),
    };
    const act = to[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  // Dragging: the sheet follows the pointer, then settles at the nearest height. A press without a move is a
  // click: it raises the sheet one height (from full, back to peek).
  let drag: { startY: number; startPx: number; moved: boolean; id: number } | null = null;
  const headerPx = () => doc.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag = { startY: e.clientY, startPx: sidebar.getBoundingClientRect().height, moved: false, id: e.pointerId };
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dy = drag.startY - e.clientY;
    if (!drag.moved && Math.abs(dy) < 6) return;
    drag.moved = true;
    sidebar.classList.add('is-dragging');
    sidebar.style.height = `${Math.max(SHEET_SIZES.peekPx, Math.min(win.innerHeight - headerPx(), drag.startPx + dy))}px`;
  };
  const onUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const { moved } = drag;
    drag = null;
    sidebar.classList.remove('is-dragging');
    if (!moved) {
      const s = store.getState().sheet;
      store.getState().setSheet(s === 'full' ? 'peek' : s === 'peek' ? 'half' : 'full');
      return;
    }
    const px = sidebar.getBoundingClientRect().height;
    sidebar.style.removeProperty('height');
    store.getState().setSheet(nearestHeight(px, win.innerHeight, headerPx()));
  };
  const onCancel = () => {
    drag = null;
    sidebar.classList.remove('is-dragging');
    sidebar.style.removeProperty('height');
  };

  // The name of what is selected is the pack's, marked with its language.
  const titleOf = () => {
    const id = store.getState().selected;
    const name = id && index.features.get(id)?.name;
    return name ? packText(name) : t('shell.sheetTitle');
  };
  const draw = () => {
    const { sheet } = store.getState();
    sidebar.dataset['sheet'] = sheet;
    root.style.setProperty('--header-h', `${Math.round(headerPx())}px`);
    const i = SHEET_HEIGHTS.indexOf(sheet);
    render(
      html`<div
          class="sheet-handle"
          role="slider"
          tabindex="0"
          aria-label=${t('shell.sheetHeight')}
          aria-orientation="vertical"
          aria-valuemin="0"
          aria-valuemax=${SHEET_HEIGHTS.length - 1}
          aria-valuenow=${i}
          aria-valuetext=${t(NAME[sheet])}
          @keydown=${onKey}
          @pointerdown=${onDown}
          @pointermove=${onMove}
          @pointerup=${onUp}
          @pointercancel=${onCancel}
        >
          <span class="sheet-grip" aria-hidden="true"></span>
          <span class="sheet-title">${titleOf()}</span>
        </div>
        <button type="button" class="sheet-button" aria-label=${t('shell.sheetLess')} ?disabled=${sheet === 'peek'} @click=${() => step(-1)}>
          <span aria-hidden="true">▾</span>
        </button>
        <button type="button" class="sheet-button" aria-label=${t('shell.sheetMore')} ?disabled=${sheet === 'full'} @click=${() => step(1)}>
          <span aria-hidden="true">▴</span>
        </button>`,
      bar,
    );
  };
  draw();
  const unsub = store.subscribe((s) => [s.sheet, s.selected, s.ui] as const, draw, { equalityFn: shallow });
  return () => {
    unsub();
    render(nothing, bar);
    delete sidebar.dataset['sheet'];
  };
}
