// Search: names compared without case, accents or punctuation in any script, and ranked closest first.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/index.ts';
import { buildEntries, excerpt, search, RESULT_LIMIT } from '../../src/search/match.ts';
import { fold, foldWithOffsets } from '../../src/search/normalize.ts';
import { loadPack } from './helpers/pack.ts';

const index = buildIndex(loadPack());
const entries = buildEntries(index);
const ids = (q: string) => search(entries, q).map((h) => h.entry.id);
const first = (q: string) => search(entries, q)[0];

describe('fold', () => {
  it('drops case, Latin accents and Vietnamese tones and hats', () => {
    expect(fold('Vũng Áng')).toBe('vung ang');
    expect(fold('Cộng hòa xã hội chủ nghĩa Việt Nam')).toBe('cong hoa xa hoi chu nghia viet nam');
    expect(fold('Kâmpŭchéa')).toBe('kampuchea');
  });

  it('reads Vietnamese đ as d, in either case', () => {
    expect(fold('Đông Hà')).toBe('dong ha');
    expect(fold('đường')).toBe('duong');
  });

  it('keeps the vowel signs of Khmer, Lao and Thai, which are part of the word', () => {
    expect(fold('ភ្នំពេញ')).toBe('ភ្នំពេញ');
    expect(fold('ភ្នំពេញ')).not.toBe(fold('ភនពញ'));
    expect(fold('ປາກເຊ')).toBe('ປາກເຊ');
    expect(fold('กรุงเทพมหานคร')).toBe('กรุงเทพมหานคร');
  });

  it('treats punctuation and dashes as spaces, and drops zero-width spaces', () => {
    expect(fold("  Pu'er – (Laos–China) ")).toBe('pu er laos china');
    expect(fold('ភ្នំ\u200bពេញ')).toBe('ភ្នំពេញ');
  });

  it('compares marks typed in any order alike', () => {
    // ệ as e + hat + dot below, and as e + dot below + hat.
    expect(fold('Vie\u0302\u0323t')).toBe(fold('Vie\u0323\u0302t'));
  });

  it('knows where each folded character came from', () => {
    const f = foldWithOffsets('Cát Lái');
    expect(f.text).toBe('cat lai');
    expect(f.from).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const d = foldWithOffsets('Vie\u0302\u0323t Nam');
    expect(d.text).toBe('viet nam');
    expect(d.from[3]).toBe(5); // the t after the two marks
  });
});

