// The lesson editor's article: plain text read into sections and passages with stable ids, and the links of the
// words that remain kept when a passage or the whole article is edited.
import { describe, expect, it } from 'vitest';
import {
  addSource,
  addStep,
  articleFromText,
  blankDraft,
  draftFrom,
  editPassage,
  linkPassage,
  linkWords,
  textOfArticle,
  updateArticle,
  type Done,
  type Draft,
  type Edit,
} from '../../src/editor/index.ts';
import { loadPack } from './helpers/pack.ts';

function ok<X extends object>(edit: Edit<X>): Done<X> {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  return edit;
}

const passages = (d: Draft) => d.article.sections.flatMap((s) => s.passages);
const ids = (d: Draft) => passages(d).map((p) => p.id);

const TEXT = [
  'Laos has no coast.\r\nIts goods reach the sea by road.',
  '',
  '# The Friendship Bridge',
  'The first bridge opened in 1994 between Vientiane and Nong Khai.',
  '',
  'Trains cross it since 2009.\u0007',
  '## Ports',
  '',
  'Laos has no coast, so ports matter.',
].join('\n');

function article(text = TEXT) {
  return ok(articleFromText(blankDraft('A lesson'), text));
}

/** Links "Vientiane" and "Nong Khai" of the bridge passage (to places named as ids only: the links are what is tested). */
function linked() {
  const a = article();
  const id = 'passage:the-first-bridge-opened';
  const text = passages(a.draft).find((p) => p.id === id)!.text;
  const at = (w: string) => [text.indexOf(w), text.indexOf(w) + w.length] as const;
  let d = ok(linkWords(a.draft, id, ...at('Vientiane'), 'country:LAO')).draft;
  d = ok(linkWords(d, id, ...at('Nong Khai'), 'country:THA')).draft;
  d = ok(linkWords(d, id, ...at('bridge'), 'river:mekong')).draft;
  return { d, id };
}

describe('plain text into an article', () => {
  it('reads headings (a line starting with #) as sections and blank-line paragraphs as passages, cleaned', () => {
    const { draft, added, removed } = article();
    expect(draft.article.sections.map((s) => [s.id, s.heading, s.passages.length])).toEqual([
      ['section:laos-has-no-coast', null, 1],
      ['section:the-friendship-bridge', 'The Friendship Bridge', 2],
      ['section:ports', 'Ports', 1],
    ]);
    expect(passages(draft).map((p) => p.text)).toEqual([
      'Laos has no coast. Its goods reach the sea by road.',
      'The first bridge opened in 1994 between Vientiane and Nong Khai.',
      'Trains cross it since 2009.',
      'Laos has no coast, so ports matter.',
    ]);
    // Ids are slugs of the first words, made unique.
    expect(ids(draft)).toEqual([
      'passage:laos-has-no-coast',
      'passage:the-first-bridge-opened',
      'passage:trains-cross-it-since',
      'passage:laos-has-no-coast-2',
    ]);
    expect(added).toEqual(ids(draft));
    expect(removed).toEqual(['passage:start']);
  });

  it('refuses a text with no paragraph, or a heading with none under it', () => {
    expect(articleFromText(blankDraft('x'), ' \n\n').ok).toBe(false);
    expect(articleFromText(blankDraft('x'), 'Text.\n\n# Empty heading').ok).toBe(false);
  });

  it('writes the article back as the same text, so that the built-in article round-trips unchanged', () => {
    const { draft } = article();
    expect(textOfArticle(draft)).toBe(
      'Laos has no coast. Its goods reach the sea by road.\n\n# The Friendship Bridge\n\nThe first bridge opened in 1994 between Vientiane and Nong Khai.\n\nTrains cross it since 2009.\n\n# Ports\n\nLaos has no coast, so ports matter.',
    );
    const builtIn = draftFrom(loadPack());
    const again = ok(articleFromText(builtIn, textOfArticle(builtIn)));
    expect(again.draft).toBe(builtIn);
    expect(again.dropped).toEqual([]);
  });
});

