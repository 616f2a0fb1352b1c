// store → map, tour only: the direction chevrons march along the corridors, from origin to destination, while
// the tour is open. Not under prefers-reduced-motion (the chevrons then stay still, as in the explorer).
//
// The chevrons are line-placed symbols, so a `text-offset` along x moves them along each line in its own
// direction. That is a layout property (MapLibre lays the symbols out again), so the offset moves in a few
// steps per second, and a step is taken only after the map has settled (`idle`) from the one before: the
// animation never keeps the map busy, so whatever waits for `idle` (printing, saving a picture, tests) gets it.
import type { Map as MlMap } from 'maplibre-gl';
import type { AppStore } from '../../state/store.ts';
import { ARROW_OFFSET, ARROW_SIZE, ARROW_SPACING } from '../style/corridors.ts';
import { LAYER } from '../style/ids.ts';

export interface TourAnimationOptions {
  readonly reducedMotion: () => boolean;
}

/** Phases per cycle, and how long one cycle takes: a chevron moves one spacing along its line per cycle. */
const PHASES = 8;
const CYCLE_MS = 1600;

/** The chevrons' offset (ems) at a phase: from half a spacing behind their anchor to half a spacing ahead. */
export function arrowOffsetAt(phase: number, ems: number): [number, number] {
  const p = (((phase % PHASES) + PHASES) % PHASES) / PHASES;
  return [Number(((p - 0.5) * ems).toFixed(3)), ARROW_OFFSET[1]];
}

export function bindTourAnimation(map: MlMap, store: AppStore, o: TourAnimationOptions): () => void {
  let frame = 0;
  let phase = -1;
  let settled = true;
  const idle = map.on('idle', () => {
    settled = true;
  });
  const layerThere = () => map.getLayer(LAYER.corridorsArrows) !== undefined;

  const set = (value: [number, number]) => {
    try {
      if (layerThere()) map.setLayoutProperty(LAYER.corridorsArrows, 'text-offset', value);
    } catch {
      // A new style is still loading: the next phase tries again.
    }
  };

  const tick = (now: number) => {
    frame = requestAnimationFrame(tick);
    if (o.reducedMotion()) return stop();
    const next = Math.floor(now / (CYCLE_MS / PHASES)) % PHASES;
    // Wait until the map has settled from the previous phase (and from any camera move).
    if (next === phase || !settled) return;
    phase = next;
    settled = false;
    const scale = (map.getLayoutProperty(LAYER.corridorsArrows, 'text-size') as number | undefined) ?? ARROW_SIZE;
    set(arrowOffsetAt(phase, ARROW_SPACING / scale));
    // Even when the offset did not change (nothing to lay out), let the map render once and report `idle`.
    map.triggerRepaint();
  };

  function start() {
    if (frame || o.reducedMotion()) return;
    phase = -1;
    settled = true;
    frame = requestAnimationFrame(tick);
  }
  function stop() {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    phase = -1;
    set([...ARROW_OFFSET]);
  }

  const unsub = store.subscribe(
    (s) => s.tour.active,
    (active) => (active ? start() : stop()),
    { fireImmediately: true },
  );
  return () => {
    unsub();
    idle.unsubscribe();
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
    set([...ARROW_OFFSET]);
  };
}
