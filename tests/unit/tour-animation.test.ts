import { describe, expect, it } from 'vitest';
import { MARCH_MS, MARCH_PHASES, marchPhase, msToNextPhase, PHASE_MS } from '../../src/map/bindings/tour-animation.ts';
import { ARROW_OFFSET, ARROW_PHASES, ARROW_REST, arrowLayerId, arrowOffsetAt } from '../../src/map/style/corridors.ts';
import { LAYER } from '../../src/map/style/ids.ts';

describe('the tour’s direction chevrons', () => {
  it('march through every phase in order, one phase per PHASE_MS, a few times along, and end at rest', () => {
    const phases = Array.from({ length: MARCH_PHASES }, (_, k) => marchPhase(k * PHASE_MS + PHASE_MS / 2));
    expect(phases[0]).toBe((ARROW_REST + 1) % ARROW_PHASES);
    for (let k = 1; k < MARCH_PHASES; k++) expect(phases[k]).toBe((phases[k - 1]! + 1) % ARROW_PHASES);
    expect(phases.at(-1), 'the last phase is the resting one').toBe(ARROW_REST);
    expect(MARCH_PHASES / ARROW_PHASES).toBeGreaterThanOrEqual(2);
    // Within a phase the phase does not change.
    expect(marchPhase(PHASE_MS * 5 + 1)).toBe(marchPhase(PHASE_MS * 6 - 1));
  });

  it('stop within five seconds (moving content that starts by itself must, WCAG 2.2.2)', () => {
    expect(MARCH_MS).toBeLessThan(5000);
    expect(marchPhase(MARCH_MS - 1)).not.toBeNull();
    expect(marchPhase(MARCH_MS)).toBeNull();
    expect(marchPhase(60_000)).toBeNull();
  });

  it('wait until the next phase begins, never longer than a phase and never not at all', () => {
    expect(msToNextPhase(0)).toBe(PHASE_MS);
    expect(msToNextPhase(PHASE_MS + 100)).toBe(PHASE_MS - 100);
    for (const elapsed of [0, 1, 123.4, PHASE_MS - 0.5, 2345.6]) {
      const wait = msToNextPhase(elapsed);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(PHASE_MS);
      expect(marchPhase(elapsed + wait)).toBe(((marchPhase(elapsed) ?? 0) + 1) % ARROW_PHASES);
    }
  });

  it('move forward along the line by equal steps, from half a spacing behind to the resting offset and on', () => {
    const ems = 4.5;
    const xs = Array.from({ length: ARROW_PHASES }, (_, p) => arrowOffsetAt(p, ems)[0]);
    expect(xs[0]).toBe(-ems / 2);
    for (let p = 1; p < ARROW_PHASES; p++) expect(xs[p]! - xs[p - 1]!).toBeCloseTo(ems / ARROW_PHASES, 3);
    expect(arrowOffsetAt(ARROW_REST, ems)).toEqual([...ARROW_OFFSET]);
    expect(arrowOffsetAt(ARROW_PHASES + 1, ems)).toEqual(arrowOffsetAt(1, ems));
    // The resting phase is the explorer's own chevron layer.
    expect(arrowLayerId(ARROW_REST)).toBe(LAYER.corridorsArrows);
    expect(new Set(Array.from({ length: ARROW_PHASES }, (_, p) => arrowLayerId(p))).size).toBe(ARROW_PHASES);
  });
});
