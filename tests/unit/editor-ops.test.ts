// The lesson editor's edits on sources, places, links and the tour: each returns a new draft (the one it was
// given is frozen here, so a mutation throws), the ids it makes, and refusals with their reasons and locations.
import { describe, expect, it } from 'vitest';
import {
  addPlace,
  addRoute,
  addSource,
  addStep,
  blankDraft,
  linkPassage,
  linkWords,
  moveStep,
  removePlace,
  removeSource,
  removeStep,
  setLinkNote,
  unlink,
  updatePlace,
  updateSource,
  updateStep,
  type Done,
  type Draft,
  type Edit,
} from '../../src/editor/index.ts';
import { articleFromText } from '../../src/editor/article.ts';

/** Freezes a draft all the way down: an edit that changed it would throw (the test files are strict mode). */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

function ok<X extends object>(edit: Edit<X>): Done<X> {
  if (!edit.ok) throw new Error(`refused: ${edit.reason}`);
  frozen(edit.draft);
  return edit;
}

const passages = (d: Draft) => d.article.sections.flatMap((s) => s.passages);

/** Where `words` are in a passage's text: [start, end]. */
function span(d: Draft, passageId: string, words: string): [number, number] {
  const start = passages(d)
    .find((p) => p.id === passageId)!
    .text.indexOf(words);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + words.length];
}

/** A small lesson: one source, two places, an article of two paragraphs. */
function lesson() {
  let d = frozen(blankDraft('Bridges over the Mekong'));
  const src = ok(addSource(d, { title: 'Mekong River Commission atlas', publisher: 'MRC', url: 'https://example.org/atlas', date: '2019' }));
  d = src.draft;
  const vte = ok(
    addPlace(d, { name: 'Vientiane', type: 'capital', position: [102.6, 17.97], country: 'LAO', description: 'Capital of Laos.', sourceIds: [src.id] }),
  );
  d = vte.draft;
  const nk = ok(addPlace(d, { name: 'Nong Khai', type: 'city', position: [102.74, 17.88], country: 'THA', description: 'A Thai town.', sourceIds: [src.id] }));
  d = ok(articleFromText(nk.draft, 'The bridge joins Vientiane and Nong Khai.\n\nIn Vientiane, trains arrive from Nong Khai.')).draft;
  const [first, second] = passages(d).map((p) => p.id);
  return { d, source: src.id, vte: vte.id, nk: nk.id, first: first!, second: second! };
}

describe('sources', () => {
  it('are added once with an id from their title, changed without changing it, and removed only when no one cites them', () => {
    const { d, source, vte } = lesson();
    expect(source).toBe('mekong-river-commission-atlas');
    expect(d.sources.sources.find((s) => s.id === source)).toMatchObject({ publisher: 'MRC', date: '2019', weak: false, licence: null });
    const again = ok(addSource(d, { title: 'Mekong River Commission atlas', weak: true }));
    expect(again.id).toBe('mekong-river-commission-atlas-2');

    const edited = ok(updateSource(d, source, { title: 'MRC atlas', date: null }));
    expect(edited.draft.sources.sources.find((s) => s.id === source)).toMatchObject({ title: 'MRC atlas', date: null });

    const refused = removeSource(d, source);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.where).toContainEqual({ file: 'places.geojson', path: 'features[0].properties.sources[0]', target: { kind: 'place', id: vte } });
    expect(ok(removeSource(again.draft, again.id)).draft.sources.sources.map((s) => s.id)).not.toContain(again.id);
    expect(removeSource(d, 'nothing').ok).toBe(false);
  });
});

