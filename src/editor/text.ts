// Text as the editor takes it in: cleaned of what a paste brings along, and turned into the slugs that ids are
// made of. Pure string functions, shared by every edit.
import { passageRuns } from '../content/article.ts';

/**
 * Control characters a paste from a word processor or a web page can carry (C0 but tab and line feed, DEL, C1,
 * the byte-order mark and the Unicode line and paragraph separators). They are invisible, yet they would be
 * kept in the pack's JSON and could split a term from its match. Joiners (U+200C, U+200D) stay: Khmer, Lao and
 * Thai text needs them.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Text with line ends as `\n`, tabs as spaces and control characters removed (line breaks are kept). */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
}

/** One line of text: cleaned, every run of white space (line breaks too) one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim();
}

/**
 * A lowercase slug of the first words of a text: letters and digits of the Latin alphabet (accents dropped, so
 * Vietnamese and French names give readable slugs), joined by hyphens. Text in another script gives '' and the
 * caller falls back to a plain word: ids are for the URL and the files, not for reading.
 */
export function slugOf(text: string, words = 4): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/**
 * A new id made by `make` from the slug of `text` (or `fallback`), made unique against `taken` by a number after
 * the slug (-2, -3 …). `make` adds the kind's prefix and so gives the id its type (`passage:${string}` …).
 */
export function uniqueId<Id extends string>(make: (slug: string) => Id, text: string, fallback: string, taken: ReadonlySet<string>): Id {
  const base = slugOf(text) || fallback;
  if (!taken.has(make(base))) return make(base);
  for (let n = 2; ; n++) if (!taken.has(make(`${base}-${n}`))) return make(`${base}-${n}`);
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * The range [start, end) grown to whole words and trimmed of white space and punctuation at its edges: a
 * selection made with a mouse rarely falls on word boundaries, and the article marks a term only where it is a
 * whole word (src/content/article.ts). Null when nothing but spaces and punctuation was chosen.
 */
export function wordRange(text: string, start: number, end: number): [number, number] | null {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  while (s < e && !isWordChar(text[s])) s++;
  while (e > s && !isWordChar(text[e - 1])) e--;
  if (s === e) return null;
  while (s > 0 && isWordChar(text[s - 1])) s--;
  while (e < text.length && isWordChar(text[e])) e++;
  return [s, e];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `term` occurs in `text` as a whole word, exactly as written: asked of the article's own marking
 * (passageRuns), so that a term the editor keeps is one the reader sees marked.
 */
export function hasWholeWord(text: string, term: string): boolean {
  return passageRuns({ text, links: [{ feature: 'river:term', terms: [term] }] }).some((run) => run.feature !== undefined);
}

/**
 * `term` found again in `text` after an edit: as written, else the same words with another case or other spaces
 * between them ("Phnom  penh" for "Phnom Penh"), returned as the text now spells them; null when they are gone.
 */
export function refind(text: string, term: string): string | null {
  if (hasWholeWord(text, term)) return term;
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const loose = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
  return loose.exec(text)?.[0] ?? null;
}

/** Character pairs of a text, lowercased, white space folded: a likeness that works in every script. */
function pairs(text: string): Map<string, number> {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const out = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const p = t.slice(i, i + 2);
    out.set(p, (out.get(p) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two texts are, from 0 to 1 (Dice's coefficient on character pairs). Used to tell an edited
 * paragraph from a new one, so that it keeps its id and links; word sets would fail Lao, Khmer and Thai, which
 * do not put spaces between words.
 */
export function likeness(a: string, b: string): number {
  const pa = pairs(a);
  const pb = pairs(b);
  let common = 0;
  let total = 0;
  for (const [p, n] of pa) {
    common += Math.min(n, pb.get(p) ?? 0);
    total += n;
  }
  for (const n of pb.values()) total += n;
  return total === 0 ? (a === b ? 1 : 0) : (2 * common) / total;
}
