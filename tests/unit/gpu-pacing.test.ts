// The GPU pacing replaces `map.triggerRepaint` on the map instance, which works only because MapLibre asks for
// every frame through `this.triggerRepaint()` and fires `render` after drawing one. Neither is public API, so the
// version it was checked against is pinned here: a new maplibre-gl fails this test until someone has checked the
// override again (and measured it: docs/PERFORMANCE.md says how).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Map as MlMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bindGpuPacing } from '../../src/map/bindings/gpu-pacing.ts';

const CHECKED_MAPLIBRE = '6.17.0';
const maplibreDir = resolve(import.meta.dirname, '../../node_modules/maplibre-gl');

describe('the MapLibre internals the GPU pacing relies on', () => {
  it(`are those of maplibre-gl ${CHECKED_MAPLIBRE}, the version it was checked against`, () => {
    const { version } = JSON.parse(readFileSync(resolve(maplibreDir, 'package.json'), 'utf8')) as { version: string };
    expect(
      version,
      'maplibre-gl changed: check that Map still requests every frame with this.triggerRepaint() and fires `render` after each, run `npm run bench` with and without bindGpuPacing (docs/PERFORMANCE.md), then update CHECKED_MAPLIBRE',
    ).toBe(CHECKED_MAPLIBRE);
  });

  it('include a render loop that asks for frames through this.triggerRepaint()', () => {
    const source = readFileSync(resolve(maplibreDir, 'dist/maplibre-gl-dev.mjs'), 'utf8');
    expect(source).toMatch(/\n\ttriggerRepaint\(\) \{/);
    expect(source).toContain('this.triggerRepaint();');
  });

  it('keep the frame asked for while the map is made in this._frameRequest, an AbortController', () => {
    const source = readFileSync(resolve(maplibreDir, 'dist/maplibre-gl-dev.mjs'), 'utf8');
    expect(source).toMatch(/if \(this\.style && !this\._frameRequest\) \{\s*this\._frameRequest = new AbortController\(\);/);
  });
});

/** A WebGL2 context reduced to fences, whose state the test sets. */
function fakeGl() {
  const gl = {
    SYNC_STATUS: 0x9114,
    SIGNALED: 0x9119,
    UNSIGNALED: 0x9118,
    SYNC_GPU_COMMANDS_COMPLETE: 0x9117,
    done: true,
    fences: 0,
    fenceSync: () => {
      gl.fences++;
      return {};
    },
    getSyncParameter: () => (gl.done ? gl.SIGNALED : gl.UNSIGNALED),
    deleteSync: () => {
      gl.fences--;
    },
  };
  return gl;
}

/** The part of a MapLibre map the pacing touches; `triggerRepaint` lives on the prototype, as in MapLibre. */
class FakeMap {
  repaints = 0;
  resizes = 0;
  readonly renderListeners = new Set<() => void>();
  readonly container = { clientWidth: 800, clientHeight: 600 };
  constructor(readonly gl: ReturnType<typeof fakeGl>) {}
  getCanvas() {
    return { getContext: () => this.gl };
  }
  getContainer() {
    return this.container;
  }
  on(type: string, fn: () => void) {
    if (type === 'render') this.renderListeners.add(fn);
    return { unsubscribe: () => this.renderListeners.delete(fn) };
  }
  resize() {
    this.resizes++;
    this.triggerRepaint();
  }
  /** MapLibre draws a frame and fires `render`. */
  drawFrame() {
    for (const fn of this.renderListeners) fn();
  }
  triggerRepaint() {
    this.repaints++;
  }
}

let frames: FrameRequestCallback[] = [];
let now = 0;
let observed: (() => void) | null = null;

/** Runs one animation frame, `ms` after the last. */
function frame(ms = 16) {
  now += ms;
  const due = frames;
  frames = [];
  for (const fn of due) fn(now);
}

beforeEach(() => {
  frames = [];
  now = 1000;
  observed = null;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames[id - 1] = () => undefined;
  });
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(fn: () => void) {
        observed = fn;
      }
      observe() {}
      disconnect() {
        observed = null;
      }
    },
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function bind() {
  const gl = fakeGl();
  const map = new FakeMap(gl);
  const dispose = bindGpuPacing(map as unknown as MlMap);
  return { gl, map, dispose };
}

describe('bindGpuPacing', () => {
  it('holds the map’s first frame until the page around it is drawn (frames come steadily), then draws', () => {
    const { map } = bind();
    map.triggerRepaint();
    frame(100); // the page around the map is being drawn
    frame(120);
    expect(map.repaints).toBe(0);
    frame();
    frame();
    expect(map.repaints).toBe(1);
  });

  it('never holds the first frame longer than two seconds', () => {
    const { map } = bind();
    map.triggerRepaint();
    for (let i = 0; i < 9; i++) frame(200);
    expect(map.repaints).toBe(0);
    frame(300);
    expect(map.repaints).toBe(1);
  });

  it('holds the frame the map asked for while it was made like any first frame', () => {
    const gl = fakeGl();
    const map = new FakeMap(gl) as FakeMap & { _frameRequest: AbortController | null };
    const asked = new AbortController();
    map._frameRequest = asked;
    bindGpuPacing(map as unknown as MlMap);
    expect(asked.signal.aborted).toBe(true);
    expect(map._frameRequest).toBeNull();
    frame();
    frame();
    frame();
    expect(map.repaints).toBe(1);
  });

  it('asks for a frame at once when the GPU has finished the last one', () => {
    const { map } = bind();
    map.drawFrame();
    map.triggerRepaint();
    expect(map.repaints).toBe(1);
  });

  it('holds frame requests while the GPU is busy, and makes them one request when it is done', () => {
    const { gl, map } = bind();
    gl.done = false;
    map.drawFrame();
    map.triggerRepaint();
    map.triggerRepaint();
    frame();
    frame();
    expect(map.repaints).toBe(0);
    gl.done = true;
    frame();
    expect(map.repaints).toBe(1);
  });

  it('never holds a frame longer than half a second', () => {
    const { gl, map } = bind();
    gl.done = false;
    map.drawFrame();
    map.triggerRepaint();
    frame(400);
    expect(map.repaints).toBe(0);
    frame(200);
    expect(map.repaints).toBe(1);
  });

  it('resizes the canvas to its container once frames come steadily again, then draws', () => {
    const { map } = bind();
    map.container.clientWidth = 600;
    observed?.();
    frame(100); // the page around the map is still being redrawn
    expect(map.resizes).toBe(0);
    frame();
    frame();
    frame();
    expect(map.resizes).toBe(1);
    expect(map.repaints).toBeGreaterThan(0); // MapLibre makes requests within one frame a single frame
  });

  it('gives the map its own triggerRepaint back, and deletes its fence, when disposed', () => {
    const { gl, map, dispose } = bind();
    expect(Object.hasOwn(map, 'triggerRepaint')).toBe(true);
    map.drawFrame();
    expect(gl.fences).toBe(1);
    dispose();
    expect(Object.hasOwn(map, 'triggerRepaint')).toBe(false);
    expect(gl.fences).toBe(0);
    expect(map.renderListeners.size).toBe(0);
  });
});
