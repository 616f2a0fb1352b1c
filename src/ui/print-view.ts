// The explorer printed as it is shown (Ctrl+P): on A4 landscape, a picture of the map as it is now, with its
// key, scale and credits drawn in (the same picture as the tour's "Save map image"), beside the selected card.
// The map's canvas keeps no drawing buffer, so the picture is taken as the browser asks to print, in the same
// task; the tour's handout, when it is the one printed, brings its own pictures.
import '../styles/app-print.css';
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';
import type { Dispose } from './mount.ts';
import { printPicture } from './print-picture.ts';
import { ensurePart } from '../i18n/index.ts';

// The printed map's legend and scale use the tour's words (present/tour.ts).
await ensurePart('present');

export interface PrintMap {
  capture(): HTMLCanvasElement;
  readonly attribution: string;
}

export function mountPrintView(figure: HTMLElement, store: AppStore, index: ContentIndex, map: PrintMap | null, win: Window = window): Dispose {
  const doc = figure.ownerDocument;
  // The page's size for the explorer only: a constructed sheet (no inline style, which the CSP forbids), adopted
  // while it prints. Chromium does not honour a named @page for a PDF, so the handout's portrait rule would win.
  const landscape = new CSSStyleSheet();
  landscape.replaceSync('@page { size: A4 landscape; margin: 10mm; }');
  const setLandscape = (on: boolean) => {
    const others = doc.adoptedStyleSheets.filter((s) => s !== landscape);
    doc.adoptedStyleSheets = on ? [...others, landscape] : others;
  };
  const before = () => {
    figure.replaceChildren();
    if (doc.body.classList.contains('has-handout')) return;
    setLandscape(true);
    const s = store.getState();
    if (!map || s.mapStatus !== 'ready') return;
    figure.append(printPicture(doc, s, index, map.capture(), map.attribution));
  };
  const after = () => {
    figure.replaceChildren();
    setLandscape(false);
  };
  win.addEventListener('beforeprint', before);
  win.addEventListener('afterprint', after);
  return () => {
    win.removeEventListener('beforeprint', before);
    win.removeEventListener('afterprint', after);
    after();
  };
}
