// store → map, tour only: when a step shows its corridors, their direction chevrons march a few times along
// them, from origin to destination, then rest. Not under prefers-reduced-motion (the chevrons then stay still, as
// in the explorer).
//
// The march is a cue, not a film: it begins once the map has settled on the step, lasts under five seconds (moving
// content that starts by itself and lasts longer would need a control to stop it, WCAG 2.2.2) and ends on the
// resting chevrons. A still step then costs nothing: on a software renderer every frame of the map costs a fifth
// of a second of CPU, so arrows that kept moving would keep a core busy.
//
// Each phase of the march is a chevron layer of its own, laid out once (style/corridors.ts): a phase is shown by
// setting the feature-state ARROW_STATE of the revealed corridors, which rewrites paint values only. A phase is
// set only once the map has settled (`idle`) from the one before: the animation never keeps the map busy, so
// whatever waits for `idle` (printing, saving a picture, tests) gets it.
import type { Map as MlMap } from 'maplibre-gl';
import { revealedCorridors } from '../../state/selectors.ts';
import type { AppStore } from '../../state/store.ts';
import { ARROW_LAYERS, ARROW_PHASES, ARROW_REST, ARROW_STATE } from '../style/corridors.ts';
import { SOURCE } from '../style/ids.ts';

export interface TourAnimationOptions {
  readonly reducedMotion: () => boolean;
}

/** How long one phase shows: a chevron moves one spacing along its line every ARROW_PHASES phases. */
export const PHASE_MS = 400;
/** The phases of one march: three times along, ending on the resting phase. */
export const MARCH_PHASES = 3 * ARROW_PHASES;
/** How long a march lasts (under 5 s). */
export const MARCH_MS = MARCH_PHASES * PHASE_MS;

/**
 * The phase shown `elapsed` ms after a march began (the one after the resting phase first, the resting phase
 * last), or null once the march is over.
 */
export function marchPhase(elapsed: number): number | null {
  const k = Math.floor(Math.max(0, elapsed) / PHASE_MS);
  return k >= MARCH_PHASES ? null : (ARROW_REST + 1 + k) % ARROW_PHASES;
}

/** How long after `elapsed` the next phase begins (ms, more than 0). */
export function msToNextPhase(elapsed: number): number {
  return PHASE_MS - (Math.max(0, elapsed) % PHASE_MS);
}

export function bindTourAnimation(map: MlMap, store: AppStore, o: TourAnimationOptions): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A march asked for, to begin at the map's next `idle` (once it has settled on the step). */
  let pending = false;
  /** When the march under way began (performance.now), or null. */
  let began: number | null = null;
  let settled = true;
  let waiting = false;
  /** The corridors given a phase, and the phase each has (so only what changes is set). */
  const shown = new Map<string, number>();

  const source = () => (map.getSource(SOURCE.corridors) ? SOURCE.corridors : null);
  // Every style has a layer per phase (style/index.ts); a style being replaced may not have them yet.
  const phased = () => ARROW_LAYERS.every((id) => map.getLayer(id) !== undefined);

  /** Gives the revealed corridors a phase; true when anything changed (the map then draws once, and settles). */
  const show = (phase: number): boolean => {
    const src = source();
    if (!src || !phased()) return false;
    let changed = false;
    for (const id of revealedCorridors(store.getState()) ?? []) {
      if ((shown.get(id) ?? ARROW_REST) === phase) continue;
      map.setFeatureState({ source: src, id }, { [ARROW_STATE]: phase });
      shown.set(id, phase);
      changed = true;
    }
    return changed;
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  function tick() {
    timer = undefined;
    if (began === null) return;
    // Wait until the map has settled from the previous phase (and from any camera move or style change).
    if (!settled) {
      waiting = true;
      return;
    }
    const elapsed = performance.now() - began;
    const phase = o.reducedMotion() ? null : marchPhase(elapsed);
    try {
      if (show(phase ?? ARROW_REST)) settled = false;
    } catch {
      // A new style is still loading: the resting chevrons show meanwhile.
    }
    if (phase === null) began = null;
    else timer = setTimeout(tick, msToNextPhase(elapsed));
  }

  const idle = map.on('idle', () => {
    settled = true;
    if (pending) {
      pending = false;
      clearTimer();
      began = performance.now();
      waiting = false;
      tick();
    } else if (waiting) {
      waiting = false;
      tick();
    }
  });
  // A new style (another theme) starts without feature-state: the chevrons rest.
  const styled = map.on('style.load', () => shown.clear());

  /** A step shows its corridors: march once the map has settled on it. */
  const march = () => {
    if (o.reducedMotion()) return;
    pending = true;
    // Nothing more to draw (no new corridor, no camera move): the map will not report `idle` again by itself.
    map.triggerRepaint();
  };

  /** Leaving the tour: the march ends and every corridor's phase is taken away. */
  const stop = () => {
    pending = false;
    began = null;
    waiting = false;
    clearTimer();
    try {
      const src = source();
      if (src) for (const id of shown.keys()) map.removeFeatureState({ source: src, id }, ARROW_STATE);
    } catch {
      // The style is being replaced: its feature-state goes with it.
    }
    shown.clear();
  };

  const unsub = store.subscribe(
    (s) => revealedCorridors(s),
    (revealed) => (revealed === null ? stop() : revealed.length ? march() : undefined),
    { fireImmediately: true },
  );
  return () => {
    unsub();
    idle.unsubscribe();
    styled.unsubscribe();
    stop();
  };
}
