import { describe, expect, it } from 'vitest';
import { tourCommand, tourKeyAction, type KeyLike, type TourKeyState } from '../../src/present/keys.ts';
import { stateFromUrl } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import {
  CLOSED_TOUR,
  clampStep,
  reportedSession,
  tourTransition,
  withinTour,
  type ExplorerState,
  type TourCommand,
  type TourSession,
} from '../../src/state/tour-session.ts';
import { parseHash } from '../../src/state/url.ts';

const explorer: ExplorerState = { selected: 'country:LAO', view: { center: [104, 16], zoom: 6 }, theme: 'light', tab: 'routes' };
const ctx = { count: 12, now: 1_000, explorer };
const run = (s: TourSession, ...cs: TourCommand[]) => cs.reduce((t, c) => tourTransition(t, c, ctx), s);
const at = (step: number, more: Partial<TourSession> = {}): TourSession => ({ ...run(CLOSED_TOUR, { type: 'go', step }), ...more });
const key = (k: string): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false });
/** A key pressed in a window showing session `s`: what it asks, then what the session becomes. */
const press = (k: string, s: TourSession) => {
  const state: TourKeyState = { step: s.step, black: s.black, digits: s.digits, count: 12 };
  const command = tourCommand(tourKeyAction(key(k), s.digits)!, state);
  return { command, next: tourTransition(s, command, ctx) };
};

describe('the one clamp', () => {
  it('keeps a step whole and within the tour, and only the floor while the plan is unknown', () => {
    expect(clampStep(40, 12)).toBe(11);
    expect(clampStep(-2, 12)).toBe(0);
    expect(clampStep(2.7, 12)).toBe(2);
    expect(clampStep(Number.NaN, 12)).toBe(0);
    expect(clampStep(40, null)).toBe(40);
    expect(clampStep(3, 0)).toBe(0);
    expect(withinTour({ ...CLOSED_TOUR, step: 40 }, 12).step).toBe(11);
  });
});

describe('the tour session', () => {
  it('starts at a step, keeping the explorer to put back and the time, with no black screen or digits', () => {
    expect(run(CLOSED_TOUR, { type: 'go', step: 99 })).toEqual({
      active: true,
      step: 11,
      black: false,
      digits: '',
      startedAt: 1_000,
      restore: explorer,
      ended: null,
    });
  });

  it('moves within the tour, and showing a step ends a black screen', () => {
    expect(run(at(3), { type: 'go', step: -4 }).step).toBe(0);
    const black = run(at(3), { type: 'black', on: true });
    expect(black.black).toBe(true);
    expect(run(black, { type: 'go', step: 3 })).toMatchObject({ step: 3, black: false });
    // The start and what to put back stay those of the start.
    expect(run(at(3), { type: 'go', step: 5 })).toMatchObject({ startedAt: 1_000, restore: explorer });
  });

  it('changes nothing that is not asked: the same session for the same step, no black screen outside the tour', () => {
    const s = at(3);
    expect(run(s, { type: 'go', step: 3 })).toBe(s);
    expect(run(CLOSED_TOUR, { type: 'black', on: true })).toBe(CLOSED_TOUR);
    expect(run(CLOSED_TOUR, { type: 'leave' })).toBe(CLOSED_TOUR);
  });

  it('ends by leaving (the explorer is put back) or from outside, keeping the step', () => {
    expect(run(at(4), { type: 'leave' })).toEqual({ ...CLOSED_TOUR, step: 4, ended: 'left' });
    expect(run(at(4), { type: 'stop' })).toEqual({ ...CLOSED_TOUR, step: 4, ended: 'stopped' });
  });

  it("follows what the main window reports, within this window's tour, with its own digits", () => {
    expect(reportedSession({ active: true, step: 50, black: true, startedAt: 5 }, 12, '1')).toMatchObject({
      active: true,
      step: 11,
      black: true,
      startedAt: 5,
      digits: '1',
    });
    expect(reportedSession({ active: false, step: 2, black: true, startedAt: null }, 12, '').black).toBe(false);
  });
});

