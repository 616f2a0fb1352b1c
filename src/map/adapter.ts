// The one map adapter: creates the MapLibre map from the store's state and binds the two together.
// Everything it starts is stopped by dispose(), ending with map.remove().
import { Map as MlMap, AttributionControl, NavigationControl, ScaleControl, prewarm, type PaddingOptions } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { story } from '../content/story.ts';
import { t } from '../i18n/index.ts';
import type { ContentIndex } from '../content/index.ts';
import type { ContentPack } from '../content/load.ts';
import { sourceData } from './data.ts';
import type { AppStore } from '../state/store.ts';
import { bindCamera } from './bindings/camera.ts';
import { bindFeatureState } from './bindings/feature-state.ts';
import { bindGpuPacing } from './bindings/gpu-pacing.ts';
import { bindPointer } from './bindings/pointer.ts';
import { bindStyle, styleState, type BaseStyleOptions } from './bindings/style.ts';
import { fontFaces, initMapLibre, preloadFirstViewFonts } from './init.ts';
import { LATER_SOURCES } from './style/ids.ts';
import { buildStyle, withoutSources } from './style/index.ts';
import { inIdleTime } from '../state/schedule.ts';
import { mountLater } from '../ui/lazy.ts';

declare const __TEST_BUILD__: boolean;

export interface MapHandle {
  readonly map: MlMap;
  /** Resolves when the map has drawn everything once (its first `idle`). */
  readonly ready: Promise<void>;
  /**
   * The map's canvas, just redrawn synchronously: the caller copies it in the same task (the drawing buffer is
   * not kept, see `canvasContextAttributes`).
   */
  capture(): HTMLCanvasElement;
  /** Resolves when the map has finished what it was last asked to do (camera, tiles, style). */
  whenIdle(): Promise<void>;
  /** The credit the map shows for its data (its attribution control), for pictures taken of it. */
  readonly attribution: string;
  /** What the map shows now: west, south, east, north. */
  bounds(): readonly [number, number, number, number];
  /**
   * Draws another version of the open pack (a draft being edited): its places, routes and settings. Only the
   * sources whose data changed are sent to the map; the view, the theme and the feature-state are kept.
   */
  setContent(pack: ContentPack, index: ContentIndex): void;
  dispose(): void;
}

/** Scripts the map has fonts for (see init.ts). Burmese and Chinese names stay in English on the map. */
export const MAP_LANGS = ['km', 'lo', 'th', 'vi'] as const;

export const ATTRIBUTION = 'Made with Natural Earth · GeoNames (CC BY 4.0) · © OpenStreetMap contributors (ODbL)';

export interface MapOptions {
  readonly container: HTMLElement;
  readonly store: AppStore;
  readonly pack: ContentPack;
  readonly index: ContentIndex;
  readonly reducedMotion: () => boolean;
  /** What the page's overlays (a phone's sheet, the key) cover of the map, side by side: framing keeps clear of it. */
  readonly insets?: () => { top: number; right: number; bottom: number; left: number };
}

/**
 * Starts MapLibre's web workers (fetching and compiling the worker script) and the download of the first view's
 * fonts while the content pack is still loading, instead of after it: call once, as early as possible.
 */
export function prepareMap(): void {
  initMapLibre();
  prewarm();
  preloadFirstViewFonts();
}

