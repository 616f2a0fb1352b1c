// The store's editor session: edits through the history, refusals said, undo and redo with their labels, the
// map's clicks while a pick is asked for, and a problem's go-to. Also a kept draft read back as it was.
import { describe, expect, it } from 'vitest';
import { addPlace, blankDraft, createHistory, draftOfFiles, filesOf, linkWords, articleFromText, openDraft } from '../../src/editor/index.ts';
import { createAppStore } from '../../src/state/store.ts';

function editing() {
  const store = createAppStore();
  const text = '# Trade\n\nLaos and Cambodia trade rice.\n\nTrucks cross at the border.';
  const made = articleFromText(blankDraft('A lesson'), text);
  if (!made.ok) throw new Error(made.reason);
  store.getState().openEditor('d1', createHistory(made.draft), { linkWords });
  return store;
}

const passages = (store: ReturnType<typeof createAppStore>) => store.getState().editor!.history.draft.article.sections.flatMap((s) => s.passages);

describe('the editor session', () => {
  it('applies an edit, says a refusal, and undoes and redoes with the edit’s label', () => {
    const store = editing();
    const s = () => store.getState();
    expect(s().editDraft((d) => addPlace(d, { name: 'Pakse', type: 'town', position: [105.8, 15.1], sourceIds: [] }))).toBe(true);
    expect(s().editor!.history.draft.places.features.map((f) => f.properties.name)).toEqual(['Pakse']);
    expect(s().editor!.notice).toMatchObject({ tone: 'done', text: 'Add place Pakse' });

    const before = s().editor!.history;
    expect(s().editDraft((d) => addPlace(d, { name: 'X', type: 'town', position: [1, 1], sourceIds: ['nope'] }))).toBe(false);
    expect(s().editor!.history).toBe(before);
    expect(s().editor!.notice).toMatchObject({ tone: 'refused', text: expect.stringContaining('No such source: nope') });

    s().undoEdit();
    expect(s().editor!.history.draft.places.features).toHaveLength(0);
    expect(s().editor!.notice?.text).toBe('Undone: Add place Pakse');
    s().redoEdit();
    expect(s().editor!.history.draft.places.features).toHaveLength(1);
    expect(s().editor!.notice?.text).toBe('Redone: Add place Pakse');
  });

  it('links chosen words to the feature clicked on the map, and keeps the pick until a feature is clicked', () => {
    const store = editing();
    const s = () => store.getState();
    const p = passages(store)[0]!;
    const start = p.text.indexOf('Laos');
    s().setPick({ kind: 'link', passage: p.id, start, end: start + 4, words: 'Laos' });
    s().pickOnMap({ lngLat: [100, 10], feature: null });
    expect(s().editor!.pick?.kind).toBe('link');
    expect(s().editor!.notice?.tone).toBe('refused');
    s().pickOnMap({ lngLat: [103, 18], feature: 'country:LAO' });
    expect(s().editor!.pick).toBeNull();
    expect(passages(store)[0]!.links).toEqual([{ feature: 'country:LAO', terms: ['Laos'] }]);
  });

  it('puts a new place where the map is clicked, and adds only places to a route', () => {
    const store = editing();
    const s = () => store.getState();
    s().setPick({ kind: 'place', at: null });
    s().pickOnMap({ lngLat: [105.8, 15.1], feature: 'country:LAO' });
    expect(s().editor!.pick).toEqual({ kind: 'place', at: [105.8, 15.1] });
    s().setPick({ kind: 'route', waypoints: [] });
    s().pickOnMap({ lngLat: [105.8, 15.1], feature: 'place:pakse' });
    s().pickOnMap({ lngLat: [105.8, 15.1], feature: 'place:pakse' });
    s().pickOnMap({ lngLat: [104, 12], feature: 'country:KHM' });
    expect(s().editor!.pick).toEqual({ kind: 'route', waypoints: ['place:pakse'] });
    expect(s().editor!.notice?.tone).toBe('refused');
  });

  it('goes to a problem’s place: its section, and a request the section answers once', () => {
    const store = editing();
    const s = () => store.getState();
    s().focusEditor({ kind: 'step', id: 'step:one' });
    const first = s().editor!.focus;
    expect(s().editor!.section).toBe('tour');
    s().focusEditor({ kind: 'step', id: 'step:one' });
    expect(s().editor!.focus!.seq).toBeGreaterThan(first!.seq);
    s().focusEditor({ kind: 'passage', id: 'passage:x' });
    expect(s().editor!.section).toBe('article');
  });
});

describe('a kept draft', () => {
  it('reads back as it was kept, problems and all', () => {
    const made = addPlace(blankDraft('Kept'), { name: '', type: 'town', position: [105, 15], sourceIds: [] });
    if (!made.ok) throw new Error(made.reason);
    const files = new Map(JSON.parse(JSON.stringify([...filesOf(made.draft)])) as [never, unknown][]);
    const back = draftOfFiles(files);
    expect(back).toEqual(made.draft);
    // An invalid place is kept, not dropped as the pack reader drops it: it is listed as a problem to fix.
    expect(openDraft(back!, {}, 'https://example.org/geo/').problems.some((p) => p.file === 'places.geojson')).toBe(true);
    expect(draftOfFiles(new Map())).toBeNull();
  });
});

describe('the tour started from the editor', () => {
  it('puts the sidebar back as it was on leaving: a card put away stays put away', () => {
    const store = editing();
    const s = () => store.getState();
    s().setTourReveals([[], [], []]);
    s().select('country:LAO');
    s().setTab('edit');
    expect(s().cardDismissed).toBe('country:LAO');
    s().startTour(0);
    s().select('country:KHM');
    s().runTour({ type: 'leave' });
    expect([s().selected, s().cardDismissed, s().tab]).toEqual(['country:LAO', 'country:LAO', 'edit']);
  });
});
