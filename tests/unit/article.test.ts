import { describe, expect, it } from 'vitest';
import { passageRuns } from '../../src/content/article.ts';
import { buildIndex } from '../../src/content/index.ts';
import { articleFile } from '../../src/content/schema.ts';
import { undatedSoleClaims, validatePack } from '../../src/content/validate.ts';
import { loadPack, readRawPack } from './helpers/pack.ts';

const pack = loadPack();
const index = buildIndex(pack);
const article = pack.article!;
const passages = article.sections.flatMap((s) => s.passages);

describe('the article', () => {
  // That the passages are the article verbatim is checked where the article is read, by the build script
  // (scripts/build-article.mjs takes them again from scripts/kit/article, and reproducible.test.ts compares).
  it('holds the article without the web page’s chrome, one paragraph per passage', () => {
    const blocks = [
      article.headline,
      article.caption,
      ...article.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.passages.map((p) => p.text)]),
    ];
    for (const b of blocks) {
      expect(b, 'no page chrome').not.toMatch(/^Share this:|^Advertisement$/);
      expect(b, 'one paragraph, trimmed').toBe(b.trim());
      expect(b).not.toContain('\n');
    }
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('has unique passage ids and every link resolves', () => {
    expect(pack.problems).toEqual([]);
    const ids = passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of passages) for (const l of p.links) expect(index.features.has(l.feature as never), `${p.id} → ${l.feature}`).toBe(true);
  });

  it('links the passages the editors promised', () => {
    const linksOf = (id: string) => passages.find((p) => p.id === id)!.links.map((l) => l.feature);
    const laosOutlets = [
      'corridor:laos-sihanoukville-road',
      'corridor:mekong-river',
      'corridor:laos-vung-ang',
      'corridor:laos-route8-vietnam',
      'corridor:laos-da-nang',
      'corridor:laos-laem-chabang',
    ];
    const required: Record<string, string[]> = {
      'passage:logistics': [
        'corridor:laos-sihanoukville-road',
        'corridor:mekong-river',
        'place:sihanoukville-autonomous-port',
        'corridor:farm-exports-to-china',
        'place:boten',
        'place:mohan',
        'country:CHN',
      ],
      'passage:land-linked': ['country:LAO', ...laosOutlets],
      'passage:energy': ['corridor:energy-laos-cambodia', 'place:don-sahong-dam'],
      'passage:security': ['place:trapeang-kriel-nong-nok-khiene'],
      'passage:subregion': ['country:THA', 'country:VNM', 'country:CHN', 'river:mekong', 'country:KHM', 'country:LAO'],
      'passage:dateline': ['country:KHM', 'country:LAO', 'place:phnom-penh'],
      'passage:talks': ['country:KHM', 'country:LAO', 'place:phnom-penh', 'country:VNM'],
    };
    for (const [id, features] of Object.entries(required)) expect(linksOf(id), id).toEqual(expect.arrayContaining(features));
    // Passages that name no place link to nothing.
    for (const id of ['passage:partnership', 'passage:beyond', 'passage:implementation']) expect(linksOf(id)).toEqual([]);
  });

  it('derives the reverse index exactly from the passages', () => {
    const expected = new Map<string, string[]>();
    for (const p of passages) for (const l of p.links) expected.set(l.feature, [...new Set([...(expected.get(l.feature) ?? []), p.id])]);
    expect(new Map([...index.passagesOf].map(([k, v]) => [k, [...v]]))).toEqual(expected);
    expect(index.passagesOf.get('corridor:laos-da-nang')).toEqual(['passage:land-linked']);
    expect(index.passagesOf.get('corridor:energy-laos-cambodia')).toEqual(['passage:energy']);
  });

  it('marks linked terms as whole words only', () => {
    const runs = passageRuns({
      text: 'Cambodian leaders met in Cambodia; Laos and the Lao side agreed.',
      links: [
        { feature: 'country:KHM', terms: ['Cambodia'] },
        { feature: 'country:LAO', terms: ['Laos', 'Lao'] },
      ],
    });
    expect(runs.filter((r) => r.feature).map((r) => `${r.text}→${r.feature}`)).toEqual(['Cambodia→country:KHM', 'Laos→country:LAO', 'Lao→country:LAO']);
    expect(runs.map((r) => r.text).join('')).toBe('Cambodian leaders met in Cambodia; Laos and the Lao side agreed.');
  });

  it('gives every note on a link sources of its own, which resolve and are not all weaker sources', () => {
    const notes = passages.flatMap((p) => p.links.flatMap((l) => (l.note ? [{ at: `${p.id} → ${l.feature}`, ...l.note }] : [])));
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      expect(n.sources.length, n.at).toBeGreaterThan(0);
      for (const id of n.sources) expect(pack.sources.has(id), `${n.at}: ${id}`).toBe(true);
      expect(
        n.sources.some((id) => pack.sources.get(id)?.weak === false),
        `${n.at}: rests on weaker sources only`,
      ).toBe(true);
    }
  });

  it('refuses a note without sources, and does not show a note whose sources do not resolve', () => {
    const raw = readRawPack();
    type RawLink = { feature: string; terms: string[]; note?: unknown };
    type RawArticle = { sections: { passages: { links: RawLink[] }[] }[] };
    const bare = structuredClone(raw.article) as RawArticle;
    const link = bare.sections.flatMap((s) => s.passages.flatMap((p) => p.links)).find((l) => l.note)!;
    link.note = 'Sihanoukville is Cambodia’s only deep-water seaport.';
    expect(articleFile.safeParse(bare).success).toBe(false);
    link.note = { text: 'Sihanoukville is Cambodia’s only deep-water seaport.', sources: [] };
    expect(articleFile.safeParse(bare).success).toBe(false);

    const dangling = structuredClone(raw.article) as RawArticle;
    const first = dangling.sections.flatMap((s) => s.passages.flatMap((p) => p.links)).find((l) => l.note)!;
    first.note = { text: 'A note.', sources: ['no-such-source'] };
    const result = validatePack({ ...raw, article: dangling });
    expect(result.problems.map((p) => p.message)).toEqual(['unknown source "no-such-source"']);
    const kept = result.article!.sections.flatMap((s) => s.passages.flatMap((p) => p.links)).find((l) => l.feature === first.feature && !l.note);
    expect(kept, 'the link stays, without its note').toBeDefined();
  });

  it('dates every claim of a sole road or crossing in the notes ("as of <year>")', () => {
    const undated = passages.flatMap((p) => p.links.flatMap((l) => (l.note ? undatedSoleClaims(l.note.text).map((s) => `${p.id} → ${l.feature}: ${s}`) : [])));
    expect(undated).toEqual([]);
    expect(undatedSoleClaims('This is the one official road crossing between Cambodia and Laos recorded in the sources.')).toHaveLength(1);
    expect(undatedSoleClaims('One road links the two countries today.')).toHaveLength(1);
    expect(undatedSoleClaims('The sources, as of 2016, record one official road crossing.')).toEqual([]);
    expect(undatedSoleClaims('One of Laos’ outlets to the sea: by road through Cambodia.')).toEqual([]);
  });

  it('reports a dangling link precisely and drops only that link', () => {
    const raw = readRawPack();
    const broken = structuredClone(raw.article) as { sections: { passages: { links: { feature: string; terms: string[] }[] }[] }[] };
    broken.sections[0]!.passages[0]!.links.push({ feature: 'place:atlantis', terms: [] });
    const result = validatePack({ ...raw, article: broken });
    expect(result.problems).toEqual([
      {
        file: 'article.json',
        path: expect.stringMatching(/^sections\[0\]\.passages\[0\]\.links\[\d+\]\.feature$/),
        message: 'links to unknown feature "place:atlantis"',
      },
    ]);
    expect(result.article!.sections[0]!.passages[0]!.links.map((l) => l.feature)).not.toContain('place:atlantis');
  });
});
