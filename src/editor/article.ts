// The article as a teacher writes it: plain text in, sections and passages out, each with a stable id, and the
// links of the words that remain kept through every edit.
//
// The rule for plain text (Markdown's): a line that starts with "#" and a space is a heading, which starts a new
// section; paragraphs are separated by blank lines, and the lines of one paragraph are joined by spaces. Text
// before the first heading is a section without a heading. `textOfArticle` writes a draft's article back in the
// same form, so that the text a teacher edits round-trips.
import type { ArticleFile, Passage } from '../content/schema.ts';
import type { MapFeatureId, PassageId } from '../content/types.ts';
import { t } from '../i18n/index.ts';
import { idsOf, put, type Draft, type Section } from './draft.ts';
import { done, refuse, type Edit } from './edit.ts';
import { unknownSources } from './sources.ts';
import { cleanLine, cleanText, likeness, refind, uniqueId } from './text.ts';

/** A word a link lost because the edited text no longer has it. */
export interface DroppedTerm {
  readonly passage: PassageId;
  readonly feature: MapFeatureId;
  readonly term: string;
}

/** A linked word the edited text spells another way (case or spaces): the link follows the new spelling. */
export interface RespelledTerm {
  readonly passage: PassageId;
  readonly feature: MapFeatureId;
  readonly from: string;
  readonly to: string;
}

export interface Relinked {
  /** Linked words that are gone (a word link left with none goes too). */
  readonly dropped: readonly DroppedTerm[];
  readonly respelled: readonly RespelledTerm[];
}

/** Paragraphs at least this alike (0–1, see `likeness`) are one paragraph edited: it keeps its id and links. */
export const SAME_PASSAGE = 0.5;

/**
 * A passage's links after its text changed: each linked word found again in the new text (as written, else with
 * another case or spacing, taking the new spelling); words not found are dropped, and so is a link left with none
 * (a link that had no words, to the passage as a whole, stays).
 * Links point at words, not offsets (the format's `terms`), so words that moved need nothing more.
 */
export function relink(passage: PassageId, links: Passage['links'], text: string): { links: Passage['links'] } & Relinked {
  const dropped: DroppedTerm[] = [];
  const respelled: RespelledTerm[] = [];
  const out: Passage['links'] = [];
  for (const link of links) {
    const terms: string[] = [];
    for (const term of link.terms) {
      const found = refind(text, term);
      if (found === null) dropped.push({ passage, feature: link.feature, term });
      else {
        if (found !== term) respelled.push({ passage, feature: link.feature, from: term, to: found });
        if (!terms.includes(found)) terms.push(found);
      }
    }
    const same = terms.length === link.terms.length && terms.every((term, i) => term === link.terms[i]);
    // A link with no words links the passage as a whole (its feature is framed with it): no edit of the text
    // takes it away. A word link goes with its last word.
    if (terms.length || !link.terms.length) out.push(same ? link : { ...link, terms });
  }
  const unchanged = out.length === links.length && out.every((l, i) => l === links[i]);
  return { links: unchanged ? links : out, dropped, respelled };
}

/** The draft's article as the plain text `articleFromText` reads. */
export function textOfArticle(draft: Draft): string {
  return draft.article.sections.map((s) => [...(s.heading ? [`# ${s.heading}`] : []), ...s.passages.map((p) => p.text)].join('\n\n')).join('\n\n');
}

interface Block {
  readonly heading: string | null;
  readonly paragraphs: string[];
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [{ heading: null, paragraphs: [] }];
  let lines: string[] = [];
  const endParagraph = () => {
    const paragraph = cleanLine(lines.join(' '));
    if (paragraph) blocks.at(-1)!.paragraphs.push(paragraph);
    lines = [];
  };
  for (const line of cleanText(text).split('\n')) {
    const heading = /^\s*#+\s+(.*)$/.exec(line);
    if (heading) {
      endParagraph();
      blocks.push({ heading: cleanLine(heading[1]!), paragraphs: [] });
    } else if (line.trim() === '') endParagraph();
    else lines.push(line);
  }
  endParagraph();
  // Text before the first heading is a section only if there is some.
  return blocks[0]!.paragraphs.length ? blocks : blocks.slice(1);
}

export interface ArticleChanges extends Relinked {
  readonly added: readonly PassageId[];
  readonly removed: readonly PassageId[];
  /** Tour steps that showed a removed passage: they now show none (the step stays). */
  readonly stepsUnlinked: readonly string[];
}

/**
 * Replaces the article's sections and passages with those of `text` (see the rule above). A paragraph that is
 * still there, as it was or edited (at least `SAME_PASSAGE` alike), keeps its passage's id and the links of its
 * words; a new one gets an id from its first words. A section keeps its id while its heading, or its first kept
 * passage, stays. Refused when the text has no paragraph, or a heading has none under it (a section needs one).
 */
