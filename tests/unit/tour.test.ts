import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/index.ts';
import { PACK_FILES } from '../../src/content/validate.ts';
import { parseMessage } from '../../src/present/channel.ts';
import { activatesTarget, hasModifiers, isStartKey, isTypingTarget, tourKeyAction, type KeyLike } from '../../src/present/keys.ts';
import { boxContains, FRAME_SLACK, formatElapsed, frameBox, frameTargetOf, revealsOf, scaleBar, stepFacts, stepLabel } from '../../src/present/tour.ts';
import { revealedCorridors, revealedUpTo } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { loadPack } from './helpers/pack.ts';
import { kmBetween } from '../../src/analysis/corridors.ts';
import { SCHEMATIC_SHARE_SHOWN, roundKm } from '../../src/content/labels.ts';

const pack = loadPack();
const index = buildIndex(pack);
const tour = index.tour!;
const steps = tour.steps;

describe('the tour in geo/tour.json', () => {
  it('validates with the pack', () => {
    expect(pack.problems.filter((p) => p.file === PACK_FILES.tour)).toEqual([]);
    expect(steps.length).toBeGreaterThan(0);
  });

  it('opens with a title slide, closes with a closing slide, and has 8 to 12 steps between', () => {
    expect(steps[0]!.kind).toBe('title');
    expect(steps.at(-1)!.kind).toBe('closing');
    const middle = steps.slice(1, -1);
    expect(middle.every((s) => s.kind === 'step')).toBe(true);
    expect(middle.length).toBeGreaterThanOrEqual(8);
    expect(middle.length).toBeLessThanOrEqual(12);
  });

  it('shows a passage at every step, and every step has notes and sources', () => {
    for (const s of steps.slice(1)) expect(index.passages.has(s.passage ?? ''), `${s.id} shows a passage`).toBe(true);
    for (const s of steps) {
      expect(s.notes.length, `${s.id} has notes`).toBeGreaterThan(40);
      expect(s.sources.length, `${s.id} cites sources`).toBeGreaterThan(0);
    }
  });

  it('types no distance into the notes: lengths come from the data at render time', () => {
    for (const s of steps) {
      expect(s.notes, s.id).not.toMatch(/\d[\d,.]*\s*(km|kilomet|mi\b|miles|nmi)/i);
      expect(s.notes, s.id).not.toMatch(/\b(thousand|hundred)\b/i);
    }
  });

  it('covers the story: the target, both countries, land-linked, the road, the river, the railway, the alternatives, energy, borders', () => {
    const all = (ids: string[]) => steps.some((s) => ids.every((id) => [...s.features, ...s.reveal, s.passage].includes(id)));
    expect(all(['passage:dateline'])).toBe(true);
    expect(all(['country:KHM', 'country:LAO'])).toBe(true);
    expect(all(['passage:land-linked', 'country:LAO'])).toBe(true);
    expect(all(['corridor:laos-sihanoukville-road'])).toBe(true);
    expect(all(['corridor:mekong-river', 'place:khone-phapheng-falls'])).toBe(true);
    expect(all(['corridor:farm-exports-to-china'])).toBe(true);
    expect(all(['corridor:laos-vung-ang', 'corridor:laos-route8-vietnam', 'corridor:laos-da-nang'])).toBe(true);
    expect(all(['corridor:laos-laem-chabang'])).toBe(true);
    expect(all(['passage:energy', 'corridor:energy-laos-cambodia'])).toBe(true);
    expect(all(['passage:security'])).toBe(true);
    expect(steps.at(-1)!.passage).toBe('passage:implementation');
  });
});

