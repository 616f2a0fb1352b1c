// A pupil's measure (issue #18), one slice of the one store: whether the tool is on and the ends chosen so far
// (by a click or tap on the map, or by the readout's place choosers). Only the intent is kept: the distances and
// the lines drawn are derived from the ends (src/analysis/measure.ts), by the readout and by the map's binding.
import type { PlaceId } from '../content/types.ts';

export type LngLat = readonly [number, number];

/** One end of a measure: a place of the pack (at its own coordinates), or a point on the map. */
export interface MeasureEnd {
  readonly lngLat: LngLat;
  readonly place: PlaceId | null;
}

export interface MeasureState {
  /** The tool is on: the map's next clicks are ends, and the readout is shown. */
  readonly on: boolean;
  /** None, one, or both ends. A chooser may set the second end before the first: then the first is null. */
  readonly ends: readonly (MeasureEnd | null)[];
}

export interface MeasureSlice {
  measure: MeasureState;
  /** Turning the tool off clears the measure: nothing is left on the map without the readout that explains it. */
  setMeasureOn: (on: boolean) => void;
  /** A click or tap on the map: the first end, then the second; a third starts a new measure. */
  measureAt: (end: MeasureEnd) => void;
  /** A chooser sets one end (or clears it). */
  setMeasureEnd: (which: 0 | 1, end: MeasureEnd | null) => void;
  /** Esc: clears the measure; with nothing to clear, turns the tool off. False when there was nothing to do. */
  escapeMeasure: () => boolean;
}

export const MEASURE_OFF: MeasureState = { on: false, ends: [] };

/** The tool is in use: on, and not in the tour (which hides it; the measure comes back after the tour). */
export const measuring = (s: { measure: MeasureState; tour: { active: boolean } }): boolean => s.measure.on && !s.tour.active;

/** Both ends, when both are chosen. */
export function measureEnds(m: MeasureState): readonly [MeasureEnd, MeasureEnd] | null {
  const [a, b] = m.ends;
  return a && b ? [a, b] : null;
}

const isLngLat = (p: LngLat) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

type Set = (partial: Partial<MeasureSlice>) => void;
type Get = () => MeasureSlice;

export function createMeasureSlice(set: Set, get: Get): MeasureSlice {
  return {
    measure: MEASURE_OFF,
    setMeasureOn: (on) => {
      if (get().measure.on !== on) set({ measure: { on, ends: [] } });
    },
    measureAt: (end) => {
      const m = get().measure;
      if (!m.on || !isLngLat(end.lngLat)) return;
      const [a, b] = m.ends;
      // One end chosen: the click is the other one. None or both: it starts a new measure.
      const ends = a && !b ? [a, end] : !a && b ? [end, b] : [end];
      set({ measure: { on: true, ends } });
    },
    setMeasureEnd: (which, end) => {
      const m = get().measure;
      if (end && !isLngLat(end.lngLat)) return;
      const ends = [m.ends[0] ?? null, m.ends[1] ?? null];
      ends[which] = end;
      while (ends.length && ends[ends.length - 1] === null) ends.pop();
      set({ measure: { on: true, ends } });
    },
    escapeMeasure: () => {
      const m = get().measure;
      if (m.ends.length) set({ measure: { on: m.on, ends: [] } });
      else if (m.on) set({ measure: MEASURE_OFF });
      else return false;
      return true;
    },
  };
}
