// How names are compared when a reader searches: without case, accents or punctuation, in any script.
// Latin accents are combining marks after canonical decomposition, so they are stripped; the vowel signs of Khmer,
// Lao, Thai and Burmese are combining marks too, but of their own blocks, and are part of the word: they stay.

/** Combining marks used with Latin, Greek and Cyrillic letters (Vietnamese tones and vowel hats among them). */
// eslint-disable-next-line no-misleading-character-class -- ranges of lone combining marks, meant to be matched one by one
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/** Invisible characters that typed text rarely has: Khmer's zero-width spaces between words, joiners, soft hyphens. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Letters that carry their accent inside them (no decomposition): Vietnamese đ is typed as d. */
const FOLDS: Readonly<Record<string, string>> = { đ: 'd', ð: 'd', ø: 'o', ł: 'l', ħ: 'h', ı: 'i', æ: 'ae', œ: 'oe', ß: 'ss', þ: 'th' };
const FOLDABLE = /[đðøłħıæœßþ]/g;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/gu;

function foldPiece(piece: string): string {
  return piece
    .normalize('NFKD')
    .replace(LATIN_MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLDS[c] ?? c);
}

/** A letter with the marks that follow it, normalized together so that marks typed in any order compare alike. */
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;

/** A name as search compares it: lower case, no accents, words separated by single spaces. */
export function fold(text: string): string {
  return foldWithOffsets(text).text;
}

/** A folded text and, for each of its characters, where it came from in the original (to show or mark a match). */
export interface Folded {
  readonly text: string;
  readonly from: readonly number[];
}

/** `fold`, keeping where each folded character (UTF-16 unit) came from in the original. */
export function foldWithOffsets(text: string): Folded {
  let out = '';
  const from: number[] = [];
  for (const m of text.matchAll(CLUSTER)) {
    for (const c of foldPiece(m[0]).replace(NOT_WORD, ' ')) {
      if (c === ' ' && (out === '' || out.endsWith(' '))) continue;
      out += c;
      for (let i = 0; i < c.length; i++) from.push(m.index);
    }
  }
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    from.pop();
  }
  return { text: out, from };
}
