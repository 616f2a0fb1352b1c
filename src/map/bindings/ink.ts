// store ↔ map, tour only: the classroom pen (issue #22). The current step's strokes are drawn from the store into the
// ink source, only when they change; while a drawing tool is in hand the pointer draws instead of moving the map:
// a stroke follows it (the source's data at most once a frame) and is handed to the store when the pointer lifts.
// The eraser removes the stroke under it, the laser is a dot with a short trail on a canvas over the map that fades
// out and leaves nothing behind (it is never in the map, so never in a picture of it).
//
// The map does not pan under the pen: while a tool is on, the mouse's and a single finger's events stop at the map's
// container (capture phase) before MapLibre's handlers see them; wheel zoom still works. A second finger cancels the
// stroke and lets every touch through, so two fingers pan and zoom as always.
import type { GeoJSONSource, Map as MlMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { InkStroke, LngLat, StrokeTool } from '../../state/ink-slice.ts';
import { strokeId } from '../../state/ink-slice.ts';
import type { AppState, AppStore } from '../../state/store.ts';
import { INK_COLOURS } from '../../styles/tokens.ts';
import { INK_LAYERS, SOURCE } from '../style/ids.ts';

type Point = readonly [number, number];

/** Screen pixels between two kept points of a stroke: enough for a smooth line, few enough points to keep. */
const MIN_STEP_PX = 3;
/** How near (px) the eraser must come to a stroke. */
const ERASER_PX = 10;
/** An arrow's head: the length of its sides (px, at the zoom it is drawn at) and their angle to the shaft. */
const HEAD_PX = 22;
const HEAD_ANGLE = Math.PI / 7;
/** The laser: how long its trail is, how long the dot stays after the pointer stops, and how long it fades. */
export const LASER = { trailMs: 250, holdMs: 400, fadeMs: 800 } as const;

/**
 * An arrow's head, as a line from one barb through the tip to the other, in lng/lat: worked out in screen space
 * (`project`, `unproject`) so that it has the same size and angle on screen whatever the latitude.
 */
export function arrowHead(from: LngLat, to: LngLat, project: (p: LngLat) => Point, unproject: (p: Point) => LngLat, size = HEAD_PX): LngLat[] | null {
  const [ax, ay] = project(from);
  const [bx, by] = project(to);
  const len = Math.hypot(bx - ax, by - ay);
  if (len < 1) return null;
  const angle = Math.atan2(by - ay, bx - ax);
  const barb = (side: number): LngLat => unproject([bx - size * Math.cos(angle + side * HEAD_ANGLE), by - size * Math.sin(angle + side * HEAD_ANGLE)]);
  return [barb(1), to, barb(-1)];
}

/** The features the ink source draws: each stroke (and an arrow's head, with the same id). */
export function inkFeatures(strokes: readonly InkStroke[], head: (from: LngLat, to: LngLat) => LngLat[] | null): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  const line = (s: InkStroke, coords: readonly LngLat[]): Feature<LineString> => ({
    type: 'Feature',
    properties: { id: s.id, tool: s.tool, colour: s.colour },
    geometry: { type: 'LineString', coordinates: coords.map(([lng, lat]) => [lng, lat]) },
  });
  for (const s of strokes) {
    if (s.coords.length < 2) continue;
    features.push(line(s, s.coords));
    if (s.tool === 'arrow') {
      const h = head(s.coords[s.coords.length - 2]!, s.coords[s.coords.length - 1]!);
      if (h) features.push(line(s, h));
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The tool in hand, if the tour is on: outside it the map is the explorer's. */
const toolOf = (s: AppState) => (s.tour.active ? s.inkTool : null);
/** The current step's strokes, if the tour is on. */
const strokesOf = (s: AppState) => (s.tour.active ? (s.ink[s.tour.step] ?? NONE) : NONE);
const NONE: readonly InkStroke[] = [];

export function bindInk(map: MlMap, store: AppStore): () => void {
  const container = map.getContainer();
  const canvas = map.getCanvas();
  const win = container.ownerDocument.defaultView ?? window;
  let seq = 0;

  // --- Drawing the ink -------------------------------------------------------------------------------------
  let live: InkStroke | null = null;
  let frame = 0;
  const project = (p: LngLat): Point => {
    const q = map.project([p[0], p[1]]);
    return [q.x, q.y];
  };
  const unproject = (p: Point): LngLat => {
    const q = map.unproject([p[0], p[1]]);
    return [q.lng, q.lat];
  };
  const draw = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    const source = map.getSource<GeoJSONSource>(SOURCE.ink);
    if (!source) return;
    const strokes = strokesOf(store.getState());
    void source.setData(inkFeatures(live ? [...strokes, live] : strokes, (a, b) => arrowHead(a, b, project, unproject)));
  };
  /** A stroke being drawn: at most one update of the source per frame, however fast the pointer moves. */
  const drawSoon = () => {
    frame ||= requestAnimationFrame(draw);
  };

  // --- The laser -------------------------------------------------------------------------------------------
  const laser = container.ownerDocument.createElement('canvas');
  laser.className = 'ink-laser';
  laser.setAttribute('aria-hidden', 'true');
  Object.assign(laser.style, { position: 'absolute', inset: '0', pointerEvents: 'none', zIndex: '2' });
  let trail: { x: number; y: number; t: number }[] = [];
  let laserFrame = 0;
  const laserTick = () => {
    laserFrame = 0;
    const now = performance.now();
    const ctx = laser.getContext('2d');
    if (!ctx) return;
    const ratio = win.devicePixelRatio || 1;
    const [w, h] = [container.clientWidth, container.clientHeight];
    if (laser.width !== Math.round(w * ratio) || laser.height !== Math.round(h * ratio))
      [laser.width, laser.height] = [Math.round(w * ratio), Math.round(h * ratio)];
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    const last = trail[trail.length - 1];
    if (!last) return laser.remove();
    const since = now - last.t;
    const alpha = since <= LASER.holdMs ? 1 : Math.max(0, 1 - (since - LASER.holdMs) / LASER.fadeMs);
    if (alpha <= 0) {
      trail = [];
      return laser.remove(); // nothing left on the page
    }
    trail = trail.filter((p) => last.t - p.t <= LASER.trailMs);
    ctx.strokeStyle = INK_COLOURS.red;
    ctx.fillStyle = INK_COLOURS.red;
    ctx.lineCap = 'round';
    for (let i = 1; i < trail.length; i++) {
      const [a, b] = [trail[i - 1]!, trail[i]!];
      ctx.globalAlpha = alpha * (i / trail.length) * 0.6;
      ctx.lineWidth = 2 + 6 * (i / trail.length);
      ctx.beginPath();
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
      ctx.stroke();
    }
    ctx.globalAlpha = alpha * 0.35;
    ctx.beginPath();
    ctx.arc(last.x, last.y, 14, 0, Math.PI * 2);
    ctx.fill();
    ctx.globalAlpha = alpha;
    ctx.beginPath();
    ctx.arc(last.x, last.y, 7, 0, Math.PI * 2);
    ctx.fill();
    laserFrame = requestAnimationFrame(laserTick);
  };
  const pointLaser = (x: number, y: number) => {
    trail.push({ x, y, t: performance.now() });
    if (!laser.isConnected) container.append(laser);
    laserFrame ||= requestAnimationFrame(laserTick);
  };
  const stopLaser = () => {
    if (laserFrame) cancelAnimationFrame(laserFrame);
    laserFrame = 0;
    trail = [];
    laser.remove();
  };

  // --- Input -----------------------------------------------------------------------------------------------
  const touches = new Set<number>();
  /** Two fingers are down (or were, until all lift): the map's own gestures have the touches. */
  let gesture = false;
  /** The touches the map's own handlers are following (two fingers pan and zoom). */
  let mapHasTouches = false;
  let erasing = false;
  let lastPx: Point | null = null;
  const at = (e: PointerEvent): Point => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const cancelStroke = () => {
    erasing = false;
    if (!live) return;
    live = null;
    draw();
  };
  const eraseAt = ([x, y]: Point) => {
    const layers = INK_LAYERS.filter((l) => map.getLayer(l));
    const hits = map.queryRenderedFeatures(
      [
        [x - ERASER_PX, y - ERASER_PX],
        [x + ERASER_PX, y + ERASER_PX],
      ],
      { layers },
    );
    const s = store.getState();
    for (const id of new Set(hits.map((h) => h.properties['id']))) if (typeof id === 'string' && id !== live?.id) s.eraseStroke(s.tour.step, id);
  };

  const onPointerDown = (e: PointerEvent) => {
    const tool = toolOf(store.getState());
    if (!tool || e.target !== canvas) return;
    if (e.pointerType === 'touch') {
      touches.add(e.pointerId);
      if (touches.size > 1) {
        gesture = true;
        return cancelStroke();
      }
    } else if (e.button !== 0) return;
    if (gesture) return;
    const p = at(e);
    canvas.setPointerCapture(e.pointerId);
    if (tool === 'laser') return pointLaser(p[0], p[1]);
    if (tool === 'eraser') {
      erasing = true;
      return eraseAt(p);
    }
    const s = store.getState();
    const here = unproject(p);
    const strokeTool: StrokeTool = tool;
    live = { id: strokeId('ink', ++seq), tool: strokeTool, colour: s.inkColour, coords: tool === 'arrow' ? [here, here] : [here] };
    lastPx = p;
    drawSoon();
  };
  const onPointerMove = (e: PointerEvent) => {
    const tool = toolOf(store.getState());
    if (!tool || gesture) return;
    const p = at(e);
    // The laser follows a mouse or a stylus hovering too; a finger only while it touches.
    if (tool === 'laser' && (e.pointerType !== 'touch' || touches.has(e.pointerId)) && e.target === canvas) return pointLaser(p[0], p[1]);
    if (erasing) return eraseAt(p);
    if (!live || !lastPx) return;
    if (live.tool === 'arrow') live = { ...live, coords: [live.coords[0]!, unproject(p)] };
    else {
      if (Math.hypot(p[0] - lastPx[0], p[1] - lastPx[1]) < MIN_STEP_PX) return;
      if (live.coords.length >= 2_000) return;
      live = { ...live, coords: [...live.coords, unproject(p)] };
    }
    lastPx = p;
    drawSoon();
  };
  const onPointerUp = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (touches.size === 0) gesture = false;
    erasing = false;
    const stroke = live;
    if (!stroke) return;
    live = null;
    lastPx = null;
    const s = store.getState();
    // A tap draws nothing: a stroke needs two different points.
    const [a, b] = [stroke.coords[0]!, stroke.coords[stroke.coords.length - 1]!];
    const moved = stroke.coords.length > 2 || a[0] !== b[0] || a[1] !== b[1];
    if (!(moved && s.tour.active && s.addStroke(s.tour.step, stroke))) draw();
  };
  const onPointerCancel = (e: PointerEvent) => {
    touches.delete(e.pointerId);
    if (touches.size === 0) gesture = false;
    cancelStroke();
  };

  /** While a tool is on, the map's own handlers never see the mouse or a single finger on the map. */
  const onMapInput = (e: Event) => {
    if (!toolOf(store.getState()) || !(e.target instanceof Node) || !map.getCanvasContainer().contains(e.target)) return;
    if (e.type.startsWith('touch')) {
      const t = e as TouchEvent;
      // From a second finger on, the map has every touch until the last one lifts (its end too, or the map would
      // think the gesture goes on); the pointer events have already cancelled the stroke.
      if (t.touches.length > 1) mapHasTouches = true;
      if (mapHasTouches) {
        if ((e.type === 'touchend' || e.type === 'touchcancel') && t.touches.length === 0) mapHasTouches = false;
        return;
      }
      if (e.cancelable) e.preventDefault();
    }
    e.stopPropagation();
  };
  const blocked = ['mousedown', 'mousemove', 'mouseup', 'click', 'dblclick', 'contextmenu', 'touchstart', 'touchmove', 'touchend', 'touchcancel'];
  for (const type of blocked) container.addEventListener(type, onMapInput, { capture: true, passive: false });
  canvas.addEventListener('pointerdown', onPointerDown);
  canvas.addEventListener('pointermove', onPointerMove);
  canvas.addEventListener('pointerup', onPointerUp);
  canvas.addEventListener('pointercancel', onPointerCancel);

  // --- The store -------------------------------------------------------------------------------------------
  const unsubInk = store.subscribe(strokesOf, () => draw(), { fireImmediately: true });
  const unsubTool = store.subscribe(
    toolOf,
    (tool) => {
      cancelStroke();
      if (tool !== 'laser') stopLaser();
      canvas.style.cursor = tool === 'laser' ? 'none' : tool ? 'crosshair' : '';
      canvas.classList.toggle('is-inking', tool !== null);
    },
    { fireImmediately: true },
  );

  return () => {
    unsubInk();
    unsubTool();
    for (const type of blocked) container.removeEventListener(type, onMapInput, { capture: true });
    canvas.removeEventListener('pointerdown', onPointerDown);
    canvas.removeEventListener('pointermove', onPointerMove);
    canvas.removeEventListener('pointerup', onPointerUp);
    canvas.removeEventListener('pointercancel', onPointerCancel);
    if (frame) cancelAnimationFrame(frame);
    stopLaser();
    canvas.style.cursor = '';
  };
}
