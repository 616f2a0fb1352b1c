// Words of a passage, found as the article marks them: the editor's keyboard path to a link types the words
// instead of selecting them, and they are looked for here as whole words, as written first, else with another case
// or spacing. Pure string functions.
import { passageRuns } from '../../content/article.ts';
import type { Passage } from '../../content/schema.ts';
import { cleanLine } from '../../editor/text.ts';

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ranges [start, end) of the passage's text already marked as a link. */
export function linkedRanges(passage: Pick<Passage, 'text' | 'links'>): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const run of passageRuns(passage)) {
    if (run.feature) out.push([at, at + run.text.length]);
    at += run.text.length;
  }
  return out;
}

/**
 * Where `words` occur in `text` as whole words: the first occurrence exactly as typed that is not marked already
 * (`taken`), else the first with another case or spacing; null when the text has none.
 */
export function findWords(text: string, words: string, taken: readonly (readonly [number, number])[] = []): [number, number] | null {
  const w = cleanLine(words);
  if (!w) return null;
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const found: [number, number][] = [];
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + w.length])) found.push([i, i + w.length]);
  }
  const loose = new RegExp(`(?<![\\p{L}\\p{N}])${w.split(' ').map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  for (const m of text.matchAll(loose)) found.push([m.index, m.index + m[0].length]);
  return found.find(([s, e]) => free(s, e)) ?? found[0] ?? null;
}

/** Whether [start, end) overlaps words already linked in the passage. */
export function overlapsLink(passage: Pick<Passage, 'text' | 'links'>, start: number, end: number): boolean {
  return linkedRanges(passage).some(([a, b]) => start < b && end > a);
}
