// Splits a passage's text into plain runs and the runs that name a linked feature, for marking in the panel.
import type { Passage } from './schema.ts';

export interface TextRun {
  readonly text: string;
  /** The feature this run names, if any. */
  readonly feature?: string;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Where `term` occurs in `text` as a whole word (not inside a longer word), left to right. */
function wholeWordMatches(text: string, term: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + term.length])) out.push(i);
  }
  return out;
}

export function passageRuns(passage: Pick<Passage, 'text' | 'links'>): TextRun[] {
  const spans: { start: number; end: number; feature: string }[] = [];
  // Longer terms first, so "the X capital" wins over "X" where they overlap.
  const terms = passage.links.flatMap((l) => l.terms.map((t) => ({ term: t, feature: l.feature }))).sort((a, b) => b.term.length - a.term.length);
  for (const { term, feature } of terms) {
    for (const start of wholeWordMatches(passage.text, term)) {
      const end = start + term.length;
      if (spans.some((s) => start < s.end && end > s.start)) continue;
      spans.push({ start, end, feature });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) runs.push({ text: passage.text.slice(at, s.start) });
    runs.push({ text: passage.text.slice(s.start, s.end), feature: s.feature });
    at = s.end;
  }
  if (at < passage.text.length) runs.push({ text: passage.text.slice(at) });
  return runs;
}
