// The quiz: questions made from the built-in pack (same seed, same quiz; every answer right by the data; every source
// there), the pack's own questions validated and carried through the editor's export, and the store's slice.
import { describe, expect, it } from 'vitest';
import { compareRoutes } from '../../src/analysis/compare.ts';
import { buildIndex } from '../../src/content/index.ts';
import { story } from '../../src/content/story.ts';
import { validatePack, type RawPack } from '../../src/content/validate.ts';
import { draftFrom, filesOf, rawPackOf } from '../../src/editor/draft.ts';
import { filesFromTexts, packFileTexts } from '../../src/editor/export.ts';
import { makeQuiz, type QuizQuestion } from '../../src/quiz/questions.ts';
import { mulberry32 } from '../../src/quiz/random.ts';
import { quizSeedFromSearch } from '../../src/state/quiz-slice.ts';
import { createAppStore } from '../../src/state/store.ts';
import { readRawPack } from './helpers/pack.ts';

const pack = validatePack(readRawPack());
const index = buildIndex(pack);
const data = { index, story: story(), packQuestions: pack.manifest?.questions ?? [] };
const SEEDS = [1, 2, 3, 42, 2026, 123456789];
const quizzes = new Map(SEEDS.map((seed) => [seed, makeQuiz(data, seed)]));
const allQuestions: QuizQuestion[] = [...quizzes.values()].flat();

