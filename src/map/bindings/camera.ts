// The camera: frame what the store asks for, follow views set from outside (URL, back/forward), and report
// the map's own moves to the store tagged as the map's, so they are never echoed back.
import type { Map as MlMap, PaddingOptions } from 'maplibre-gl';
import { shallow } from 'zustand/vanilla/shallow';
import { boundsOf, clipBounds, type Bounds } from '../../analysis/framing.ts';
import type { SelectableId } from '../../content/types.ts';
import type { ContentIndex } from '../../content/index.ts';
import type { AppStore } from '../../state/store.ts';

export interface CameraOptions {
  readonly reducedMotion: () => boolean;
  readonly padding: () => Required<PaddingOptions>;
  /**
   * Whether a sheet covers part of the map (a phone): a selection made on the map, or one the rising sheet would
   * cover, is then framed in the part left visible. Otherwise a click on the map never moves it.
   */
  readonly sheetCovers: () => boolean;
}

export function bindCamera(map: MlMap, store: AppStore, index: ContentIndex, o: CameraOptions): () => void {
  const boxOf = (target: SelectableId): Bounds | null => {
    const geometries = index.targetsOf(target).flatMap((id) => {
      const g = index.geometries.get(id);
      return g ? [g] : [];
    });
    const whole = boundsOf(geometries);
    return whole ? (clipBounds(whole) ?? whole) : null;
  };
  const fit = (b: Bounds) => map.fitBounds(b, { padding: o.padding(), maxZoom: 9, animate: !o.reducedMotion(), duration: 900 });
  const frame = () => {
    const req = store.getState().frameRequest;
    const b = req ? boxOf(req.target) : null;
    if (b) fit(b);
  };
  const unsubFrame = store.subscribe((s) => s.frameRequest, frame);

  // Under a sheet: keep the selection in the part of the map left visible (its whole box, inside the padding).
  const keepInView = () => {
    const { selected } = store.getState();
    if (!selected || !o.sheetCovers()) return;
    const b = boxOf(selected);
    if (!b) return;
    const p = o.padding();
    const c = map.getContainer();
    const sw = map.project([b[0], b[1]]);
    const ne = map.project([b[2], b[3]]);
    const inside = sw.x >= p.left && ne.x <= c.clientWidth - p.right && ne.y >= p.top && sw.y <= c.clientHeight - p.bottom;
    if (!inside) fit(b);
  };
  const unsubKeep = store.subscribe((s) => [s.selected, s.sheet] as const, keepInView, { equalityFn: shallow });

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
    unsubKeep();
    unsubView();
    sub.unsubscribe();
  };
}
