// map ← GPU: draw a new frame only once the GPU has finished the last one, and resize the canvas only then.
//
// MapLibre asks for a frame on every animation frame while anything moves. A real GPU draws one in a few
// milliseconds; a software one (a school laptop without a usable graphics driver) can take 100 ms and more, and
// the frames queue up behind it. Anything that must wait for the GPU then waits for the whole queue, such as
// resizing the canvas when the layout changes (leaving the tour; figures in docs/PERFORMANCE.md). So after each
// frame a fence goes into the GPU's queue, and while it has not passed, a request for the next frame, or a resize
// of the canvas to its container (MapLibre's own resize tracking is off), waits: one animation frame at a time,
// never longer than MAX_WAIT_MS. Where the GPU keeps up, the fence has passed by the next frame and nothing
// changes. This replaces the map's `triggerRepaint`, which MapLibre calls for every frame: an internal, so
// tests/unit/gpu-pacing.test.ts pins the maplibre-gl version it was checked against.
//
// The map's first frame waits likewise, for the page around it: the page is drawn by the same GPU at the same
// moment (the panels are mounted with the map), and a software renderer then answered the first frame's first
// shader only once it had drawn the page, up to half a second later, while the page's thread waited in one task.
import type { Map as MlMap } from 'maplibre-gl';

/** The longest a frame or a resize is held back for the GPU: the map never stops drawing for it. */
const MAX_WAIT_MS = 500;
/** The longest the map's first frame is held back for the page around it to be drawn. */
const FIRST_FRAME_MAX_WAIT_MS = 2000;
/** Frames this close together mean the GPU keeps up with the page. */
const STEADY_MS = 40;

/** Call right after creating the map, which must have `trackResize: false`. */
export function bindGpuPacing(map: MlMap): () => void {
  const gl = map.getCanvas().getContext('webgl2');
  const container = map.getContainer();
  let fence: WebGLSync | null = null;
  const drop = () => {
    if (fence && gl) gl.deleteSync(fence);
    fence = null;
  };
  const gpuBusy = () => {
    if (!fence || !gl) return false;
    if (gl.getSyncParameter(fence, gl.SYNC_STATUS) !== gl.SIGNALED) return true;
    drop();
    return false;
  };
  let drawn = false;
  const sub = map.on('render', () => {
    drawn = true;
    drop();
    if (gl) fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
  });

  let size = [container.clientWidth, container.clientHeight].join('×');
  let resizeWanted = false;
  let frameWanted = false;
  let waiting = 0;
  let settling = 0;
  let since = 0;

  // An instance property shadows the prototype's method: MapLibre calls `this.triggerRepaint()` for every frame.
  const requestFrame = map.triggerRepaint.bind(map);
  const flush = () => {
    if (resizeWanted) {
      resizeWanted = false;
      map.resize(); // asks for a frame (below) as the size changes
      frameWanted = true;
    }
    if (frameWanted) {
      frameWanted = false;
      requestFrame();
    }
  };
  const check = () => {
    if (gpuBusy() && performance.now() - since < MAX_WAIT_MS) {
      waiting = requestAnimationFrame(check);
      return;
    }
    waiting = 0;
    flush();
  };
  const whenGpuFree = () => {
    if (waiting) return;
    if (!gpuBusy()) return flush();
    since = performance.now();
    waiting = requestAnimationFrame(check);
  };
  // Calls `then` once frames come at a steady pace again (two in a row less than STEADY_MS apart): the page around
  // the map has been drawn. Never later than `limit`.
  const afterPageDrawn = (limit: number, then: () => void) => {
    cancelAnimationFrame(settling);
    const start = performance.now();
    let last = start;
    let steady = 0;
    const tick = (now: number) => {
      steady = now - last < STEADY_MS ? steady + 1 : 0;
      last = now;
      if (steady < 2 && now - start < limit) {
        settling = requestAnimationFrame(tick);
        return;
      }
      settling = 0;
      then();
    };
    settling = requestAnimationFrame(tick);
  };
  map.triggerRepaint = () => {
    frameWanted = true;
    if (drawn) whenGpuFree();
    else if (!settling) afterPageDrawn(FIRST_FRAME_MAX_WAIT_MS, whenGpuFree);
  };
  // A frame the map asked for while it was being made, before this binding, is asked for again, paced.
  const made = map as unknown as { _frameRequest?: AbortController | null };
  if (made._frameRequest) {
    made._frameRequest.abort();
    made._frameRequest = null;
    map.triggerRepaint();
  }
  const observer = new ResizeObserver(() => {
    const next = [container.clientWidth, container.clientHeight].join('×');
    if (next === size || !container.clientWidth || !container.clientHeight) return;
    size = next;
    // The page around the map is drawn anew first, by the same GPU: resizing the canvas would wait for all of it.
    afterPageDrawn(MAX_WAIT_MS, () => {
      resizeWanted = true;
      whenGpuFree();
    });
  });
  observer.observe(container);

  return () => {
    observer.disconnect();
    sub.unsubscribe();
    if (waiting) cancelAnimationFrame(waiting);
    if (settling) cancelAnimationFrame(settling);
    delete (map as { triggerRepaint?: unknown }).triggerRepaint;
    drop();
  };
}
