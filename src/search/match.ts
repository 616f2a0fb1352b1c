// Search over the open story: its countries, places, the river, its routes and the article's passages, by any of
// their names (English, native script, official, romanized), ranked so that the closest name comes first.
// Loaded on first use (src/ui/search-box.ts): the first view carries none of it.
import type { ContentIndex } from '../content/index.ts';
import type { CorridorStatus, SelectableId } from '../content/types.ts';
import { foldWithOffsets } from './normalize.ts';

export type SearchKind = 'country' | 'place' | 'river' | 'corridor' | 'passage';

export interface SearchName {
  readonly text: string;
  /** The language of a native name (for the page's `lang`, so that it is read and drawn right); null for English. */
  readonly lang: string | null;
  readonly folded: string;
  /** Where each folded character came from in `text`. */
  readonly from: readonly number[];
  /** `folded` without its spaces, and where each of its characters is in `folded` ("vungang" finds Vũng Áng). */
  readonly compact: string;
  readonly compactFrom: readonly number[];
}

export interface SearchEntry {
  readonly id: SelectableId;
  readonly kind: SearchKind;
  /** What the result is called: its name in the story's language (a passage: its section's heading, if any). */
  readonly label: string;
  /** Every name it may be found by; the first is `label`'s (a passage: its text). */
  readonly names: readonly SearchName[];
  /** A place's country, by name. */
  readonly country: string | null;
  /** A route's status, so that a plan is never offered as a working route. */
  readonly status: CorridorStatus | null;
}

export interface SearchHit {
  readonly entry: SearchEntry;
  /** 0 the whole name, 1 its start, 2 a word's start, 3 every word's start, 4 inside a word, 5 spaces aside. */
  readonly tier: number;
  /** The name that matched, and where (offsets in its text). */
  readonly name: SearchName;
  readonly start: number;
  readonly end: number;
}

/** How many results a search gives at most. */
export const RESULT_LIMIT = 10;

/** Countries and places before the river, routes, then passages, among matches that are as close. */
const KIND_RANK: Readonly<Record<SearchKind, number>> = { country: 0, place: 1, river: 2, corridor: 3, passage: 4 };

function searchName(text: string, lang: string | null): SearchName {
  const { text: folded, from } = foldWithOffsets(text);
  let compact = '';
  const compactFrom: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (folded[i] === ' ') continue;
    compact += folded[i];
    compactFrom.push(i);
  }
  return { text, lang, folded, from, compact, compactFrom };
}

function namesOf(list: readonly (readonly [string | null | undefined, string | null])[]): SearchName[] {
  const seen = new Set<string>();
  const out: SearchName[] = [];
  for (const [text, lang] of list) {
    if (!text) continue;
    const n = searchName(text, lang);
    if (n.folded === '' || seen.has(n.folded)) continue;
    seen.add(n.folded);
    out.push(n);
  }
  return out;
}

/** Everything the open story lets a reader find, built once from its index (when the box is first used). */
export function buildEntries(index: ContentIndex): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const countryName = (code: string) => index.features.get(`country:${code}`)?.name ?? code;
  for (const info of index.features.values()) {
    const base = { id: info.id, kind: info.kind, label: info.name, country: null, status: null };
    const native = info.nameNative ? ([info.nameNative.text, info.nameNative.lang] as const) : null;
    if (info.kind === 'country') {
      const facts = index.countryFacts.get(info.id);
      const natives = (facts?.nativeNames ?? []).flatMap((n) => [n.common, n.official, n.abbreviation, n.romanized].map((t) => [t, n.lang] as const));
      const names = namesOf([[info.name, null], [facts?.nameCommon, null], [facts?.nameOfficial.value, null], ...(native ? [native] : []), ...natives]);
      entries.push({ ...base, names });
    } else if (info.kind === 'place') {
      const p = index.places.get(info.id)?.properties;
      entries.push({ ...base, names: namesOf([[info.name, null], ...(native ? [native] : [])]), country: p ? countryName(p.country) : null });
    } else if (info.kind === 'river') {
      const names = index.facts?.mekong.id === info.id ? (index.facts.mekong.names?.value ?? []) : [];
      entries.push({ ...base, names: namesOf([[info.name, null], ...names.map((n) => [n.text, n.lang] as const)]) });
    } else if (info.kind === 'corridor') {
      const p = index.corridors.get(info.id)?.properties;
      entries.push({
        ...base,
        names: namesOf([
          [info.name, null],
          [p?.shortName, null],
        ]),
        status: p?.status ?? null,
      });
    }
  }
  for (const [id, p] of index.passages) {
    if (!index.isKnownId(id)) continue;
    entries.push({ id, kind: 'passage', label: p.heading ?? '', names: namesOf([[p.passage.text, null]]), country: null, status: null });
  }
  return entries;
}