describe('places', () => {
  it('are added with a unique id, a rounded position and the approximate flag from their uncertainty', () => {
    const { d, source } = lesson();
    const r = ok(
      addPlace(d, {
        name: 'Vientiane',
        localName: 'ວຽງຈັນ',
        localLang: 'lo',
        type: 'dry-port',
        position: [102.6123456, 17.9],
        uncertaintyKm: 2,
        sourceIds: [source],
      }),
    );
    expect(r.id).toBe('place:vientiane-2');
    const p = r.draft.places.features.at(-1)!;
    expect(p.geometry.coordinates).toEqual([102.61235, 17.9]);
    expect(p.properties).toMatchObject({ localName: 'ວຽງຈັນ', localLang: 'lo', approximate: true, uncertaintyKm: 2, sources: [source] });
    expect(addPlace(d, { name: 'X', type: 'town', position: [102, 17], sourceIds: ['no-such-source'] }).ok).toBe(false);
  });

  it('keep their id when renamed', () => {
    const { d, vte } = lesson();
    const r = ok(updatePlace(d, vte, { name: 'Vientiane Capital', uncertaintyKm: null }));
    const p = r.draft.places.features.find((f) => f.properties.id === vte)!;
    expect(p.properties).toMatchObject({ name: 'Vientiane Capital', approximate: false });
  });

  it('take their links and tour references with them when removed, and are refused while a route runs through them', () => {
    const { d, vte, nk, first, source } = lesson();
    let x = ok(linkWords(d, first, ...span(d, first, 'bridge'), nk)).draft;
    x = ok(linkWords(x, first, ...span(d, first, 'Vientiane'), vte)).draft;
    x = ok(addStep(x, { title: 'The bridge', passageId: first, features: [vte, nk], notes: 'Look.' })).draft;
    const r = ok(removePlace(x, vte));
    expect(r.removed.map((l) => l.path)).toEqual(['sections[0].passages[0].links[1].feature', 'steps[0].features[0]']);
    expect(passages(r.draft)[0]!.links.map((l) => l.feature)).toEqual([nk]);
    expect(r.draft.tour!.steps[0]!.features).toEqual([nk]);
    expect(r.draft.places.features.map((f) => f.properties.id)).toEqual([nk]);

    const routed = ok(
      addRoute(x, { name: 'Bridge road', kind: 'alternative', status: 'in-use', statusNote: 'Open.', waypoints: [vte, nk], sourceIds: [source] }, []),
    );
    const refused = removePlace(routed.draft, vte);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.where.map((w) => w.target)).toContainEqual({ kind: 'route', id: routed.id });
  });
});

describe('links', () => {
  it('link whole words of a selection, one link per feature, and refuse words already linked', () => {
    const { d, vte, nk, first } = lesson();
    const text = passages(d)[0]!.text;
    // "ientiane and Nong K" grows to whole words.
    const r = ok(linkWords(d, first, text.indexOf('ientiane'), text.indexOf('ong Khai') + 5, nk));
    expect(r.term).toBe('Vientiane and Nong Khai');
    const again = linkWords(r.draft, first, text.indexOf('Nong'), text.indexOf('Nong') + 4, vte);
    expect(again.ok).toBe(false);
    expect(linkWords(d, first, 0, 3, 'place:nowhere').ok).toBe(false);
    expect(linkWords(d, first, 3, 4, vte).ok).toBe(false); // only a space
    // A second term for the same feature joins its link.
    const two = ok(linkWords(ok(linkWords(d, first, ...span(d, first, 'Vientiane'), vte)).draft, first, 0, 3, vte));
    expect(passages(two.draft)[0]!.links).toEqual([{ feature: vte, terms: ['Vientiane', 'The'] }]);
  });

  it('unlink a term at a position, or a whole link, and set and remove a link note with its sources', () => {
    const { d, vte, nk, first, second, source } = lesson();
    let x = ok(linkWords(d, second, ...span(d, second, 'Vientiane'), vte)).draft;
    x = ok(linkWords(x, second, 0, 2, vte)).draft; // "In"
    x = ok(linkWords(x, second, ...span(d, second, 'Nong Khai'), nk)).draft;
    const byOffset = ok(unlink(x, second, { offset: 5 }));
    expect(byOffset.feature).toBe(vte);
    expect(passages(byOffset.draft)[1]!.links).toEqual([
      { feature: vte, terms: ['In'] },
      { feature: nk, terms: ['Nong Khai'] },
    ]);
    expect(passages(ok(unlink(x, second, { index: 0 })).draft)[1]!.links.map((l) => l.feature)).toEqual([nk]);
    expect(unlink(x, second, { offset: span(d, second, ' trains')[0] }).ok).toBe(false);

    const noted = ok(setLinkNote(x, second, { feature: nk }, { text: 'The Thai side.', sourceIds: [source] }));
    expect(passages(noted.draft)[1]!.links[1]!.note).toEqual({ text: 'The Thai side.', sources: [source] });
    expect(passages(ok(setLinkNote(noted.draft, second, { index: 1 }, null)).draft)[1]!.links[1]).toEqual({ feature: nk, terms: ['Nong Khai'] });
    expect(setLinkNote(x, second, { index: 1 }, { text: 'x', sourceIds: ['unknown'] }).ok).toBe(false);

    const whole = ok(linkPassage(x, first, 'country:LAO'));
    expect(passages(whole.draft)[0]!.links).toEqual([{ feature: 'country:LAO', terms: [] }]);
    expect(linkPassage(whole.draft, first, 'country:LAO').ok).toBe(false);
  });
});