describe('what each step frames and highlights', () => {
  for (const [i, s] of steps.entries()) {
    it(`step ${i + 1} (${s.id}) frames every one of its features with one selection`, () => {
      const target = frameTargetOf(s, index);
      expect(target, 'a selection the camera can frame').not.toBeNull();
      const box = frameBox(index.targetsOf(target!), index.geometries)!;
      for (const f of s.features) {
        // The Mekong's line is drawn by the map alone: it cannot be framed, only highlighted with the passage.
        if (!index.geometries.has(f as never)) expect(index.targetsOf(target!), `${f} highlighted with ${target}`).toContain(f);
        else expect(boxContains(box, frameBox([f], index.geometries)!, FRAME_SLACK), `${f} inside the frame of ${target}`).toBe(true);
      }
    });
  }

  it('prefers the tightest frame: a single corridor, the step’s own passage, a passage naming just the two countries', () => {
    const byId = (id: string) => steps.find((s) => s.id === id)!;
    expect(frameTargetOf(byId('step:sihanoukville-road'), index)).toBe('corridor:laos-sihanoukville-road');
    expect(frameTargetOf(byId('step:energy'), index)).toBe('passage:energy');
    expect(frameTargetOf(byId('step:borders'), index)).toBe('passage:security');
    expect(frameTargetOf(byId('step:land-linked'), index)).toBe('country:LAO');
    expect(frameTargetOf(byId('step:mekong'), index)).toBe('corridor:mekong-river');
    expect(frameTargetOf(byId('step:through-vietnam'), index)).toBe('country:VNM');
    const title = frameTargetOf(steps[0]!, index)!;
    expect(new Set(index.targetsOf(title).filter((id) => id.startsWith('country:')))).toEqual(new Set(['country:KHM', 'country:LAO']));
  });

  it('finds no frame for features no selection can hold', () => {
    expect(
      frameTargetOf({ features: ['place:boten', 'place:sihanoukville-autonomous-port', 'place:da-nang'], passage: null }, { ...index, passages: new Map() }),
    ).toBeNull();
  });
});

describe('corridors revealed step by step', () => {
  const reveals = revealsOf(tour);

  it('reveals them one step at a time, and they stay revealed', () => {
    let before: readonly string[] = [];
    for (let n = 0; n < steps.length; n++) {
      const now = revealedUpTo(reveals, n);
      for (const id of before) expect(now, `${id} stays revealed at step ${n + 1}`).toContain(id);
      expect(now.length - before.length).toBe(new Set(steps[n]!.reveal.filter((id) => !before.includes(id))).size);
      before = now;
    }
  });

  it('reveals every corridor of the pack by the end, none before the road to Sihanoukville', () => {
    expect(new Set(revealedUpTo(reveals, steps.length - 1))).toEqual(new Set(index.corridors.keys()));
    const road = steps.findIndex((s) => s.reveal.includes('corridor:laos-sihanoukville-road'));
    expect(revealedUpTo(reveals, road - 1)).toEqual([]);
    expect(revealedUpTo(reveals, road)).toEqual(['corridor:laos-sihanoukville-road']);
  });

  it('derives what the map draws from the store: all corridors outside the tour, the revealed ones in it, the same array for the same step', () => {
    const store = createAppStore();
    store.getState().setTourReveals(reveals);
    expect(revealedCorridors(store.getState())).toBeNull();
    store.getState().startTour(0);
    expect(revealedCorridors(store.getState())).toEqual([]);
    store.getState().goToStep(6);
    const at6 = revealedCorridors(store.getState());
    expect(at6).toEqual(revealedUpTo(reveals, 6));
    store.getState().hover('country:LAO');
    expect(revealedCorridors(store.getState())).toBe(at6);
    store.getState().goToStep(7);
    expect(revealedCorridors(store.getState())).not.toBe(at6);
    store.getState().stopTour();
    expect(revealedCorridors(store.getState())).toBeNull();
  });
});

