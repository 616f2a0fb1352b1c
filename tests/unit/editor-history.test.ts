// Undo and redo over a lesson draft's edits: an immutable history with a limit, a version and labels.
import { describe, expect, it } from 'vitest';
import { addPlace, addSource, blankDraft, createHistory, removeSource, type Draft } from '../../src/editor/index.ts';

const names = (d: Draft) => d.places.features.map((f) => f.properties.name);

/** A history after `n` edits, each adding a place "P<i>", and the draft after each edit. */
function edited(n: number, limit?: number) {
  const start = blankDraft('History');
  let h = createHistory(start, limit === undefined ? {} : { limit });
  const drafts = [start];
  for (let i = 1; i <= n; i++) {
    h = h.apply((d) => addPlace(d, { name: `P${i}`, type: 'town', position: [100, 15], sourceIds: ['lesson'] }));
    drafts.push(h.draft);
  }
  return { h, drafts };
}

describe('the history', () => {
  it('undoes the last 100 of 120 edits, one by one, and redoes them all', () => {
    const { h, drafts } = edited(120);
    expect(h.limit).toBe(100);
    expect(h.version).toBe(120);
    expect(names(h.draft)).toHaveLength(120);
    let x = h;
    for (let i = 119; i >= 20; i--) {
      expect(x.canUndo).toBe(true);
      expect(x.undoLabel).toBe(`Add place P${i + 1}`);
      x = x.undo();
      expect(x.draft).toBe(drafts[i]);
    }
    // The first 20 edits are beyond the limit: undo stops at the 20th.
    expect(x.canUndo).toBe(false);
    expect(x.undo()).toBe(x);
    expect(names(x.draft)).toHaveLength(20);
    for (let i = 21; i <= 120; i++) {
      expect(x.redoLabel).toBe(`Add place P${i}`);
      x = x.redo();
      expect(x.draft).toBe(drafts[i]);
    }
    expect(x.canRedo).toBe(false);
    expect(x.redo()).toBe(x);
    expect(x.version).toBe(320);
  });

  it('keeps as many edits as its limit says', () => {
    const { h, drafts } = edited(120, 150);
    let x = h;
    while (x.canUndo) x = x.undo();
    expect(x.draft).toBe(drafts[0]);
    expect(x.version).toBe(240);
  });

  it('forgets what could be redone when an edit is made after an undo', () => {
    const { h } = edited(3);
    const back = h.undo().undo();
    expect(back.canRedo).toBe(true);
    const branch = back.apply((d) => addSource(d, { title: 'A map' }));
    expect(branch.canRedo).toBe(false);
    expect(names(branch.draft)).toEqual(['P1']);
    expect(branch.draft.sources.sources.map((s) => s.id)).toEqual(['lesson', 'a-map']);
    expect(branch.undo().draft).toBe(back.draft);
  });

  it('is left as it is by a refused edit or one that changed nothing, and takes a draft or an edit as well as a function', () => {
    const { h } = edited(2);
    expect(h.apply((d) => removeSource(d, 'lesson'))).toBe(h);
    expect(h.apply(h.draft)).toBe(h);
    const byEdit = h.apply(addSource(h.draft, { title: 'Atlas' }));
    expect(byEdit.version).toBe(3);
    expect(byEdit.undoLabel).toBe('Add source Atlas');
    const byDraft = byEdit.apply(blankDraft('Other'));
    expect(byDraft.undoLabel).toBe('Edit');
    expect(byDraft.undo().draft).toBe(byEdit.draft);
  });

  it('is an immutable value: every change is a new history and the old one is unchanged', () => {
    const { h } = edited(1);
    const before = { draft: h.draft, version: h.version, canUndo: h.canUndo };
    const after = h.undo();
    expect(after).not.toBe(h);
    expect({ draft: h.draft, version: h.version, canUndo: h.canUndo }).toEqual(before);
    expect(Object.isFrozen(h)).toBe(true);
  });
});