/** Creates the map. Throws where WebGL2 is unavailable (MapLibre's GPUInitializationError). */
export function createMap(o: MapOptions): MapHandle {
  initMapLibre();
  const { store } = o;
  let { pack, index } = o;
  const s = store.getState();
  const data = sourceData(pack);
  let base: BaseStyleOptions = {
    fontFaces: fontFaces(),
    mapLangs: MAP_LANGS,
    data,
    attribution: ATTRIBUTION,
  };
  const padding = (): Required<PaddingOptions> => {
    const p = Math.round(Math.min(o.container.clientWidth, o.container.clientHeight) * 0.06) + 8;
    const i = o.insets?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
    return { top: p + i.top, right: p + i.right, bottom: p + i.bottom, left: p + i.left };
  };
  const map = new MlMap({
    container: o.container,
    // The first view, without the base map's detail (see LATER_SOURCES).
    style: withoutSources(buildStyle({ ...base, ...styleState(s) }), LATER_SOURCES),
    ...(s.view ? { center: [s.view.center[0], s.view.center[1]] as [number, number], zoom: s.view.zoom } : firstView(story().firstView, padding())),
    minZoom: 3,
    maxZoom: 12,
    // The camera stays inside the data (the pack's extent): no view shows where it ends.
    maxBounds: maxBoundsOf(story().extent),
    // The style is typed data, checked against the style specification by the unit tests in every theme and
    // variant: MapLibre need not validate it again on the reader's machine (tens of ms at start and per change).
    validateStyle: false,
    // The canvas follows its container through bindGpuPacing, which waits for the GPU first.
    trackResize: false,
    attributionControl: false,
    fadeDuration: __TEST_BUILD__ ? 0 : 300,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // MapLibre's defaults: no multisampling (lines and fill edges are already smoothed by the shaders, and a
    // software renderer pays for every sample; see docs/PERFORMANCE.md) and no preserved drawing buffer (an image
    // is taken right after a synchronous redraw instead, see `capture` below).
    canvasContextAttributes: { preserveDrawingBuffer: false, antialias: false },
    cooperativeGestures: false,
    locale: mapLibreLocale(),
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  let zoom = new NavigationControl({ showCompass: false });
  let scale = new ScaleControl({ unit: 'metric' });
  map.addControl(zoom, 'top-left');
  map.addControl(scale, 'bottom-left');
  // Full attribution; MapLibre folds it into an (i) button on maps narrower than 640 px (phones), but shows it
  // open at first: it is folded once the first view is drawn (below), or it would cover the south of the story.
  map.addControl(new AttributionControl(), 'bottom-right');
  // A change of the interface's language. MapLibre has no call to change its words once the map is made: it reads
  // them from its table when a control is added (and the scale's unit at each move). The table is set again, the
  // zoom buttons and the scale are added again, and the credit's button and the canvas are renamed where they are
  // (the credit added again would open again, over the map).
  const relabel = () => {
    map._locale = { ...map._locale, ...mapLibreLocale() };
    map.removeControl(zoom).removeControl(scale);
    zoom = new NavigationControl({ showCompass: false });
    scale = new ScaleControl({ unit: 'metric' });
    map.addControl(zoom, 'top-left').addControl(scale, 'bottom-left');
    for (const el of o.container.querySelectorAll('.maplibregl-ctrl-attrib-button')) {
      el.setAttribute('title', t('shell.mapToggleCredits'));
      el.setAttribute('aria-label', t('shell.mapToggleCredits'));
    }
    map.getCanvas().setAttribute('aria-label', t('shell.mapCanvas'));
  };

  const disposers: Array<() => void> = [bindGpuPacing(map), store.subscribe((st) => st.ui, relabel)];
  // The bindings that read the pack's index: made again when another version of the pack is drawn.
  let contentBindings: Array<() => void> | null = null;
  const bindContent = () => [
    bindFeatureState(map, store, index),
    bindPointer(map, store, index),
    bindCamera(map, store, index, { reducedMotion: o.reducedMotion, padding, sheetCovers: () => (o.insets?.().bottom ?? 0) > 0 }),
  ];
  let style: ReturnType<typeof bindStyle> | null = null;
  const ready = new Promise<void>((resolve) => {
    map.once('idle', () => {
      const afterFirstView = new Promise<void>((done) => inIdleTime(done));
      contentBindings = bindContent();
      style = bindStyle(map, store, () => base);
      disposers.push(
        () => contentBindings?.splice(0).forEach((d) => d()),
        // The whole style, now that the first view is drawn: it adds the base map's detail (see LATER_SOURCES).
        style,
        // What the first view does not show, loaded in the first idle moment after it (ui/lazy.ts; a test waits
        // for them with `settled()`): the tour's arrows, the tour's pen (the ink of the step shown, and drawing
        // while a tool is in hand), and a pupil's measure (its ends, the straight line and the stretch along a route).
        mountLater(
          async () => (await import('./bindings/tour-animation.ts')).bindTourAnimation(map, store, { reducedMotion: o.reducedMotion }),
          afterFirstView,
        ),
        mountLater(async () => (await import('./bindings/ink.ts')).bindInk(map, store), afterFirstView),
        mountLater(async () => (await import('./bindings/measure.ts')).bindMeasure(map, store, () => index), afterFirstView),
      );
      // MapLibre measures the map for its credit before the page is laid out: set it again from the map's width.
      const credit = o.container.querySelector('.maplibregl-ctrl-attrib');
      if (o.container.clientWidth > 640) credit?.classList.remove('maplibregl-compact', 'maplibregl-compact-show');
      else credit?.classList.remove('maplibregl-compact-show');
      // A link with a selection but no view opens framed on the selection; otherwise the first view is
      // stored too (so the URL carries it once the user moves).
      const { view, selected } = store.getState();
      if (!view && selected) store.getState().select(selected, { frame: true });
      else if (!view) {
        const c = map.getCenter();
        store.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom() }, 'map');
      }
      resolve();
    });
  });

  return {
    map,
    ready,
    capture() {
      map.redraw();
      return map.getCanvas();
    },
    whenIdle: () =>
      new Promise<void>((done) => {
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
    // The one source that carries it (style/index.ts): what the attribution control shows.
    attribution: ATTRIBUTION,
    bounds() {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    setContent(nextPack, nextIndex) {
      [pack, index] = [nextPack, nextIndex];
      base = { ...base, data: sourceData(pack) };
      map.setMaxBounds(maxBoundsOf(story().extent));
      if (!contentBindings || !style) return; // bound at the first idle, with the content as it is then
      for (const d of contentBindings.splice(0)) d();
      contentBindings.push(...bindContent());
      style.refresh();
    },
    dispose() {
      for (const d of disposers.splice(0)) d();
      map.remove();
    },
  };
}

/** MapLibre's own words (its controls' names, the scale's units) in the interface's language. */
function mapLibreLocale(): Record<string, string> {
  return {
    'Map.Title': t('shell.mapCanvas'),
    'NavigationControl.ZoomIn': t('shell.mapZoomIn'),
    'NavigationControl.ZoomOut': t('shell.mapZoomOut'),
    'NavigationControl.ResetBearing': t('shell.mapResetNorth'),
    'AttributionControl.ToggleAttribution': t('shell.mapToggleCredits'),
    'ScaleControl.Kilometers': t('shell.mapKilometres'),
    'ScaleControl.Meters': t('shell.mapMetres'),
  };
}

/** The map's first view from the pack: a box to fit, or a centre and zoom. */
function firstView(
  v: ReturnType<typeof story>['firstView'],
  padding: PaddingOptions,
): { bounds: [number, number, number, number]; fitBoundsOptions: { padding: PaddingOptions } } | { center: [number, number]; zoom: number } {
  return 'bounds' in v ? { bounds: [...v.bounds], fitBoundsOptions: { padding } } : { center: [v.center[0], v.center[1]], zoom: v.zoom };
}

/**
 * The pack's extent, within the world: MapLibre keeps the whole view inside it (zooming in if need be), so the veil
 * beyond the data is never in view. The built-in pack's data reaches well beyond where its story happens, so that a
 * wide screen or a framed country still has data to its edges.
 */
function maxBoundsOf(e: readonly [number, number, number, number]): [[number, number], [number, number]] {
  return [
    [Math.max(-180, e[0]), Math.max(-85, e[1])],
    [Math.min(180, e[2]), Math.min(85, e[3])],
  ];
}
