// store → map: a pupil's measure (issue #18). The ends in the store are drawn as two dots, the straight line between
// them (a great circle) and the stretch along every route that passes both, into the measure source (style/measure.ts),
// only when they change. The distances and lines come from src/analysis/measure.ts, loaded the first time two ends
// are chosen. The map's click reaches the store through the pointer binding (`measureEndAt`), never from here.
import type { GeoJSONSource, Map as MlMap, PointLike } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type * as analysisModule from '../../analysis/measure.ts';
import type { ContentIndex } from '../../content/index.ts';
import { measureEnds, measuring, type MeasureEnd, type MeasureState } from '../../state/measure-slice.ts';
import type { AppStore } from '../../state/store.ts';
import { LAYER, SOURCE } from '../style/ids.ts';

type Analysis = typeof analysisModule;

/** How near (px) a click must come to a place to take the place itself; a finger is less precise than a mouse. */
export const NEAR_PLACE_PX = { mouse: 8, touch: 18 } as const;

/**
 * The end a click or tap at `point` makes: the nearest place drawn within `px` of it (at the place's own
 * coordinates), or else the point clicked.
 */
export function measureEndAt(map: MlMap, point: { x: number; y: number }, lngLat: { lng: number; lat: number }, index: ContentIndex, px: number): MeasureEnd {
  const box: [PointLike, PointLike] = [
    [point.x - px, point.y - px],
    [point.x + px, point.y + px],
  ];
  const layers = map.getLayer(LAYER.placesCircle) ? [LAYER.placesCircle] : [];
  let best: { id: string; at: [number, number]; d: number } | null = null;
  for (const hit of layers.length ? map.queryRenderedFeatures(box, { layers }) : []) {
    const id: unknown = hit.properties['id'];
    const place = typeof id === 'string' ? index.places.get(id) : undefined;
    if (!place) continue;
    const [lng, lat] = place.geometry.coordinates as [number, number];
    const p = map.project([lng, lat]);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= px * Math.SQRT2 && (!best || d < best.d)) best = { id: place.properties.id, at: [lng, lat], d };
  }
  if (best) return { lngLat: best.at, place: best.id as MeasureEnd['place'] };
  return { lngLat: [lngLat.lng, lngLat.lat], place: null };
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

function feature(properties: Record<string, string | boolean>, geometry: Geometry): Feature {
  return { type: 'Feature', properties, geometry };
}

/** What the measure source draws: the ends so far, and with both, the line and the stretches along routes. */
export function measureFeatures(m: MeasureState, index: ContentIndex, analysis: Analysis | null): FeatureCollection {
  const features: Feature[] = [];
  const both = measureEnds(m);
  if (both && analysis) {
    const r = analysis.measure(index, both[0], both[1]);
    for (const s of r.routes)
      features.push(feature({ role: 'route', id: s.corridor, working: s.working }, { type: 'LineString', coordinates: s.coords.map((c) => [c[0]!, c[1]!]) }));
    features.push(feature({ role: 'line', id: 'line' }, { type: 'LineString', coordinates: r.line.map((c) => [c[0]!, c[1]!]) }));
  }
  m.ends.forEach((e, i) => {
    if (e) features.push(feature({ role: 'end', id: `end-${i}` }, { type: 'Point', coordinates: [e.lngLat[0], e.lngLat[1]] }));
  });
  return features.length ? { type: 'FeatureCollection', features } : EMPTY;
}

const NONE: MeasureState = { on: false, ends: [] };

export function bindMeasure(map: MlMap, store: AppStore, index: () => ContentIndex): () => void {
  const canvas = map.getCanvas();
  let analysis: Analysis | null = null;
  let loading: Promise<void> | null = null;
  let disposed = false;
  const shown = (s: ReturnType<AppStore['getState']>): MeasureState => (measuring(s) ? s.measure : NONE);

  const draw = () => {
    if (disposed) return;
    const m = shown(store.getState());
    if (measureEnds(m) && !analysis) {
      // The distances' code, on first use; drawn again once it is here (with the ends as they are then).
      loading ??= import('../../analysis/measure.ts').then((a) => {
        analysis = a;
        draw();
      });
    }
    const source = map.getSource<GeoJSONSource>(SOURCE.measure);
    // Before the whole style is applied (the first view has no measure source), draw once it is.
    if (!source) return void map.once('idle', draw);
    void source.setData(measureFeatures(m, index(), analysis));
  };

  const unsubEnds = store.subscribe(shown, draw, { fireImmediately: true });
  const unsubCursor = store.subscribe(measuring, (on) => (canvas.style.cursor = on ? 'crosshair' : ''), { fireImmediately: true });
  return () => {
    disposed = true;
    unsubEnds();
    unsubCursor();
  };
}
