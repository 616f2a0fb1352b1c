// The truth rules a pack's words and lines obey (ARCHITECTURE.md, 'Truth rules'), checked by validatePack.
import type { CorridorStatus } from './types.ts';

/**
 * Words in a status note that say nobody is known to use a corridor (yet), or that part of it is planned or
 * unverified. A corridor whose note says so may not claim to be simply in use: a plan is never shown as a
 * working route.
 */
const DOUBT =
  /\b(no (scheduled |through |cargo )*(service|traffic|shipments|volumes|figures)|not (yet )?(in use|verified|found)|in principle|(a|stated|only) plan|planned|was not found)\b/i;

/** What is wrong with a corridor's status given its note, or null. */
export function statusProblem(status: CorridorStatus, note: string): string | null {
  const doubt = DOUBT.exec(note);
  if (status === 'in-use' && doubt) return `says "in-use" but its status note says "${doubt[0]}"`;
  if (status === 'partly-in-use' && !doubt) return 'says "partly-in-use" but its status note does not say which part is planned or unverified';
  return null;
}

/**
 * A claim that something is the only one of its kind on the border (the one road crossing, the sole road link)
 * is true only as of when its sources were written: such a sentence must say "as of <year>". Returns the
 * sentences of `text` that make the claim without saying when.
 */
export function undatedSoleClaims(text: string): string[] {
  const SOLE =
    /\b(only|sole|single|one)\s+(?:(?:official|overland|international|direct|paved)\s+)*(road|roads|crossing|crossings|checkpoint|border post|road link|route)\b|\bone road\b/i;
  const DATED = /\bas of (?:\w+ )?(?:1[89]|20)\d\d\b/i;
  return text.split(/(?<=[.;!?])\s+/).filter((sentence) => SOLE.test(sentence) && !DATED.test(sentence));
}

/**
 * The figures of a text (700, 2030, 1,035 as 1035), in order: a translation must carry the same ones as what it
 * translates, so that a slip in a translated title cannot change a target or a year. Digits of any script count
 * (Khmer ០–៩ and Lao ໐–໙ as 0–9); group separators are ignored.
 */
export function figuresOf(text: string): string[] {
  const ascii = text.replace(/[\u17E0-\u17E9]/g, (d) => String(d.charCodeAt(0) - 0x17e0)).replace(/[\u0ED0-\u0ED9]/g, (d) => String(d.charCodeAt(0) - 0x0ed0));
  return [...ascii.matchAll(/\d+(?:[,.\u00A0\u202F ]\d{3})*(?:[.,]\d+)?/g)].map((m) => m[0].replace(/[,.\u00A0\u202F ](?=\d{3}\b)/g, ''));
}

/** What is wrong with a translated text given the text it translates (its figures differ), or null. */
export function translationProblem(original: string, translated: string): string | null {
  const a = figuresOf(original).sort();
  const b = figuresOf(translated).sort();
  return a.join(' ') === b.join(' ') ? null : `has the figures ${b.join(', ') || '(none)'} where the original has ${a.join(', ') || '(none)'}`;
}

/**
 * Where a line crosses itself: the indexes of the first two segments that cross (segments that only share a
 * vertex, as consecutive ones do, do not count; nor pairs `counts` turns down), or null.
 *
 * Checked for every route as a pack opens, before the map is drawn: a traced road has thousands of vertices, so
 * segments are swept in order of their boxes' west edge and only those whose boxes overlap are compared.
 */
export function selfCrossing(coords: readonly (readonly number[])[], counts: (i: number, j: number) => boolean = () => true): [number, number] | null {
  const n = coords.length - 1;
  if (n < 3) return null;
  const x = new Float64Array(n + 1);
  const y = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) [x[k], y[k]] = [coords[k]![0]!, coords[k]![1]!];
  const [west, east, south, north] = [new Float64Array(n), new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  for (let k = 0; k < n; k++) {
    [west[k], east[k]] = x[k]! < x[k + 1]! ? [x[k]!, x[k + 1]!] : [x[k + 1]!, x[k]!];
    [south[k], north[k]] = y[k]! < y[k + 1]! ? [y[k]!, y[k + 1]!] : [y[k + 1]!, y[k]!];
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => west[a]! - west[b]!);
  const cross = (o: number, a: number, b: number) => (x[a]! - x[o]!) * (y[b]! - y[o]!) - (y[a]! - y[o]!) * (x[b]! - x[o]!);
  const opposite = (d: number, e: number) => (d > 0 && e < 0) || (d < 0 && e > 0);
  let first: [number, number] | null = null;
  for (let a = 0; a < n; a++) {
    const s = order[a]!;
    for (let b = a + 1; b < n && west[order[b]!]! <= east[s]!; b++) {
      const t = order[b]!;
      const [i, j] = s < t ? [s, t] : [t, s];
      if (j - i < 2 || south[t]! > north[s]! || north[t]! < south[s]!) continue;
      if (first && (i > first[0] || (i === first[0] && j > first[1]))) continue;
      if (opposite(cross(j, j + 1, i), cross(j, j + 1, i + 1)) && opposite(cross(i, i + 1, j), cross(i, i + 1, j + 1)) && counts(i, j)) first = [i, j];
    }
  }
  return first;
}
