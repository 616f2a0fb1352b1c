// The benchmark's reference page: the same maplibre-gl as the explorer, drawing only the countries of geo/base
// (a fill and the country labels) with the explorer's own font-faces. Nothing else: no content pack, no
// store, no panels. `window.benchReference.ready` resolves at the map's first `idle`, like `window.mekong.ready`.
import { Map as MlMap, type ExpressionSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { fontFaces, initMapLibre } from '../../../src/map/init.ts';
import { FONT_BOLD, FONT_REGULAR } from '../../../src/map/style/ids.ts';

declare global {
  interface Window {
    benchReference?: { readonly ready: Promise<void>; readonly map: MlMap | null };
  }
}

// The explorer's first view (HOME_BOUNDS in src/analysis/framing.ts), copied so this page imports no app logic.
const HOME_BOUNDS: [number, number, number, number] = [99.8, 9.6, 109.2, 22.6];
// Scripts the explorer's map has fonts for: their native names are drawn, like the explorer's `lang=both`.
const MAP_LANGS = ['km', 'lo', 'th', 'vi'];

const container = document.getElementById('map');
if (!container) throw new Error('#map is missing');
// The bench sizes the map like the explorer's map (?w=&h=), so both draw the same number of pixels.
const params = new URLSearchParams(location.search);
container.style.width = params.has('w') ? `${Number(params.get('w'))}px` : '100vw';
container.style.height = params.has('h') ? `${Number(params.get('h'))}px` : '100vh';

const abs = (p: string) => new URL(p, document.baseURI).href;
const native: ExpressionSpecification = ['case', ['in', ['get', 'nativeLang'], ['literal', MAP_LANGS]], ['get', 'nameNative'], ''];
const labelText = [
  'format',
  ['get', 'name'],
  {},
  ['case', ['!=', native, ''], '\n', ''],
  {},
  native,
  { 'font-scale': 0.8, 'text-font': ['literal', [FONT_REGULAR]] },
] as unknown as ExpressionSpecification;

let resolveReady!: () => void;
let rejectReady!: (e: Error) => void;
const ready = new Promise<void>((res, rej) => {
  resolveReady = res;
  rejectReady = rej;
});
ready.catch(() => undefined);

let map: MlMap | null = null;
try {
  initMapLibre();
  const padding = Math.round(Math.min(container.clientWidth, container.clientHeight) * 0.06) + 8;
  map = new MlMap({
    container,
    bounds: HOME_BOUNDS,
    fitBoundsOptions: { padding },
    style: {
      version: 8,
      'font-faces': fontFaces(),
      sources: {
        countries: { type: 'geojson', data: abs('geo/base/countries.geojson'), promoteId: 'id' },
        'country-labels': { type: 'geojson', data: abs('geo/base/country-labels.geojson') },
      },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#cfe3ee' } },
        {
          id: 'countries-fill',
          type: 'fill',
          source: 'countries',
          paint: {
            'fill-color': ['match', ['get', 'role'], 'focus', '#f3e7c9', 'neighbour', '#ece6da', '#e4e0d8'],
            'fill-outline-color': '#8a9aa6',
          },
        },
        {
          id: 'country-labels',
          type: 'symbol',
          source: 'country-labels',
          layout: {
            'text-field': labelText,
            'text-font': [FONT_BOLD],
            'text-size': ['match', ['get', 'role'], 'focus', 17, 'neighbour', 14, 11],
            'text-max-width': 12,
            'text-line-height': 1.3,
            'symbol-sort-key': ['match', ['get', 'role'], 'focus', 0, 'neighbour', 1, 2],
          },
          paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
        },
      ],
    },
  });
  map.once('idle', () => resolveReady());
} catch (e) {
  rejectReady(e instanceof Error ? e : new Error(String(e)));
}
window.benchReference = { ready, map };
