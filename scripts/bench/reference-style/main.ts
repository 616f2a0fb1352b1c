// The benchmark's first-view-style reference: the same maplibre-gl as the explorer drawing style.json, the
// explorer's own first-view style and data (made at build time, see vite.config.ts), with no app code: no content
// pack read or validated, no store, no panels. The map is sized (?w=&h=) and placed (?lng=&lat=&zoom=) as the
// explorer's map is at its first idle, and given the explorer's MapLibre options that change what MapLibre does
// (no style validation, no multisampling), so that what differs between the two is the app.
// `window.benchReference.ready` resolves at the map's first `idle`, like `window.mekong.ready`.
import { Map as MlMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

declare global {
  interface Window {
    benchReference?: { readonly ready: Promise<void>; readonly map: MlMap | null };
  }
}

const container = document.getElementById('map');
if (!container) throw new Error('#map is missing');
const params = new URLSearchParams(location.search);
const num = (name: string, fallback: number) => (params.has(name) ? Number(params.get(name)) : fallback);
container.style.width = params.has('w') ? `${num('w', 0)}px` : '100vw';
container.style.height = params.has('h') ? `${num('h', 0)}px` : '100vh';

const abs = (p: string) => new URL(p, document.baseURI).href;

/** The style's files are named relative to this page: MapLibre fetches them from its worker, which needs full URLs. */
function withFullUrls(style: StyleSpecification): StyleSpecification {
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, s]) => [id, s.type === 'geojson' && typeof s.data === 'string' ? { ...s, data: abs(s.data) } : s]),
  );
  const faces = Object.fromEntries(
    Object.entries(style['font-faces'] ?? {}).map(([name, list]) => [
      name,
      (Array.isArray(list) ? list : [list]).map((f) => (typeof f === 'string' ? abs(f) : { ...f, url: abs(f.url) })),
    ]),
  );
  return { ...style, sources, 'font-faces': faces } as StyleSpecification;
}

let resolveReady!: () => void;
let rejectReady!: (e: Error) => void;
const ready = new Promise<void>((res, rej) => {
  resolveReady = res;
  rejectReady = rej;
});
ready.catch(() => undefined);
const handle: { ready: Promise<void>; map: MlMap | null } = { ready, map: null };
window.benchReference = handle;

setWorkerUrl(abs(workerUrl));
fetch(abs('style.json'))
  .then((r) => {
    if (!r.ok) throw new Error(`style.json: HTTP ${r.status}`);
    return r.json() as Promise<StyleSpecification>;
  })
  .then((style) => {
    const map = new MlMap({
      container,
      style: withFullUrls(style),
      center: [num('lng', 104.5), num('lat', 16.1)],
      zoom: num('zoom', 4.5),
      validateStyle: false,
      canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
    });
    handle.map = map;
    map.once('idle', () => resolveReady());
  })
  .catch((e: unknown) => rejectReady(e instanceof Error ? e : new Error(String(e))));