describe('stable ids', () => {
  it('are kept by edited, moved and untouched paragraphs; new paragraphs get new ones; a renamed heading keeps its section', () => {
    const { draft } = article();
    const text = [
      'A new first paragraph about rivers.',
      '',
      'Laos has no coast. Its goods reach the sea by road and by rail.',
      '',
      '# The Friendship Bridges',
      '',
      'Trains cross it since 2009.',
      '',
      'The first bridge opened in 1994 between Vientiane and Nong Khai.',
      '',
      '# Ports',
      '',
      'Laos has no coast, so ports matter.',
    ].join('\n');
    const r = ok(articleFromText(draft, text));
    expect(ids(r.draft)).toEqual([
      'passage:a-new-first-paragraph',
      'passage:laos-has-no-coast',
      'passage:trains-cross-it-since',
      'passage:the-first-bridge-opened',
      'passage:laos-has-no-coast-2',
    ]);
    expect(r.added).toEqual(['passage:a-new-first-paragraph']);
    expect(r.removed).toEqual([]);
    expect(r.draft.article.sections.map((s) => s.id)).toEqual(['section:laos-has-no-coast', 'section:the-friendship-bridge', 'section:ports']);
    // Another edit later: the ids stay where the text stays.
    const r2 = ok(articleFromText(r.draft, text.replace('rivers', 'the Mekong')));
    expect(ids(r2.draft)).toEqual(ids(r.draft));
  });

  it('unlink a tour step from a passage that is removed', () => {
    const { draft } = article();
    const toured = ok(addStep(draft, { title: 'Ports', passageId: 'passage:laos-has-no-coast-2', notes: 'n' })).draft;
    const r = ok(articleFromText(toured, textOfArticle(toured).replace('\n\n# Ports\n\nLaos has no coast, so ports matter.', '')));
    expect(r.removed).toEqual(['passage:laos-has-no-coast-2']);
    expect(r.stepsUnlinked).toEqual(['step:ports']);
    expect(r.draft.tour!.steps[0]!.passage).toBeNull();
  });
});

describe('links through edits', () => {
  it('keep the words that remain, wherever they moved, and drop those that are gone', () => {
    const { d, id } = linked();
    const r = ok(editPassage(d, id, 'Since 1994 a bridge joins Nong Khai, in Thailand, to Vientiane.\nIt was the first.'));
    expect(passages(r.draft).find((p) => p.id === id)!.text).toBe('Since 1994 a bridge joins Nong Khai, in Thailand, to Vientiane. It was the first.');
    expect(passages(r.draft).find((p) => p.id === id)!.links).toEqual([
      { feature: 'country:LAO', terms: ['Vientiane'] },
      { feature: 'country:THA', terms: ['Nong Khai'] },
      { feature: 'river:mekong', terms: ['bridge'] },
    ]);
    expect(r.dropped).toEqual([]);

    const gone = ok(editPassage(d, id, 'The first crossing opened in 1994 near Vientiane.'));
    expect(passages(gone.draft).find((p) => p.id === id)!.links).toEqual([{ feature: 'country:LAO', terms: ['Vientiane'] }]);
    expect(gone.dropped).toEqual([
      { passage: id, feature: 'country:THA', term: 'Nong Khai' },
      { passage: id, feature: 'river:mekong', term: 'bridge' },
    ]);
    expect(gone.unlinked).toEqual(['country:THA', 'river:mekong']);
  });

  it('follow words spelled another way, and keep a link to the passage as a whole', () => {
    const { d, id } = linked();
    const whole = ok(linkPassage(d, id, 'country:KHM')).draft;
    const r = ok(editPassage(whole, id, 'A BRIDGE opened in 1994 between VIENTIANE and Nong\n khai.'));
    expect(
      passages(r.draft)
        .find((p) => p.id === id)!
        .links.map((l) => [l.feature, l.terms]),
    ).toEqual([
      ['country:LAO', ['VIENTIANE']],
      ['country:THA', ['Nong khai']],
      ['river:mekong', ['BRIDGE']],
      ['country:KHM', []],
    ]);
    expect(r.respelled.map((x) => x.to)).toEqual(['VIENTIANE', 'Nong khai', 'BRIDGE']);
  });

  it('are kept when the whole article is edited around them', () => {
    const { d, id } = linked();
    const r = ok(articleFromText(d, `New opening paragraph.\n\n${textOfArticle(d).replace('opened in 1994 between', 'opened, in 1994, between')}`));
    const p = passages(r.draft).find((x) => x.id === id)!;
    expect(p.text).toBe('The first bridge opened, in 1994, between Vientiane and Nong Khai.');
    expect(p.links.map((l) => l.feature)).toEqual(['country:LAO', 'country:THA', 'river:mekong']);
  });

  it('refuse an empty passage or an unknown one', () => {
    const { d, id } = linked();
    expect(editPassage(d, id, ' \n ').ok).toBe(false);
    expect(editPassage(d, 'passage:none', 'Text.').ok).toBe(false);
  });
});

describe('the article’s details', () => {
  it('are changed, and cite only sources the draft holds', () => {
    const d = blankDraft('A lesson');
    const s = ok(addSource(d, { title: 'A newspaper' }));
    const r = ok(updateArticle(s.draft, { headline: '  Two\tcountries  ', sourceIds: ['lesson', s.id] }));
    expect(r.draft.article).toMatchObject({ headline: 'Two countries', sources: ['lesson', s.id] });
    expect(updateArticle(d, { sourceIds: ['nothing'] }).ok).toBe(false);
  });
});
