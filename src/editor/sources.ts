// Sources: each added once and cited by id wherever a statement rests on it (places, routes, link notes, tour
// steps, the article). A cited source cannot be removed; every edit that cites sources refuses an id that names
// none, so a draft never cites what it does not hold.
import type { Source } from '../content/schema.ts';
import { t } from '../i18n/index.ts';
import { idsOf, put, type Draft } from './draft.ts';
import { done, refuse, type Edit, type Refused } from './edit.ts';
import { citationsOf } from './references.ts';
import { cleanLine, uniqueId } from './text.ts';

export interface SourceArgs {
  readonly title: string;
  readonly publisher?: string | null;
  readonly url?: string | null;
  /** As the source gives it: a year, a month or a day ("2024", "2024-03", "2024-03-09"); none: shown "undated". */
  readonly date?: string | null;
  /** A source that is less reliable: a note may not rest on such sources alone. */
  readonly weak?: boolean;
  readonly licence?: string | null;
  /** What the source is cited for. */
  readonly supports?: string | null;
}

/** A refusal when any of `ids` names no source of the draft; null when all resolve. */
export function unknownSources(draft: Draft, ids: readonly string[]): Refused | null {
  const known = new Set(draft.sources.sources.map((s) => s.id));
  const unknown = ids.filter((id) => !known.has(id));
  return unknown.length ? refuse(t('lesson.unknownSources', { ids: unknown.join(', ') })) : null;
}

const optional = (v: string | null | undefined) => {
  const line = v == null ? '' : cleanLine(v);
  return line === '' ? null : line;
};

/** Adds a source; its id is a slug of its title, made unique. */
export function addSource(draft: Draft, args: SourceArgs): Edit<{ id: string }> {
  const title = cleanLine(args.title);
  const id = uniqueId((slug) => slug, title, 'source', idsOf(draft));
  const source: Source = {
    id,
    title,
    publisher: optional(args.publisher),
    url: optional(args.url),
    date: optional(args.date),
    weak: args.weak ?? false,
    licence: optional(args.licence),
    supports: optional(args.supports),
  };
  return done(put(draft, { sources: { ...draft.sources, sources: [...draft.sources.sources, source] } }), t('lesson.labelAddSource', { title }), { id });
}

/** Changes a source's fields (its id stays: it is cited by it). */
export function updateSource(draft: Draft, id: string, patch: Partial<SourceArgs>): Edit {
  const i = draft.sources.sources.findIndex((s) => s.id === id);
  const old = draft.sources.sources[i];
  if (!old) return refuse(t('lesson.noSuchSource', { id }));
  const next: Source = { ...old };
  if (patch.title !== undefined) next.title = cleanLine(patch.title);
  if (patch.publisher !== undefined) next.publisher = optional(patch.publisher);
  if (patch.url !== undefined) next.url = optional(patch.url);
  if (patch.date !== undefined) next.date = optional(patch.date);
  if (patch.weak !== undefined) next.weak = patch.weak;
  if (patch.licence !== undefined) next.licence = optional(patch.licence);
  if (patch.supports !== undefined) next.supports = optional(patch.supports);
  const sources = draft.sources.sources.map((s, j) => (j === i ? next : s));
  return done(put(draft, { sources: { ...draft.sources, sources } }), t('lesson.labelEditSource', { title: next.title }), {});
}

/** Removes a source no statement cites; refused, with every place that cites it, while one does. */
export function removeSource(draft: Draft, id: string): Edit {
  const i = draft.sources.sources.findIndex((s) => s.id === id);
  const old = draft.sources.sources[i];
  if (!old) return refuse(t('lesson.noSuchSource', { id }));
  const cited = citationsOf(draft, id);
  if (cited.length) return refuse(t('lesson.sourceCited', { title: old.title, count: cited.length }), cited);
  const sources = draft.sources.sources.filter((_, j) => j !== i);
  return done(put(draft, { sources: { ...draft.sources, sources } }), t('lesson.labelRemoveSource', { title: old.title }), {});
}