describe('the tour', () => {
  function toured() {
    const { d, first, vte, nk } = lesson();
    let x = d;
    const ids: string[] = [];
    for (const title of ['Welcome', 'The bridge', 'The railway', 'Goodbye']) {
      const r = ok(addStep(x, { title, passageId: first, features: [vte, nk], notes: `Notes for ${title}.` }));
      ids.push(r.id);
      x = r.draft;
    }
    return { x, ids };
  }
  const order = (d: Draft) => d.tour!.steps.map((s) => s.title);

  it('is made by its first step, and steps are moved, edited and removed; the last removes it', () => {
    const { d } = lesson();
    expect(d.tour).toBeNull();
    const { x, ids } = toured();
    expect(ids).toEqual(['step:welcome', 'step:the-bridge', 'step:the-railway', 'step:goodbye']);
    expect(x.tour!.title).toBe('Bridges over the Mekong');
    expect(x.manifest.files).toContain('tour.json');

    expect(order(ok(moveStep(x, 0, 2)).draft)).toEqual(['The bridge', 'The railway', 'Welcome', 'Goodbye']);
    expect(order(ok(moveStep(x, 3, 0)).draft)).toEqual(['Goodbye', 'Welcome', 'The bridge', 'The railway']);
    expect(order(ok(moveStep(x, 1, 2)).draft)).toEqual(['Welcome', 'The railway', 'The bridge', 'Goodbye']);
    expect(moveStep(x, 0, 4).ok).toBe(false);

    const edited = ok(updateStep(x, 'step:welcome', { kind: 'title', subtitle: 'A lesson', passageId: null, features: [] }));
    expect(edited.draft.tour!.steps[0]).toMatchObject({ id: 'step:welcome', kind: 'title', subtitle: 'A lesson', passage: null, features: [] });
    expect(updateStep(x, 'step:welcome', { passageId: 'passage:none' }).ok).toBe(false);
    expect(updateStep(x, 'step:welcome', { reveal: ['corridor:none'] }).ok).toBe(false);

    let y = x;
    for (const id of ids.slice(1)) y = ok(removeStep(y, id)).draft;
    expect(order(y)).toEqual(['Welcome']);
    y = ok(removeStep(y, 'step:welcome')).draft;
    expect(y.tour).toBeNull();
    expect(y.manifest.files).not.toContain('tour.json');
  });

  it('places a new step where it is asked to', () => {
    const { x } = toured();
    const r = ok(addStep(x, { title: 'Welcome', notes: 'Again.' }, 1));
    expect(r.id).toBe('step:welcome-2');
    expect(order(r.draft)).toEqual(['Welcome', 'Welcome', 'The bridge', 'The railway', 'Goodbye']);
  });
});