export function articleFromText(draft: Draft, text: string): Edit<ArticleChanges> {
  const blocks = blocksOf(text);
  if (!blocks.length) return refuse(t('lesson.articleNeedsParagraph'));
  const bare = blocks.find((b) => !b.paragraphs.length);
  if (bare) return refuse(t('lesson.headingWithoutParagraph', { heading: bare.heading ?? '' }));

  const old = draft.article.sections.flatMap((section) => section.passages.map((passage) => ({ section, passage })));
  const paragraphs = blocks.flatMap((b) => b.paragraphs);
  const match: (number | undefined)[] = paragraphs.map(() => undefined);
  const used = new Set<number>();
  const take = (i: number, j: number) => {
    match[i] = j;
    used.add(j);
  };
  // Unchanged paragraphs first, so that an edit nearby cannot take their ids; then the most alike.
  paragraphs.forEach((p, i) => {
    const j = old.findIndex((o, j) => !used.has(j) && o.passage.text === p);
    if (j >= 0) take(i, j);
  });
  paragraphs.forEach((p, i) => {
    if (match[i] !== undefined) return;
    let best = -1;
    let score = SAME_PASSAGE - 1e-9;
    old.forEach((o, j) => {
      const s = used.has(j) ? 0 : likeness(o.passage.text, p);
      if (s > score) [best, score] = [j, s];
    });
    if (best >= 0) take(i, best);
  });

  const taken = idsOf(draft);
  const added: PassageId[] = [];
  const dropped: DroppedTerm[] = [];
  const respelled: RespelledTerm[] = [];
  let k = 0;
  const usedSections = new Set<string>();
  const sections = blocks.map((block): Section => {
    const passages = block.paragraphs.map((p): Passage => {
      const j = match[k++];
      const was = j === undefined ? undefined : old[j]!.passage;
      if (!was) {
        const id = uniqueId((slug): PassageId => `passage:${slug}`, p, 'passage', taken);
        taken.add(id);
        added.push(id);
        return { id, text: p, links: [] };
      }
      const r = relink(was.id, was.links, p);
      dropped.push(...r.dropped);
      respelled.push(...r.respelled);
      return was.text === p && r.links === was.links ? was : { ...was, text: p, links: r.links };
    });
    const firstKept = passages.map((p) => old.find((o) => o.passage.id === p.id)).find((o) => o !== undefined);
    const candidates = [draft.article.sections.find((s) => block.heading !== null && s.heading === block.heading), firstKept?.section];
    const was = candidates.find((s) => s !== undefined && !usedSections.has(s.id));
    const id = was?.id ?? uniqueId((slug): Section['id'] => `section:${slug}`, block.heading ?? passages[0]!.text, 'section', taken);
    taken.add(id);
    usedSections.add(id);
    const same = was && was.heading === block.heading && was.passages.length === passages.length && was.passages.every((p, i) => p === passages[i]);
    return same ? was : { id, heading: block.heading, passages };
  });

  const kept = new Set(paragraphs.map((_, i) => match[i]).filter((j) => j !== undefined));
  const removed = old.filter((_, j) => !kept.has(j)).map((o) => o.passage.id);
  const gone = new Set<string>(removed);
  const stepsUnlinked = draft.tour?.steps.filter((s) => s.passage !== null && gone.has(s.passage)).map((s) => s.id) ?? [];
  const unchanged = sections.length === draft.article.sections.length && sections.every((s, i) => s === draft.article.sections[i]);
  const article: ArticleFile = unchanged ? draft.article : { ...draft.article, sections };
  const tour =
    draft.tour && stepsUnlinked.length
      ? { ...draft.tour, steps: draft.tour.steps.map((s) => (s.passage !== null && gone.has(s.passage) ? { ...s, passage: null } : s)) }
      : draft.tour;
  const next = unchanged ? draft : put(draft, { article, tour });
  return done(next, t('lesson.labelEditArticle'), { added, removed, dropped, respelled, stepsUnlinked });
}

/**
 * Replaces one passage's text (one paragraph: line breaks become spaces), keeping the links of the words that
 * remain. Refused for an unknown passage or an empty text (a passage is removed by editing the article).
 */
export function editPassage(draft: Draft, passageId: string, newText: string): Edit<Relinked & { readonly unlinked: readonly MapFeatureId[] }> {
  const text = cleanLine(newText);
  if (!text) return refuse(t('lesson.passageNeedsText'));
  const found = draft.article.sections.flatMap((s) => s.passages).find((p) => p.id === passageId);
  if (!found) return refuse(t('lesson.noSuchPassage', { id: passageId }));
  if (found.text === text) return done(draft, t('lesson.labelEditPassage'), { dropped: [], respelled: [], unlinked: [] });
  const r = relink(found.id, found.links, text);
  const sections = draft.article.sections.map((s) =>
    s.passages.includes(found) ? { ...s, passages: s.passages.map((p) => (p === found ? { ...p, text, links: r.links } : p)) } : s,
  );
  const kept = new Set(r.links.map((l) => l.feature));
  const unlinked = found.links.map((l) => l.feature).filter((f) => !kept.has(f));
  return done(put(draft, { article: { ...draft.article, sections } }), t('lesson.labelEditPassage'), { dropped: r.dropped, respelled: r.respelled, unlinked });
}

export interface ArticleArgs {
  readonly title?: string;
  readonly context?: string;
  readonly headline?: string;
  readonly caption?: string;
  readonly sourceIds?: readonly string[];
}

/** Changes the article's title, context (where the text comes from), headline, caption or sources. */
export function updateArticle(draft: Draft, patch: ArticleArgs): Edit {
  const unknown = unknownSources(draft, patch.sourceIds ?? []);
  if (unknown) return unknown;
  const a = { ...draft.article };
  if (patch.title !== undefined) a.title = cleanLine(patch.title);
  if (patch.context !== undefined) a.context = cleanLine(patch.context);
  if (patch.headline !== undefined) a.headline = cleanLine(patch.headline);
  if (patch.caption !== undefined) a.caption = cleanLine(patch.caption);
  if (patch.sourceIds !== undefined) a.sources = [...patch.sourceIds];
  return done(put(draft, { article: a }), t('lesson.labelEditArticleDetails'), {});
}
