// The editor's Tour and Sources sections without the DOM: what a new step takes from the map, where a dragged step
// lands, how a citation and a date are said, and the one-walk citation index (the same as citationsOf, per source).
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/content/index.ts';
import type { SelectableId } from '../../src/content/types.ts';
import { addSource, addStep, blankDraft, citationsOf, draftFrom, type Done } from '../../src/editor/index.ts';
import { citationIndex, citationLabel, dateText } from '../../src/ui/editor/source-citations.ts';
import {
  defaultKind,
  featuresOfSelection,
  gapAt,
  indexForGap,
  movedText,
  passageOfSelection,
  revealedBefore,
  routesToReveal,
  stepProblemText,
} from '../../src/ui/editor/tour-plan.ts';
import { loadPack } from './helpers/pack.ts';

const pack = loadPack();
const index = buildIndex(pack);
const story = draftFrom(pack);
const ok = <T extends object>(r: Done<T> | { ok: false; reason: string }): Done<T> => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe('a step from the map as it is now', () => {
  it('frames what the selection stands for: a passage its linked features, a feature itself, nothing without one', () => {
    const passage = [...index.passages.values()].find((p) => p.passage.links.length > 1)!.passage;
    expect(featuresOfSelection(passage.id, index.targetsOf)).toEqual(passage.links.map((l) => l.feature));
    expect(featuresOfSelection('country:LAO', index.targetsOf)).toEqual(['country:LAO']);
    expect(featuresOfSelection(null, index.targetsOf)).toEqual([]);
  });

  it('shows the passage selected, or the first one that speaks of the feature selected', () => {
    const [id, passages] = [...index.passagesOf.entries()].find(([, p]) => p.length > 1)!;
    expect(passageOfSelection(id as SelectableId, story, index.passagesOf)).toBe(passages[0]);
    expect(passageOfSelection(passages[1]!, story, index.passagesOf)).toBe(passages[1]);
    expect(passageOfSelection('country:ZZZ', story, index.passagesOf)).toBeNull();
    expect(passageOfSelection(null, story, index.passagesOf)).toBeNull();
  });

  it('offers the routes earlier steps have not revealed, ticked unless their kind is hidden in the Routes tab', () => {
    const steps = story.tour!.steps;
    const all = story.corridors!.features;
    expect(routesToReveal(story, 0, []).map((r) => r.id)).toEqual(all.map((f) => f.properties.id));
    // Just past the first step that reveals something.
    const at = steps.findIndex((st) => st.reveal.length) + 1;
    const before = new Set(steps.slice(0, at).flatMap((st) => st.reveal));
    expect(at).toBeGreaterThan(0);
    expect(revealedBefore(story, at)).toEqual(before);
    expect(routesToReveal(story, at, []).map((r) => r.id)).toEqual(all.map((f) => f.properties.id).filter((id) => !before.has(id)));
    const kind = all[0]!.properties.kind;
    for (const r of routesToReveal(story, 0, [kind])) expect(r.shown).toBe(all.find((f) => f.properties.id === r.id)!.properties.kind !== kind);
    expect(routesToReveal(blankDraft('x'), 0, [])).toEqual([]);
  });

  it('is the title slide when it is the first', () => {
    const blank = blankDraft('x');
    expect(defaultKind(blank)).toBe('title');
    expect(defaultKind(ok(addStep(blank, { title: 'Start' })).draft)).toBe('step');
  });
});

describe('dragging a step', () => {
  const rows = [
    { top: 0, bottom: 40 },
    { top: 40, bottom: 100 },
    { top: 100, bottom: 120 },
  ];
  it('drops into the gap above the item whose upper half the pointer is over', () => {
    expect([-5, 10, 25, 60, 75, 105, 115, 400].map((y) => gapAt(rows, y))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
  it('lands at the index the gap means once the step has left its own place', () => {
    expect([0, 1, 2, 3].map((gap) => indexForGap(1, gap))).toEqual([0, 1, 1, 2]);
    expect(indexForGap(2, 0)).toBe(0);
    expect(indexForGap(0, 3)).toBe(2);
  });
  it('names the field a problem is in', () => {
    expect(stepProblemText('steps[2].notes', 'Too small')).toBe('Notes for the teacher: Too small');
    expect(stepProblemText('steps[0].features[1]', 'unknown feature')).toBe('What it frames: unknown feature');
    expect(stepProblemText('steps[0]', 'unknown feature "place:x"')).toBe('unknown feature "place:x"');
  });
  it('is said with its new place', () => {
    expect(movedText('Rivers', 1, 3)).toBe('Step “Rivers” moved to position 2 of 3.');
  });
});

describe('sources', () => {
  it('dates as a reader says them, or undated', () => {
    expect([dateText('2024'), dateText('2024-03'), dateText('2024-03-09'), dateText(null), dateText('spring 2020'), dateText('2024-13')]).toEqual([
      '2024',
      'March 2024',
      '9 March 2024',
      'undated',
      'spring 2020',
      '2024-13',
    ]);
  });

  it('finds, in one walk, every citation citationsOf finds for each source', () => {
    const all = citationIndex(story);
    for (const s of story.sources.sources) expect(all.get(s.id) ?? [], s.id).toEqual(citationsOf(story, s.id));
    expect(citationIndex(story)).toBe(all);
  });

  it('names where a source is cited: a step by its title, a place and a route by their names, the article', () => {
    const labels = [...citationIndex(story).values()].flat().map((at) => [at.target.kind, citationLabel(story, at)] as const);
    const step = story.tour!.steps.find((s) => s.sources.length)!;
    expect(labels).toContainEqual(['step', `Tour step “${step.title}”`]);
    const place = story.places.features.find((f) => f.properties.sources.length)!;
    expect(labels).toContainEqual(['place', `Place “${place.properties.name}”`]);
    const route = story.corridors!.features[0]!;
    expect(labels).toContainEqual(['route', `Route “${route.properties.name}”`]);
    expect(labels).toContainEqual(['article', 'The article']);
    // Nothing falls back to a file and a path.
    for (const [kind, label] of labels) expect(label, kind).not.toMatch(/\.json|\.geojson/);

    let d = blankDraft('x');
    const src = ok(addSource(d, { title: 'Atlas' }));
    d = ok(addStep(src.draft, { title: 'Rivers', sourceIds: [src.id] })).draft;
    expect(
      citationIndex(d)
        .get(src.id)!
        .map((at) => citationLabel(d, at)),
    ).toEqual(['Tour step “Rivers”']);
  });
});