describe('search', () => {
  it('finds a place without its accents: "vung ang" finds Vũng Áng port, before the route named after it', () => {
    const hit = first('vung ang')!;
    expect(hit.entry.id).toBe('place:vung-ang-port');
    expect(hit.entry.kind).toBe('place');
    expect(hit.entry.country).toBe('Vietnam');
    expect(hit.name.text.slice(hit.start, hit.end)).toBe('Vũng Áng');
    expect(ids('vung ang')).toContain('corridor:laos-vung-ang');
    expect(ids('vung ang').indexOf('corridor:laos-vung-ang')).toBeGreaterThan(0);
  });

  it('finds places by their name in Khmer, Lao and Thai script', () => {
    expect(first('ភ្នំពេញ')?.entry.id).toBe('place:phnom-penh');
    expect(first('ភ្នំពេញ')?.name.lang).toBe('km');
    expect(first('ວຽງຈັນ')?.entry.id).toBe('place:vientiane');
    expect(first('ປາກເຊ')?.entry.id).toBe('place:pakse');
    expect(first('กรุงเทพ')?.entry.id).toBe('place:bangkok');
  });

  it('finds countries by their native names: common, official and romanized', () => {
    expect(first('កម្ពុជា')?.entry.id).toBe('country:KHM');
    expect(first('ລາວ')?.entry.id).toBe('country:LAO');
    expect(first('ไทย')?.entry.id).toBe('country:THA'); // inside ประเทศไทย: Thai has no spaces between words
    expect(first('viet nam')?.entry.id).toBe('country:VNM');
    expect(first('kampuchea')?.entry.id).toBe('country:KHM');
    expect(first('Sathalanalat')?.entry.id).toBe('country:LAO');
    expect(first('ສປປ ລາວ')?.entry.id).toBe('country:LAO');
  });

  it('finds Chinese names where the pack has them', () => {
    expect(first('中国')?.entry.id).toBe('country:CHN');
    expect(first('中华人民共和国')?.entry.id).toBe('country:CHN');
    expect(first('昆明')?.entry.id).toBe('place:kunming');
    expect(first('磨憨')?.entry.id).toBe('place:mohan');
    expect(first('湄公河')?.entry.id).toBe('river:mekong');
  });

  it('reads Vietnamese đ as d both ways', () => {
    expect(first('dong ha')?.entry.id).toBe('place:dong-ha');
    expect(first('Đông Hà')?.entry.id).toBe('place:dong-ha');
    expect(first('cat lai')?.entry.id).toBe('place:cat-lai-port');
  });

  it('ranks the whole name, then its start, then a word, then inside a word', () => {
    const hits = search(entries, 'phnom penh');
    expect(hits[0]?.entry.id).toBe('place:phnom-penh');
    expect(hits[0]?.tier).toBe(0);
    expect(hits[1]?.entry.id).toBe('place:phnom-penh-autonomous-port-lm17');
    expect(hits[1]?.tier).toBe(1);
    const tiers = hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    // "hanouk" is only inside a word.
    expect(search(entries, 'hanouk').every((h) => h.tier === 4)).toBe(true);
    expect(ids('hanouk')).toContain('place:sihanoukville-autonomous-port');
  });

  it('puts countries and places before routes, and routes before passages, among as close matches', () => {
    const hits = search(entries, 'cambodia');
    expect(hits[0]?.entry.id).toBe('country:KHM');
    const kinds = hits.filter((h) => h.tier === 2).map((h) => h.entry.kind);
    expect(kinds.indexOf('passage')).toBeGreaterThan(kinds.lastIndexOf('corridor'));
    expect(kinds).toContain('corridor');
  });

  it('finds words in any order, and names typed without their spaces', () => {
    expect(ids('vientiane station')).toContain('place:vientiane-railway-station');
    expect(ids('vungang')).toContain('place:vung-ang-port');
    expect(ids('puer')).toContain('place:pu-er');
  });

  it('finds passages by the words of their text, never inside a word', () => {
    const hit = search(entries, 'francophonie').find((h) => h.entry.kind === 'passage');
    expect(hit?.entry.id).toBe('passage:francophonie');
    expect(hit?.entry.label).toBe('What happens next');
    expect(ids('rancophonie')).not.toContain('passage:francophonie');
  });

  it('gives at most the limit, and nothing for an empty or blank query', () => {
    expect(search(entries, 'a').length).toBeLessThanOrEqual(RESULT_LIMIT);
    expect(search(entries, 'an').length).toBe(RESULT_LIMIT);
    expect(search(entries, '')).toEqual([]);
    expect(search(entries, ' – ')).toEqual([]);
  });

  it('keeps the status of a route, so that a plan is never offered as a working route', () => {
    const route = search(entries, 'vung ang').find((h) => h.entry.kind === 'corridor');
    expect(route?.entry.status).toBe(index.corridors.get('corridor:laos-vung-ang')?.properties.status);
  });
});

describe('excerpt', () => {
  it('shows the words around a match, cut at spaces, with ellipses where text is left out', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const start = text.indexOf('six');
    const e = excerpt(text, start, start + 3, 20);
    expect(e.match).toBe('six');
    expect(e.before.startsWith('…')).toBe(true);
    expect(e.after.endsWith('…')).toBe(true);
    expect(`${e.before}${e.match}${e.after}`.replaceAll('…', '').trim().split(' ')).toContain('five');
    expect(excerpt('short', 0, 5)).toEqual({ before: '', match: 'short', after: '' });
  });
});
