import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passageRuns } from '../../src/content/article.ts';
import { buildIndex } from '../../src/content/index.ts';
import { validatePack } from '../../src/content/validate.ts';
import { loadPack, readRawPack } from './helpers/pack.ts';

const pack = loadPack();
const index = buildIndex(pack);
const article = pack.article!;
const passages = article.sections.flatMap((s) => s.passages);

describe('the article', () => {
  it('is the source article verbatim, without the page chrome at its end', () => {
    const source = resolve(import.meta.dirname, '../../../shared/article/source-article.txt');
    expect(existsSync(source), 'the shared source article is beside the project').toBe(true);
    const lines = readFileSync(source, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
    const body = lines.filter((l) => !/^Share this:|^Advertisement$/.test(l));
    const ours = [article.headline, article.caption, ...article.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.passages.map((p) => p.text)])];
    expect(ours).toEqual(body);
  });

  it('has unique passage ids and every link resolves', () => {
    expect(pack.problems).toEqual([]);
    const ids = passages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of passages) for (const l of p.links) expect(index.features.has(l.feature as never), `${p.id} → ${l.feature}`).toBe(true);
  });

  it('links the passages the editors promised', () => {
    const linksOf = (id: string) => passages.find((p) => p.id === id)!.links.map((l) => l.feature);
    const laosOutlets = ['corridor:laos-sihanoukville-road', 'corridor:mekong-river', 'corridor:laos-vung-ang', 'corridor:laos-route8-vietnam', 'corridor:laos-da-nang', 'corridor:laos-laem-chabang'];
    expect(linksOf('passage:logistics')).toEqual(expect.arrayContaining(['corridor:laos-sihanoukville-road', 'place:sihanoukville-autonomous-port', 'corridor:farm-exports-to-china', 'country:CHN']));
    expect(linksOf('passage:land-linked')).toEqual(expect.arrayContaining(laosOutlets));
    expect(linksOf('passage:energy')).toContain('corridor:energy-laos-cambodia');
    expect(linksOf('passage:security')).toContain('place:trapeang-kriel-nong-nok-khiene');
    expect(linksOf('passage:subregion')).toEqual(expect.arrayContaining(['country:THA', 'country:VNM', 'country:CHN', 'river:mekong']));
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

  it('reports a dangling link precisely and drops only that link', () => {
    const raw = readRawPack();
    const broken = structuredClone(raw.article) as { sections: { passages: { links: { feature: string; terms: string[] }[] }[] }[] };
    broken.sections[0]!.passages[0]!.links.push({ feature: 'place:atlantis', terms: [] });
    const result = validatePack({ ...raw, article: broken });
    expect(result.problems).toEqual([{ file: 'article.json', path: expect.stringMatching(/^sections\[0\]\.passages\[0\]\.links\[\d+\]\.feature$/), message: 'links to unknown feature "place:atlantis"' }]);
    expect(result.article!.sections[0]!.passages[0]!.links.map((l) => l.feature)).not.toContain('place:atlantis');
  });
});