describe('what a key does, the same in the main window and the presenter view', () => {
  it('moves one step, never past either end; Home and End', () => {
    expect(press('PageDown', at(3)).next.step).toBe(4);
    expect(press('PageUp', at(3)).next.step).toBe(2);
    expect(press('PageDown', at(11)).next.step).toBe(11);
    expect(press('PageUp', at(0)).next.step).toBe(0);
    expect(press('Home', at(5)).next.step).toBe(0);
    expect(press('End', at(5)).next.step).toBe(11);
  });

  it('on a black screen, Next and Back bring the picture back without moving on', () => {
    expect(press('PageDown', at(3, { black: true })).next).toMatchObject({ step: 3, black: false });
    expect(press('ArrowLeft', at(3, { black: true })).next).toMatchObject({ step: 3, black: false });
    expect(press('b', at(3)).next.black).toBe(true);
    expect(press('.', at(3, { black: true })).next.black).toBe(false);
    expect(press('Home', at(3, { black: true })).next).toMatchObject({ step: 0, black: false });
  });

  it('builds a step number from digits (the last three), goes there with Enter, forgets them with Escape', () => {
    expect(press('1', at(0)).next).toMatchObject({ digits: '1', step: 0 });
    expect(press('7', at(0, { digits: '123' })).next.digits).toBe('237');
    expect(press('Enter', at(0, { digits: '10' })).next).toMatchObject({ digits: '', step: 9 });
    expect(press('Enter', at(0, { digits: '99' })).next.step).toBe(11);
    expect(press('Enter', at(4, { digits: '0' })).next.step).toBe(0);
    expect(press('Escape', at(4, { digits: '10' })).next).toMatchObject({ active: true, digits: '' });
    expect(press('Escape', at(4)).command).toEqual({ type: 'leave' });
    expect(press('f', at(4, { digits: '2' }))).toEqual({ command: { type: 'fullscreen' }, next: at(4) });
  });
});

describe('the tour in the store', () => {
  const plan = Array.from({ length: 12 }, () => []);

  it('leaving puts the explorer back as it was (selection, view, theme, tab) in one change; stopping does not', () => {
    const store = createAppStore();
    store.getState().setTourReveals(plan);
    store.getState().select('country:LAO');
    store.getState().setView({ center: [104, 16], zoom: 6 }, 'map');
    store.getState().setTab('countries');
    store.getState().startTour(2);
    store.getState().select('corridor:laos-da-nang', { frame: true });
    store.getState().setView({ center: [105, 15], zoom: 7 }, 'map');
    store.getState().setTheme('projector');
    store.getState().setTab('article');
    store.getState().hover('country:KHM');
    const changes: unknown[] = [];
    store.subscribe((s) => changes.push(s.tour.active));
    store.getState().runTour({ type: 'leave' });
    expect(changes).toEqual([false]);
    expect(store.getState()).toMatchObject({
      selected: 'country:LAO',
      theme: 'light',
      tab: 'countries',
      hovered: null,
      view: { center: [104, 16], zoom: 6 },
      viewSource: 'external',
      tour: { active: false, step: 2, ended: 'left' },
    });

    store.getState().startTour(1);
    store.getState().setTheme('projector');
    store.getState().stopTour();
    expect(store.getState().theme).toBe('projector');
  });

  it('a link opens the tour at its step, kept within the plan once it is known, and a link without a step ends it', () => {
    const store = createAppStore();
    const open = (hash: string) => store.getState().applyLink(stateFromUrl(parseHash(hash, { isKnownId: () => true })));
    open('#sel=country:KHM&step=40');
    expect(store.getState().tour).toMatchObject({ active: true, step: 39, restore: { selected: 'country:KHM' } });
    store.getState().setTourReveals(plan);
    expect(store.getState().tour.step).toBe(11);
    open('#step=3');
    expect(store.getState().tour).toMatchObject({ active: true, step: 2 });
    open('#sel=country:KHM');
    expect(store.getState().tour).toMatchObject({ active: false, ended: 'stopped' });
  });
});
