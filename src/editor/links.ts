// Links from a passage's words to map features. The format links words, not places in the text: a link is a
// feature and the terms that name it, and the article marks every whole-word occurrence of each term
// (src/content/article.ts). A selection is therefore turned into a term, and a link is found by its index, its
// feature or a position in the text.
import { passageRuns } from '../content/article.ts';
import { featureIdSchema, type Passage } from '../content/schema.ts';
import type { MapFeatureId } from '../content/types.ts';
import { t } from '../i18n/index.ts';
import { put, type Draft } from './draft.ts';
import { done, refuse, type Edit, type Refused } from './edit.ts';
import { unknownSources } from './sources.ts';
import { cleanLine, wordRange } from './text.ts';

/** A link of a passage: by its index in `links`, by the feature it links to, or by a position in the text inside one of its marked words. */
export type LinkRef = { readonly index: number } | { readonly feature: string } | { readonly offset: number };

/** The explorer's own note on a link (the article does not say it), resting on sources of its own. */
export interface NoteArgs {
  readonly text: string;
  readonly sourceIds: readonly string[];
}

type Link = Passage['links'][number];

function passageOf(draft: Draft, passageId: string): Passage | undefined {
  return draft.article.sections.flatMap((s) => s.passages).find((p) => p.id === passageId);
}

function withPassage(draft: Draft, passage: Passage, links: Passage['links']): Draft {
  const sections = draft.article.sections.map((s) =>
    s.passages.includes(passage) ? { ...s, passages: s.passages.map((p) => (p === passage ? { ...p, links } : p)) } : s,
  );
  return put(draft, { article: { ...draft.article, sections } });
}

/** A feature id that names something: a place or route of the draft, or a country or river of the base map (checked by problemsOf). */
function unknownFeature(draft: Draft, id: string): Refused | null {
  if (!featureIdSchema.safeParse(id).success) return refuse(t('lesson.notFeatureIdKinds', { id }));
  const own = id.startsWith('place:') ? draft.places.features : id.startsWith('corridor:') ? (draft.corridors?.features ?? []) : null;
  if (own && !own.some((f) => f.properties.id === id)) return refuse(t(id.startsWith('place:') ? 'lesson.noSuchPlace' : 'lesson.noSuchRoute', { id }));
  return null;
}

function noteOf(note: NoteArgs | null | undefined, draft: Draft): { note?: Link['note'] } | Refused {
  if (!note) return {};
  const unknown = unknownSources(draft, note.sourceIds);
  return unknown ?? { note: { text: cleanLine(note.text), sources: [...note.sourceIds] } };
}

/**
 * Links the words at [start, end) of a passage to a feature. The selection grows to whole words and loses
 * spaces and punctuation at its edges; the words become a term of the feature's link in the passage (made if the
 * passage has none), so every occurrence of them is marked. Refused when the words are already marked for a
 * feature, or name an unknown place or route.
 */
export function linkWords(
  draft: Draft,
  passageId: string,
  start: number,
  end: number,
  featureId: string,
  note?: NoteArgs,
): Edit<{ readonly term: string; readonly link: number }> {
  const passage = passageOf(draft, passageId);
  if (!passage) return refuse(t('lesson.noSuchPassage', { id: passageId }));
  const parsed = featureIdSchema.safeParse(featureId);
  const unknown = unknownFeature(draft, featureId);
  if (unknown || !parsed.success) return unknown ?? refuse(t('lesson.notFeatureId', { id: featureId }));
  const feature: MapFeatureId = parsed.data;
  const range = wordRange(passage.text, start, end);
  if (!range) return refuse(t('lesson.chooseWordsToLink'));
  const [s, e] = range;
  let at = 0;
  for (const run of passageRuns(passage)) {
    const runEnd = at + run.text.length;
    if (run.feature && s < runEnd && e > at) return refuse(t('lesson.wordsAlreadyLinked', { words: run.text, feature: run.feature }));
    at = runEnd;
  }
  const withNote = noteOf(note, draft);
  if ('ok' in withNote) return withNote;
  const term = passage.text.slice(s, e);
  const i = passage.links.findIndex((l) => l.feature === feature);
  const old = passage.links[i];
  const link: Link = old
    ? { ...old, terms: old.terms.includes(term) ? old.terms : [...old.terms, term], ...withNote }
    : { feature, terms: [term], ...withNote };
  const links = old ? passage.links.map((l, j) => (j === i ? link : l)) : [...passage.links, link];
  return done(withPassage(draft, passage, links), t('lesson.labelLinkWords', { term }), { term, link: old ? i : links.length - 1 });
}