interface Found {
  readonly tier: number;
  readonly at: number;
  readonly length: number;
}

function wordStart(folded: string, token: string): number {
  if (folded.startsWith(token)) return 0;
  const i = folded.indexOf(` ${token}`);
  return i < 0 ? -1 : i + 1;
}

/** How closely a folded query matches a name, and where (in the folded name), or null. */
function matchName(n: SearchName, q: string, tokens: readonly string[], compactQ: string): Found | null {
  const f = n.folded;
  if (f === q) return { tier: 0, at: 0, length: q.length };
  if (f.startsWith(q)) return { tier: 1, at: 0, length: q.length };
  const w = wordStart(f, q);
  if (w >= 0) return { tier: 2, at: w, length: q.length };
  if (tokens.length > 1) {
    const starts = tokens.map((t) => wordStart(f, t));
    if (starts.every((s) => s >= 0)) return { tier: 3, at: starts[0]!, length: tokens[0]!.length };
  }
  const i = f.indexOf(q);
  if (i >= 0) return { tier: 4, at: i, length: q.length };
  const c = compactQ.length >= 3 ? n.compact.indexOf(compactQ) : -1;
  if (c >= 0) {
    const at = n.compactFrom[c]!;
    return { tier: 5, at, length: n.compactFrom[c + compactQ.length - 1]! + 1 - at };
  }
  return null;
}

/** The best match of an entry: a passage only where a word starts, a one-letter query only at a word's start. */
function matchEntry(e: SearchEntry, q: string, tokens: readonly string[], compactQ: string): SearchHit | null {
  const maxTier = e.kind === 'passage' ? 3 : q.length < 2 ? 2 : 5;
  let best: SearchHit | null = null;
  for (const n of e.names) {
    const m = matchName(n, q, tokens, compactQ);
    if (!m) continue;
    // A passage has no name: the start of its text is no closer a match than any word of it.
    const tier = e.kind === 'passage' ? Math.max(m.tier, 2) : m.tier;
    if (tier > maxTier || (best && best.tier <= tier)) continue;
    const start = n.from[m.at] ?? 0;
    const last = m.at + m.length;
    const end = last < n.from.length ? n.from[last]! : n.text.length;
    best = { entry: e, tier, name: n, start, end: Math.max(end, start + 1) };
  }
  return best;
}

/** Among as close matches of one kind, the shorter name first; passages stay in the article's order. */
const lengthOrder = (a: SearchHit, b: SearchHit) => (a.entry.kind === 'passage' ? 0 : a.name.folded.length - b.name.folded.length);

/** The entries a query finds, closest first, at most `limit`. */
export function search(entries: readonly SearchEntry[], query: string, limit = RESULT_LIMIT): SearchHit[] {
  const q = foldWithOffsets(query).text;
  if (!q) return [];
  const tokens = q.split(' ');
  const compactQ = q.replaceAll(' ', '');
  const hits: SearchHit[] = [];
  for (const e of entries) {
    const hit = matchEntry(e, q, tokens, compactQ);
    if (hit) hits.push(hit);
  }
  hits.sort((a, b) => a.tier - b.tier || KIND_RANK[a.entry.kind] - KIND_RANK[b.entry.kind] || lengthOrder(a, b));
  return hits.slice(0, limit);
}

/** A passage's words around a match, cut at word boundaries: what the result shows of it. */
export function excerpt(text: string, start: number, end: number, room = 80): { before: string; match: string; after: string } {
  const side = Math.max(0, Math.floor((room - (end - start)) / 2));
  let from = Math.max(0, start - side);
  let to = Math.min(text.length, end + side);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (from > start) from = start;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, start)}`,
    match: text.slice(start, end),
    after: `${text.slice(end, to)}${to < text.length ? '…' : ''}`,
  };
}