describe('making a quiz', () => {
  it('gives the same questions for the same seed, and another quiz for another seed', () => {
    expect(makeQuiz(data, 42)).toEqual(quizzes.get(42));
    expect(makeQuiz(data, 42).map((q) => q.id)).not.toEqual(makeQuiz(data, 43).map((q) => q.id));
    const [a, b] = [mulberry32(7), mulberry32(7)];
    const run = (r: () => number) => Array.from({ length: 5 }, r);
    expect(run(a)).toEqual(run(b));
    expect(run(mulberry32(8))).not.toEqual(run(mulberry32(7)));
  });

  it('asks six questions of every kind the built-in pack can make, the answer always one of the options', () => {
    for (const quiz of quizzes.values()) {
      expect(quiz).toHaveLength(6);
      expect(new Set(quiz.map((q) => q.id)).size).toBe(6);
      expect(new Set(quiz.map((q) => q.kind))).toEqual(new Set(['where', 'capital', 'crosses', 'shortest', 'target', 'pack']));
      for (const q of quiz) {
        expect(q.options.map((o) => o.id)).toContain(q.answer);
        expect(new Set(q.options.map((o) => o.label)).size, q.id).toBe(q.options.length);
        expect(q.options.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('cites only sources the pack has, and reveals only features it has', () => {
    for (const q of allQuestions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const id of q.sources) expect(index.sources.has(id), `${q.id} cites ${id}`).toBe(true);
      if (q.reveal) expect(index.isKnownId(q.reveal), q.id).toBe(true);
    }
  });

  it('is right by the data: the place’s country, the capital, the countries measured along the route, the target', () => {
    for (const q of allQuestions) {
      const label = q.options.find((o) => o.id === q.answer)!.label;
      if (q.kind === 'where') {
        const place = index.places.get(q.id.replace(/^where:/, ''))!;
        expect(q.answer).toBe(`country:${place.properties.country}`);
        expect(place.properties.approximate).toBe(false);
        expect(q.map?.accept).toEqual([place.properties.id]);
      }
      if (q.kind === 'capital') expect(label).toBe(index.countryFacts.get(q.answer)!.capital.value);
      if (q.kind === 'crosses') {
        const m = index.corridorMetrics.get(q.id.replace(/^crosses:/, ''))!;
        expect(q.answer).toBe(`set:${[...m.countries].sort().join('+')}`);
        expect(q.notes.some((n) => n.text.startsWith('Its status:'))).toBe(true);
      }
      if (q.kind === 'target') expect(q.answer).toBe(`value:${index.facts!.bilateral.trade.target.value}`);
      if (q.kind === 'pack') expect(label).toBe(data.packQuestions.find((p) => p.id === q.id)!.answer);
    }
  });

  it('compares ways to the sea only from the same start, says each one’s status, and the shortest is the shortest', () => {
    const shortest = allQuestions.filter((q) => q.kind === 'shortest');
    expect(shortest.length).toBeGreaterThan(0);
    const rows = compareRoutes(index).rows;
    for (const q of shortest) {
      const origin = q.id.replace(/^shortest:/, '').split('>')[0]!;
      const offered = q.options.map((o) => rows.find((r) => `way:${r.corridor}>${r.seaport}` === o.id && r.origin === origin && r.from === origin));
      // Every option is a way measured from the origin itself (not from a stand-in such as a dry port).
      expect(offered.every(Boolean), q.id).toBe(true);
      const best = offered.reduce((a, b) => (b!.km < a!.km ? b : a))!;
      expect(q.answer).toBe(`way:${best.corridor}>${best.seaport}`);
      // Each option says its status, so that a plan is never offered as a working way.
      for (const o of q.options) expect(o.label).toMatch(/\((in use|partly in use|agreed, not yet in use|planned, not yet in use|no service found)\)$/);
    }
  });
});

describe('a pack’s own questions', () => {
  const withQuestions = (questions: unknown[]): RawPack => {
    const raw = readRawPack();
    return { ...raw, manifest: { ...(raw.manifest as object), questions } };
  };
  const good = { id: 'question:ok', question: 'Which?', options: ['A', 'B'], answer: 'A', explanation: 'A is right.', sources: ['source-article'] };

  it('are kept when valid; one whose answer is not an option, cites an unknown source or feature is refused with a clear problem', () => {
    const v = validatePack(
      withQuestions([
        good,
        { ...good, id: 'question:no-answer', answer: 'C' },
        { ...good, id: 'question:bad-source', sources: ['no-such-source'] },
        { ...good, id: 'question:bad-feature', feature: 'place:nowhere' },
        { ...good, id: 'question:twice', options: ['A', 'A'] },
        { id: 'question:broken', question: 'No options' },
      ]),
    );
    expect(v.manifest?.questions?.map((q) => q.id)).toEqual(['question:ok']);
    const said = v.problems.filter((p) => p.file === 'pack.json').map((p) => `${p.path}: ${p.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'questions[1].answer: "C" is not one of the options',
        'questions[2].sources[0]: unknown source "no-such-source"',
        'questions[3].feature: unknown feature "place:nowhere"',
        'questions[4].options: has the same option twice',
      ]),
    );
    expect(said.some((s) => s.startsWith('questions[5].options'))).toBe(true);
    // The rest of pack.json is kept: the story still opens.
    expect(v.manifest?.title).toBeTruthy();
  });

  it('the built-in pack has questions of its own, with no problem', () => {
    expect(pack.problems).toEqual([]);
    expect(data.packQuestions.length).toBeGreaterThanOrEqual(2);
  });

  it('go through the editor and its export unchanged', () => {
    const draft = draftFrom(pack);
    const texts = packFileTexts(filesOf(draft));
    const back = validatePack({ ...rawPackOf(draftFrom(pack)), manifest: filesFromTexts(Object.fromEntries(texts)).get('pack.json') });
    expect(back.manifest?.questions).toEqual(pack.manifest?.questions);
    expect(packFileTexts(filesFromTexts(Object.fromEntries(texts)))).toEqual(texts);
  });
});

describe('the quiz slice', () => {
  it('reads a seed from a link, and refuses what is not one', () => {
    expect(quizSeedFromSearch('?quiz=42')).toBe(42);
    expect(quizSeedFromSearch('?story=x&quiz=4294967295')).toBe(4294967295);
    expect(quizSeedFromSearch('?quiz=-1')).toBeNull();
    expect(quizSeedFromSearch('?quiz=4294967296')).toBeNull();
    expect(quizSeedFromSearch('?quiz=abc')).toBeNull();
  });

  it('keeps the first answer, judges a click on the map by the feature or the distance, and moves on', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().startQuiz(7);
    s().answerQuiz({ choice: 'a', correct: true });
    s().answerQuiz({ choice: 'b', correct: false });
    expect(s().quiz.answers[0]).toEqual({ choice: 'a', correct: true, byMap: false });
    s().goToQuestion(1);
    s().setQuizMapAnswer({ step: 1, accept: ['place:x'], near: [105, 15], withinKm: 40 });
    s().answerQuizOnMap({ lngLat: [106, 15], feature: null }); // about 107 km away
    expect(s().quiz.answers[1]).toEqual({ choice: '', correct: false, byMap: true });
    expect(s().quiz.mapAnswer).toBeNull();
    s().goToQuestion(2);
    s().setQuizMapAnswer({ step: 2, accept: ['place:x'], near: [105, 15], withinKm: 40 });
    s().answerQuizOnMap({ lngLat: [105.2, 15.1], feature: null });
    expect(s().quiz.answers[2]?.correct).toBe(true);
    s().goToQuestion(3);
    s().setQuizMapAnswer({ step: 3, accept: ['place:x'], near: [105, 15], withinKm: 40 });
    s().answerQuizOnMap({ lngLat: [110, 20], feature: 'place:x' as never });
    expect(s().quiz.answers[3]?.correct).toBe(true);
  });

  it('reveals an answer on the map: selected and framed, the quiz kept in the sidebar', () => {
    const store = createAppStore();
    store.getState().setTab('quiz');
    store.getState().revealQuizAnswer('place:vientiane' as never);
    const s = store.getState();
    expect(s.selected).toBe('place:vientiane');
    expect(s.cardDismissed).toBe('place:vientiane');
    expect(s.frameRequest?.target).toBe('place:vientiane');
    expect(s.quiz.revealed).toEqual([0]);
    expect(s.tab).toBe('quiz');
  });
});
