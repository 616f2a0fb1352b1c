import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseHash, serializeHash, uiFromHash, type UrlState } from '../../src/state/url.ts';

const known = new Set(['country:KHM', 'country:LAO', 'corridor:laos-sihanoukville-road', 'place:boten', 'river:mekong', 'passage:logistics']);
const opts = { isKnownId: (id: string) => known.has(id) };

describe('the URL codec', () => {
  it('round-trips every kind of selection with the view and settings', () => {
    for (const selected of known) {
      const state: UrlState = {
        view: { center: [104.9123, 12.5678], zoom: 6.25 },
        selected: selected as UrlState['selected'],
        hiddenKinds: ['agri-export', 'energy'],
        hiddenPlaceTypes: ['dam'],
        labelLang: 'en',
        theme: 'high-contrast',
        ui: 'km',
        step: 4,
      };
      const hash = serializeHash(state);
      expect(parseHash(hash, opts)).toEqual(state);
      expect(serializeHash(parseHash(hash, opts))).toBe(hash);
    }
  });

  it('writes nothing for the default state and reads nothing as the default', () => {
    expect(serializeHash(DEFAULT_URL_STATE)).toBe('');
    expect(parseHash('', opts)).toEqual(DEFAULT_URL_STATE);
    expect(parseHash('#', opts)).toEqual(DEFAULT_URL_STATE);
  });

  it('carries the interface language as ui= (none for English), and names it only when the link does', () => {
    expect(serializeHash({ ...DEFAULT_URL_STATE, ui: 'lo' })).toBe('#ui=lo');
    expect(uiFromHash('#map=6/15/105&ui=fr')).toBe('fr');
    expect(uiFromHash('#map=6/15/105')).toBeNull();
    expect(uiFromHash('#ui=de')).toBeNull();
    expect(parseHash('#ui=xx', opts).ui).toBe('en');
  });

  it('keeps readable ids in the hash', () => {
    const hash = serializeHash({ ...DEFAULT_URL_STATE, selected: 'corridor:laos-sihanoukville-road' });
    expect(hash).toBe('#sel=corridor:laos-sihanoukville-road');
  });

  it('ignores unknown ids and values but keeps the rest', () => {
    const s = parseHash('#sel=country:XXX&map=6/15/105&lang=klingon&theme=neon&hide=energy,bogus', opts);
    expect(s.selected).toBeNull();
    expect(s.view).toEqual({ center: [105, 15], zoom: 6 });
    expect(s.labelLang).toBe('both');
    expect(s.theme).toBe('light');
    expect(s.hiddenKinds).toEqual(['energy']);
  });

  it('clamps numbers', () => {
    const s = parseHash('#map=99/95/400&step=100000', opts);
    expect(s.view!.zoom).toBe(12);
    expect(s.view!.center[1]).toBeLessThanOrEqual(35);
    expect(s.view!.center[0]).toBeLessThanOrEqual(125);
    expect(s.step).toBe(99_999); // the store keeps it within the tour (tour-session.ts)
    expect(parseHash('#step=0', opts).step).toBe(0);
  });

  it('tolerates garbage without throwing', () => {
    const garbage = [
      '#%',
      '#%E0%A4%A',
      '#map=1/2',
      '#map=a/b/c',
      '#map=NaN/Infinity/-Infinity',
      '#map=1e999/1/1',
      '#sel=<script>alert(1)</script>',
      '#sel=country:KHM&sel=country:LAO',
      '#=&&&==',
      '#hide=,,,',
      '#step=-4',
      '#step=1.5',
      'no-hash-at-all',
      '#' + 'a'.repeat(100_000),
    ];
    for (const g of garbage) {
      const s = parseHash(g, opts);
      expect(s.labelLang).toBe('both');
      expect(s.view === null || Number.isFinite(s.view.zoom)).toBe(true);
    }
    expect(parseHash('#sel=country:KHM&sel=country:LAO', opts).selected).toBe('country:KHM');
    expect(parseHash('#step=-4', opts).step).toBeNull();
  });
});