describe('what the data measures at each step', () => {
  it('ranks the ways to the sea revealed so far only against those measured from the same start, shortest first', () => {
    const n = steps.findIndex((s) => s.reveal.includes('corridor:laos-laem-chabang'));
    const facts = stepFacts(tour, n, index);
    const all = facts.seaRoutes!.flatMap((g) => g.routes);
    expect(new Set(all.map((r) => r.id))).toEqual(
      new Set([
        'corridor:laos-sihanoukville-road',
        'corridor:laos-vung-ang',
        'corridor:laos-route8-vietnam',
        'corridor:laos-da-nang',
        'corridor:laos-laem-chabang',
      ]),
    );
    // Vientiane (or its dry port, which stands in for it) is the start of four; the Da Nang road starts elsewhere.
    expect(facts.seaRoutes!.map((g) => g.from)).toEqual(['Vientiane', 'Savannakhet (Kaysone Phomvihane)']);
    for (const g of facts.seaRoutes!) {
      const km = g.routes.map((r) => r.km);
      expect(km).toEqual([...km].sort((a, b) => a - b));
    }
    expect(all.filter((r) => r.isNew).map((r) => r.id)).toEqual(['corridor:laos-laem-chabang']);
  });

  it("measures every way to the sea from its group's start, along the line between the two places", () => {
    for (let n = 0; n < steps.length; n++) {
      for (const g of stepFacts(tour, n, index).seaRoutes ?? []) {
        for (const r of g.routes) {
          const f = index.corridors.get(r.id)!;
          const from = [...index.places.values()].find((p) => p.properties.name === r.from)!.properties.id;
          expect(r.km, `${r.id} from ${r.from}`).toBeCloseTo(kmBetween(f, index.corridorMetrics.get(r.id)!, from, f.properties.destination) ?? NaN, 6);
        }
      }
    }
  });

  it('says "at least" and shows the schematic share beside every compared length that is partly drawn straight', () => {
    let seen = 0;
    for (let n = 0; n < steps.length; n++) {
      const facts = stepFacts(tour, n, index);
      for (const r of [...facts.revealed, ...(facts.seaRoutes ?? []).flatMap((g) => g.routes)]) {
        if (r.schematicKm > r.km * SCHEMATIC_SHARE_SHOWN) {
          seen++;
          expect(r.kmText, r.id).toMatch(/^at least [\d,]+ km \((all|[\d,]+ km) drawn straight\)$/);
        } else {
          expect(r.kmText, r.id).toMatch(/^[\d,]+ km$/);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('measures a corridor that is not a way to the sea on its own, and nothing on a step that reveals nothing', () => {
    const energy = stepFacts(
      tour,
      steps.findIndex((s) => s.id === 'step:energy'),
      index,
    );
    expect(energy.seaRoutes).toBeNull();
    expect(energy.revealed.map((r) => r.id)).toEqual(['corridor:energy-laos-cambodia']);
    expect(energy.revealed[0]!.countries).toEqual(['Laos', 'Cambodia']);
    expect(stepFacts(tour, 0, index)).toEqual({ revealed: [], seaRoutes: null });
  });

  it('writes lengths as people say them', () => {
    expect(roundKm(1606.4)).toBe('1,610 km');
    expect(roundKm(57.2)).toBe('55 km');
    expect(roundKm(1)).toBe('5 km');
  });
});

describe('counting and the clock', () => {
  it('counts steps from 1, the title included', () => {
    expect(stepLabel(2, 12)).toBe('3 / 12');
  });

  it('shows the elapsed time as a clock does', () => {
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('draws a round scale bar no longer than asked', () => {
    for (const [lat, zoom] of [
      [0, 0],
      [15, 5.3],
      [12, 9],
      [21, 3.2],
    ] as const) {
      const s = scaleBar(lat, zoom, 120);
      expect(s.px).toBeLessThanOrEqual(120);
      expect(s.px).toBeGreaterThan(120 / 5.01);
      expect(String(s.km)).toMatch(/^(1|2|5)(0*|\.0*[125])$|^0\.0*[125]$/);
    }
    expect(scaleBar(0, 0, 120).label).toBe('5,000 km');
  });
});

describe('keys, as presentation software has them', () => {
  const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });
  const act = (k: string, digits = '', mods: Partial<KeyLike> = {}) => tourKeyAction(key(k, mods), digits);

  it('moves on with → PageDown Space Enter, back with ← PageUp Backspace; Home and End', () => {
    for (const k of ['ArrowRight', 'PageDown', ' ', 'Enter']) expect(act(k), k).toEqual({ type: 'next' });
    for (const k of ['ArrowLeft', 'PageUp', 'Backspace']) expect(act(k), k).toEqual({ type: 'prev' });
    expect(act('Home')).toEqual({ type: 'first' });
    expect(act('End')).toEqual({ type: 'last' });
  });

  it('jumps with digits then Enter, and Escape forgets the digits before it ends the tour', () => {
    expect(act('7')).toEqual({ type: 'digit', digit: '7' });
    expect(act('Enter', '12')).toEqual({ type: 'jump', step: 12 });
    expect(act('Escape', '1')).toEqual({ type: 'cancel' });
    expect(act('Escape')).toEqual({ type: 'leave' });
  });

  it('blacks the screen with B or ".", and F is full screen', () => {
    expect(act('b')).toEqual({ type: 'black' });
    expect(act('B')).toEqual({ type: 'black' });
    expect(act('.')).toEqual({ type: 'black' });
    expect(act('f')).toEqual({ type: 'fullscreen' });
    expect(act('x')).toBeNull();
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser, and Shift only to characters', () => {
    expect(act('ArrowRight', '', { altKey: true })).toBeNull();
    expect(act('p', '', { ctrlKey: true })).toBeNull();
    expect(act('PageDown', '', { metaKey: true })).toBeNull();
    expect(act(' ', '', { shiftKey: true })).toBeNull();
    expect(act('ArrowLeft', '', { shiftKey: true })).toBeNull();
    expect(act('3', '', { shiftKey: true })).toEqual({ type: 'digit', digit: '3' });
    expect(hasModifiers(key('.', { shiftKey: true }))).toBe(false);
    expect(isStartKey(key('p'))).toBe(true);
    expect(isStartKey(key('P', { shiftKey: true }))).toBe(true);
    expect(isStartKey(key('p', { ctrlKey: true }))).toBe(false);
  });

  it('never takes keys typed in a form field, nor Enter and Space on a focused button', () => {
    const el = (tagName: string, extra: Record<string, unknown> = {}) =>
      ({ tagName, isContentEditable: false, getAttribute: () => null, ...extra }) as unknown as EventTarget;
    expect(isTypingTarget(el('INPUT'))).toBe(true);
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(activatesTarget(key('Enter'), el('BUTTON'))).toBe(true);
    expect(activatesTarget(key(' '), el('A'))).toBe(true);
    expect(activatesTarget(key('PageDown'), el('BUTTON'))).toBe(false);
    expect(activatesTarget(key('Enter'), el('DIV'))).toBe(false);
  });
});

describe('messages between the main window and the presenter view', () => {
  it('accepts the messages of the protocol and nothing else', () => {
    expect(parseMessage({ type: 'go', step: 3 })).toEqual({ type: 'go', step: 3 });
    expect(parseMessage({ type: 'state', active: true, step: 2, black: false, startedAt: 1_700_000_000_000 })).toEqual({
      type: 'state',
      active: true,
      step: 2,
      black: false,
      startedAt: 1_700_000_000_000,
    });
    expect(parseMessage({ type: 'black', on: true })).toEqual({ type: 'black', on: true });
    expect(parseMessage({ type: 'hello', extra: '<b>' })).toEqual({ type: 'hello' });
    for (const bad of [
      null,
      'go',
      { type: 'go', step: -1 },
      { type: 'go', step: 1.5 },
      { type: 'go' },
      { type: 'black', on: 'yes' },
      { type: 'eval', code: 'x' },
      { type: 'state', active: true, step: 1, black: false, startedAt: 'now' },
    ]) {
      expect(parseMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
