import { describe, expect, it } from 'vitest';
import { CORRIDOR_KINDS, LABEL_LANGS, PLACE_TYPES, THEMES } from '../../src/content/types.ts';
import { stateFromUrl, urlStateOf } from '../../src/state/selectors.ts';
import { createAppStore } from '../../src/state/store.ts';
import { parseHash, serializeHash } from '../../src/state/url.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/state/view.ts';
import { random } from '../random.ts';

const known = new Set(['country:KHM', 'country:LAO', 'corridor:laos-da-nang', 'place:boten', 'river:mekong', 'passage:energy']);
const opts = { isKnownId: (id: string) => known.has(id) };

const ATOMS = [
  'map=',
  'sel=',
  'hide=',
  'lang=',
  'theme=',
  'step=',
  '&',
  '=',
  '#',
  '/',
  ',',
  '%',
  '%2',
  '%ZZ',
  '%E0%A4',
  '+',
  ':',
  '-',
  '.',
  'e',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1.5',
  '99999',
  '1e308',
  '6/15/105',
  'step=99999',
  'step=100',
  'map=99/95/400',
  'map=-5/-95/-400',
  'country:KHM',
  'country:XXX',
  'passage:energy',
  'place:',
  'corridor:laos-da-nang',
  '<script>',
  ...CORRIDOR_KINDS,
  ...PLACE_TYPES,
  ...LABEL_LANGS,
  ...THEMES,
  'ថ',
  'ລາວ',
  '\u0000',
  '\uFFFF',
  ' ',
  '"',
  "'",
  '\\',
];

function generated(rnd: () => number): string {
  const parts: string[] = [];
  for (let i = 0, n = Math.floor(rnd() * 14); i < n; i++) parts.push(ATOMS[Math.floor(rnd() * ATOMS.length)]!);
  return (rnd() < 0.8 ? '#' : '') + parts.join('');
}

/** A valid hash with one random character changed, inserted or removed. */
function mutated(rnd: () => number): string {
  const base = '#map=6.5/15.2/104.8&sel=corridor:laos-da-nang&hide=energy,dam&lang=native&theme=projector&step=3';
  const i = Math.floor(rnd() * base.length);
  const c = String.fromCharCode(32 + Math.floor(rnd() * 95));
  const op = rnd();
  return op < 0.33 ? base.slice(0, i) + c + base.slice(i + 1) : op < 0.66 ? base.slice(0, i) + c + base.slice(i) : base.slice(0, i) + base.slice(i + 1);
}

describe('any hash is safe', () => {
  // 10,000 cases take about 2 s alone, and more on a shared machine: the default 5 s would fail on the machine's load.
  it('10,000 generated and mutated hashes: no exception, always a valid state, stable once written', { timeout: 30_000 }, () => {
    const rnd = random(7);
    const store = createAppStore();
    store.getState().setTourReveals(Array.from({ length: 12 }, () => []));
    for (let n = 0; n < 10_000; n++) {
      const hash = n % 2 ? generated(rnd) : mutated(rnd);
      const parsed = parseHash(hash, opts);
      store.getState().applyLink(stateFromUrl(parsed));
      const s = store.getState();
      // Always a valid state.
      expect(s.selected === null || known.has(s.selected), hash).toBe(true);
      expect(LABEL_LANGS).toContain(s.labelLang);
      expect(THEMES).toContain(s.theme);
      for (const k of s.hiddenKinds) expect(CORRIDOR_KINDS).toContain(k);
      for (const t of s.hiddenPlaceTypes) expect(PLACE_TYPES).toContain(t);
      expect(Number.isInteger(s.tour.step) && s.tour.step >= 0 && s.tour.step < s.tourReveals.length, hash).toBe(true);
      if (parsed.view) {
        expect(parsed.view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
        expect(parsed.view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
        expect(parsed.view.center.every(Number.isFinite)).toBe(true);
      }
      // What the app writes back parses to the same state.
      const written = serializeHash(urlStateOf(s));
      const again = createAppStore();
      again.getState().setTourReveals(s.tourReveals);
      again.getState().applyLink(stateFromUrl(parseHash(written, opts)));
      expect(serializeHash(urlStateOf(again.getState())), hash).toBe(written);
    }
  });
});
