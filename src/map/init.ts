// One-time MapLibre setup: the worker URL and the self-hosted label fonts. Nothing here is fetched from the web.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import viet400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import viet700 from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff2?url';
import khmer400 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import khmer700 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2?url';
import lao400 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2?url';
import lao700 from '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-700-normal.woff2?url';
import thai400 from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';
import thai700 from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-700-normal.woff2?url';
import type { FontFacesSpecification } from 'maplibre-gl';
import { FONT_BOLD, FONT_REGULAR } from './style/ids.ts';

let workerSet = false;
export function initMapLibre(): void {
  if (workerSet) return;
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  workerSet = true;
}

// Unicode ranges as @fontsource declares them. The catch-all Latin file comes last.
const KHMER = ['U+1780-17FF', 'U+19E0-19FF', 'U+200C-200D', 'U+25CC'];
const LAO = ['U+0E81-0EDF', 'U+200C-200D', 'U+25CC'];
const THAI = ['U+02D7', 'U+0303', 'U+0331', 'U+0E01-0E5B', 'U+200C-200D', 'U+25CC'];
const VIET = [
  'U+0102-0103',
  'U+0110-0111',
  'U+0128-0129',
  'U+0168-0169',
  'U+01A0-01A1',
  'U+01AF-01B0',
  'U+0300-0301',
  'U+0303-0304',
  'U+0308-0309',
  'U+0323',
  'U+0329',
  'U+1EA0-1EF9',
  'U+20AB',
];

const abs = (u: string) => new URL(u, document.baseURI).href;

export function fontFaces(): FontFacesSpecification {
  const stack = (khmer: string, lao: string, thai: string, viet: string, latin: string) => [
    { url: abs(khmer), 'unicode-range': KHMER },
    { url: abs(lao), 'unicode-range': LAO },
    { url: abs(thai), 'unicode-range': THAI },
    { url: abs(viet), 'unicode-range': VIET },
    { url: abs(latin) },
  ];
  return {
    [FONT_REGULAR]: stack(khmer400, lao400, thai400, viet400, latin400),
    [FONT_BOLD]: stack(khmer700, lao700, thai700, viet700, latin700),
  };
}

/**
 * Starts downloading the font files the first view's labels use (Latin in both weights; Vietnamese, Khmer, Lao
 * and Thai for the native names, regular), so that they are in the HTTP cache when the map asks for them.
 * Otherwise the map asks only once its first tiles are laid out, and waits for them then.
 */
export function preloadFirstViewFonts(): void {
  for (const url of [latin400, latin700, viet400, khmer400, lao400, thai400]) {
    void fetch(abs(url))
      .then((r) => r.arrayBuffer())
      .catch(() => undefined); // the map reports a font it cannot load
  }
}