/**
 * Links the passage as a whole to a feature, marking no words (the format's link with no terms): choosing the
 * passage frames the feature with those its words name. Refused when the passage already links to it.
 */
export function linkPassage(draft: Draft, passageId: string, featureId: string, note?: NoteArgs): Edit<{ readonly link: number }> {
  const passage = passageOf(draft, passageId);
  if (!passage) return refuse(t('lesson.noSuchPassage', { id: passageId }));
  const parsed = featureIdSchema.safeParse(featureId);
  const unknown = unknownFeature(draft, featureId);
  if (unknown || !parsed.success) return unknown ?? refuse(t('lesson.notFeatureId', { id: featureId }));
  if (passage.links.some((l) => l.feature === featureId)) return refuse(t('lesson.passageAlreadyLinked', { feature: featureId }));
  const withNote = noteOf(note, draft);
  if ('ok' in withNote) return withNote;
  const links = [...passage.links, { feature: parsed.data, terms: [], ...withNote }];
  return done(withPassage(draft, passage, links), t('lesson.labelLinkPassage', { feature: featureId }), { link: links.length - 1 });
}

/** The index of a link, and for a position in the text the term marked there. */
function find(passage: Passage, ref: LinkRef): { index: number; term?: string } | null {
  if ('index' in ref) return passage.links[ref.index] ? { index: ref.index } : null;
  if ('feature' in ref) {
    const index = passage.links.findIndex((l) => l.feature === ref.feature);
    return index >= 0 ? { index } : null;
  }
  let at = 0;
  for (const run of passageRuns(passage)) {
    const end = at + run.text.length;
    if (run.feature && ref.offset >= at && ref.offset < end) {
      const index = passage.links.findIndex((l) => l.feature === run.feature && l.terms.includes(run.text));
      return index >= 0 ? { index, term: run.text } : null;
    }
    at = end;
  }
  return null;
}

/**
 * Removes a link: by index or feature, the whole link (every word that named the feature, and its note); by a
 * position in the text, only the term marked there (the link goes with its last term).
 */
export function unlink(draft: Draft, passageId: string, ref: LinkRef): Edit<{ readonly feature: MapFeatureId }> {
  const passage = passageOf(draft, passageId);
  if (!passage) return refuse(t('lesson.noSuchPassage', { id: passageId }));
  const hit = find(passage, ref);
  const link = hit && passage.links[hit.index];
  if (!hit || !link) return refuse(t('lesson.noLinkThere'));
  const terms = hit.term === undefined ? [] : link.terms.filter((term) => term !== hit.term);
  const links = terms.length ? passage.links.map((l, j) => (j === hit.index ? { ...l, terms } : l)) : passage.links.filter((_, j) => j !== hit.index);
  return done(
    withPassage(draft, passage, links),
    hit.term ? t('lesson.labelUnlinkWords', { term: hit.term }) : t('lesson.labelUnlinkFeature', { feature: link.feature }),
    { feature: link.feature },
  );
}

/** Sets a link's note (its text and the sources it rests on), or removes it with null. */
export function setLinkNote(draft: Draft, passageId: string, ref: LinkRef, note: NoteArgs | null): Edit {
  const passage = passageOf(draft, passageId);
  if (!passage) return refuse(t('lesson.noSuchPassage', { id: passageId }));
  const hit = find(passage, ref);
  const link = hit && passage.links[hit.index];
  if (!hit || !link) return refuse(t('lesson.noLinkThere'));
  const withNote = noteOf(note, draft);
  if ('ok' in withNote) return withNote;
  const next: Link = { feature: link.feature, terms: link.terms, ...withNote };
  return done(
    withPassage(
      draft,
      passage,
      passage.links.map((l, j) => (j === hit.index ? next : l)),
    ),
    t(note ? 'lesson.labelEditLinkNote' : 'lesson.labelRemoveLinkNote'),
    {},
  );
}
