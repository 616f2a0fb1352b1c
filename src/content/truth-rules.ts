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
 * Where a line crosses itself: the indexes of the first two segments that cross (segments that only share a
 * vertex, as consecutive ones do, do not count; nor pairs `counts` turns down), or null.
 */
export function selfCrossing(coords: readonly (readonly number[])[], counts: (i: number, j: number) => boolean = () => true): [number, number] | null {
  const n = coords.length - 1;
  const box = (i: number) => {
    const [a, b] = [coords[i]!, coords[i + 1]!];
    return [Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!)] as const;
  };
  const cross = (o: readonly number[], a: readonly number[], b: readonly number[]) => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);
  for (let i = 0; i < n; i++) {
    const bi = box(i);
    for (let j = i + 2; j < n; j++) {
      const bj = box(j);
      if (bj[0] > bi[2] || bj[2] < bi[0] || bj[1] > bi[3] || bj[3] < bi[1]) continue;
      const [p, q, r, s] = [coords[i]!, coords[i + 1]!, coords[j]!, coords[j + 1]!];
      const d1 = cross(r, s, p);
      const d2 = cross(r, s, q);
      const d3 = cross(p, q, r);
      const d4 = cross(p, q, s);
      if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) && counts(i, j)) return [i, j];
    }
  }
  return null;
}
