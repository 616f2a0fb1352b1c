// What of the map is covered, side by side, by the page's own overlays: the sheet on a phone (from its state and
// its known sizes, never by measuring it mid-move) and the key on the map. The map adapter adds these to its
// padding, so that what it frames (the first view, a selection, a tour step) is framed in the part left visible.
import type { AppStore } from '../state/store.ts';
import { SHEET_QUERY, sheetPx } from './sheet.ts';

export interface Insets {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

export function mapInsets(mapEl: HTMLElement, store: AppStore, win: Window = window): () => Insets {
  const doc = mapEl.ownerDocument;
  const sheetLayout = win.matchMedia(SHEET_QUERY);
  return () => {
    const s = store.getState();
    if (s.tour.active) return NO_INSETS; // the tour lays out the screen on its own
    let bottom = 0;
    if (sheetLayout.matches) {
      const header = doc.querySelector('.app-header')?.getBoundingClientRect().height ?? 0;
      // The map ends above the sheet's bar; a half or full sheet covers the map from there (framed as if half:
      // a full sheet is lowered to half by the selection that asks for a frame).
      const h = s.sheet === 'peek' ? 'peek' : 'half';
      bottom = Math.max(0, sheetPx(h, win.innerHeight, header) - sheetPx('peek', win.innerHeight, header));
    }
    let right = 0;
    let top = 0;
    const key = doc.getElementById('map-key');
    if (key && key.offsetParent !== null) {
      const m = mapEl.getBoundingClientRect();
      const k = key.getBoundingClientRect();
      // The key sits in the top right corner: padding is a band, so it keeps clear of the band (beside it or
      // below it) that takes the smaller share of the map.
      if (k.width > 0 && k.height > 0) {
        const beside = Math.max(0, m.right - k.left);
        const below = Math.max(0, k.bottom - m.top);
        if (beside / m.width <= below / m.height) right = beside;
        else top = below;
      }
    }
    return { top, right, bottom, left: 0 };
  };
}
