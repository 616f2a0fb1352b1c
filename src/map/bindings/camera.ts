// The camera: frame what the store asks for, follow views set from outside (URL, back/forward), and report
// the map's own moves to the store tagged as the map's, so they are never echoed back.
import type { Map as MlMap } from 'maplibre-gl';
import { boundsOf, clipBounds } from '../../analysis/framing.ts';
import type { ContentIndex } from '../../content/index.ts';
import type { AppStore } from '../../state/store.ts';

export interface CameraOptions {
  readonly reducedMotion: () => boolean;
  readonly padding: () => number;
}

export function bindCamera(map: MlMap, store: AppStore, index: ContentIndex, o: CameraOptions): () => void {
  const frame = () => {
    const req = store.getState().frameRequest;
    if (!req) return;
    const geometries = index.targetsOf(req.target).flatMap((id) => {
      const g = index.geometries.get(id);
      return g ? [g] : [];
    });
    const whole = boundsOf(geometries);
    const b = whole ? (clipBounds(whole) ?? whole) : null;
    if (!b) return;
    map.fitBounds(b, { padding: o.padding(), maxZoom: 9, animate: !o.reducedMotion(), duration: 900 });
  };
  const unsubFrame = store.subscribe((s) => s.frameRequest, frame);

  const unsubView = store.subscribe(
    (s) => s.view,
    (view) => {
      if (!view || store.getState().viewSource === 'map') return;
      map.jumpTo({ center: [view.center[0], view.center[1]], zoom: view.zoom });
    },
  );

  const onMoveEnd = () => {
    const c = map.getCenter();
    store.getState().setView({ center: [c.lng, c.lat], zoom: map.getZoom() }, 'map');
  };
  const sub = map.on('moveend', onMoveEnd);
  return () => {
    unsubFrame();
    unsubView();
    sub.unsubscribe();
  };
}
