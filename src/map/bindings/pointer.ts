// map → store: what the pointer is over, and what a click chooses. Clicking the sea clears the selection.
import type { Map as MlMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { ContentIndex } from '../../content/index.ts';
import type { SelectableId } from '../../content/types.ts';
import { measuring } from '../../state/measure-slice.ts';
import type { AppStore } from '../../state/store.ts';
import { measureEndAt, NEAR_PLACE_PX } from './measure.ts';
import { INTERACTIVE_LAYERS } from '../style/ids.ts';

/** The id of the topmost interactive feature at a point, if any. */
export function pickAt(map: MlMap, point: PointLike, index: ContentIndex): SelectableId | null {
  const layers = INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
  const hits = map.queryRenderedFeatures(point, { layers });
  for (const layer of layers) {
    for (const hit of hits) {
      if (hit.layer.id !== layer) continue;
      const id: unknown = hit.properties['id'];
      if (typeof id === 'string' && index.isKnownId(id)) return id;
    }
  }
  return null;
}

export function bindPointer(map: MlMap, store: AppStore, index: ContentIndex): () => void {
  const canvas = map.getCanvas();
  let frame = 0;
  let last: MapMouseEvent | null = null;
  const onMove = (e: MapMouseEvent) => {
    last = e;
    if (frame) return;
    // One query per animation frame, however fast the pointer moves.
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!last) return;
      const id = pickAt(map, last.point, index);
      // While the editor asks for a click on the map (a spot, a feature to link), or a measure's ends are being
      // chosen, the pointer says so.
      canvas.style.cursor = store.getState().editor?.pick || measuring(store.getState()) ? 'crosshair' : id ? 'pointer' : '';
      store.getState().hover(id);
    });
  };
  const onLeave = () => {
    canvas.style.cursor = '';
    store.getState().hover(null);
  };
  const onClick = (e: MapMouseEvent) => {
    const id = pickAt(map, e.point, index);
    const s = store.getState();
    // The editor's pick (editor-slice.ts) takes the click: what it does with it is the store's to decide.
    if (s.editor?.pick) return s.pickOnMap({ lngLat: [e.lngLat.lng, e.lngLat.lat], feature: id });
    // Then a measure's ends: a place clicked on or very near (nearer still by finger), or the point clicked.
    if (measuring(s)) {
      const touch = (e.originalEvent as Partial<PointerEvent>).pointerType === 'touch';
      return s.measureAt(measureEndAt(map, e.point, e.lngLat, index, touch ? NEAR_PLACE_PX.touch : NEAR_PLACE_PX.mouse));
    }
    // Then a quiz's "where is" question, while it waits for an answer (quiz-slice.ts judges the click).
    if (s.quiz.mapAnswer && s.tab === 'quiz' && !s.tour.active) return s.answerQuizOnMap({ lngLat: [e.lngLat.lng, e.lngLat.lat], feature: id });
    if (id) store.getState().select(id);
    else store.getState().clearSelection();
  };
  const subs = [map.on('mousemove', onMove), map.on('mouseout', onLeave), map.on('click', onClick)];
  return () => {
    if (frame) cancelAnimationFrame(frame);
    for (const s of subs) s.unsubscribe();
  };
}
