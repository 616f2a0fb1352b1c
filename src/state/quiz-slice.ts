// The quiz (issue #18), one slice of the one store: which quiz (its seed: the same seed asks the same questions),
// the question shown, what was answered, and how it is run (a pupil on their own, or a teacher on a projector, who
// reveals each answer on the map). The questions themselves are made from the open pack by src/quiz/ when the quiz
// is first shown; the store keeps only what a pupil did. Nothing here leaves the device.
import type { SelectableId } from '../content/types.ts';

/** A pupil answers at once; on a projector the class answers aloud and the teacher reveals the answer on the map. */
export type QuizMode = 'pupil' | 'projector';

/** What a click on the map answers while a "where is" question waits: the feature asked for, or a spot near it. */
export interface MapAnswerTarget {
  readonly step: number;
  /** Feature ids that are the answer (the place itself). */
  readonly accept: readonly string[];
  readonly near: readonly [number, number];
  readonly withinKm: number;
}

export interface QuizAnswer {
  /** The option chosen (its id), or the feature clicked on the map ('' for a spot that is no feature). */
  readonly choice: string;
  readonly correct: boolean;
  readonly byMap: boolean;
}

export interface QuizState {
  readonly seed: number;
  /** The question shown (0-based). */
  readonly step: number;
  /** Answers by question index. */
  readonly answers: Readonly<Record<number, QuizAnswer>>;
  readonly mode: QuizMode;
  /** Steps whose answer the teacher has revealed (projector mode). */
  readonly revealed: readonly number[];
  readonly mapAnswer: MapAnswerTarget | null;
}

export interface QuizSlice {
  quiz: QuizState;
  /** A new quiz (a seed from a link, or a fresh one): answers forgotten, first question. */
  startQuiz: (seed: number) => void;
  setQuizMode: (mode: QuizMode) => void;
  /** Records the answer to the question shown (the first answer counts; a second is ignored). */
  answerQuiz: (answer: { readonly choice: string; readonly correct: boolean }) => void;
  /** A click on the map, handed over by the map's pointer binding while a "where is" question waits for one. */
  answerQuizOnMap: (click: { readonly lngLat: readonly [number, number]; readonly feature: SelectableId | null }) => void;
  /** The question shown takes clicks on the map as answers (null: it does not). */
  setQuizMapAnswer: (target: MapAnswerTarget | null) => void;
  goToQuestion: (step: number) => void;
  /** Reveals the answer: marks it revealed and selects (and frames) the feature it is about, without its card. */
  revealQuizAnswer: (feature: SelectableId | null) => void;
}

/** Seeds are 32-bit unsigned integers: what a link can carry and mulberry32 takes. */
export function quizSeed(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : typeof value === 'number' ? value : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? n : null;
}

/** The seed a link asks for (`?quiz=<seed>`), or null. */
export function quizSeedFromSearch(search: string): number | null {
  return quizSeed(new URLSearchParams(search).get('quiz'));
}

/** A fresh seed for a pupil's new quiz (not for tests: they pass one). */
export function freshSeed(): number {
  return Math.floor(Math.random() * 0x100000000) >>> 0;
}

export const QUIZ_LENGTH = 6;

const initialQuiz = (seed: number): QuizState => ({ seed, step: 0, answers: {}, mode: 'pupil', revealed: [], mapAnswer: null });

/** Great-circle distance in km (enough to judge a click on the map). */
function kmBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface QuizHost {
  quiz: QuizState;
  selected: SelectableId | null;
  cardDismissed: SelectableId | null;
  frameRequest: { readonly target: SelectableId; readonly seq: number } | null;
}

export function createQuizSlice<S extends QuizHost & QuizSlice>(set: (partial: Partial<S>) => void, get: () => S): QuizSlice {
  const put = (quiz: Partial<QuizState>) => set({ quiz: { ...get().quiz, ...quiz } } as Partial<S>);
  const record = (answer: QuizAnswer) => {
    const q = get().quiz;
    if (q.answers[q.step]) return;
    put({ answers: { ...q.answers, [q.step]: answer }, mapAnswer: null });
  };
  return {
    quiz: initialQuiz(freshSeed()),
    startQuiz: (seed) => put({ ...initialQuiz(seed), mode: get().quiz.mode }),
    setQuizMode: (mode) => {
      const q = get().quiz;
      if (q.mode === mode) return;
      // What was answered on one's own was shown at once: on the projector it counts as revealed.
      const answered = Object.keys(q.answers).map(Number);
      put({ mode, revealed: mode === 'projector' ? [...new Set([...q.revealed, ...answered])] : q.revealed });
    },
    answerQuiz: ({ choice, correct }) => record({ choice, correct, byMap: false }),
    answerQuizOnMap: ({ lngLat, feature }) => {
      const target = get().quiz.mapAnswer;
      if (!target || target.step !== get().quiz.step) return;
      const correct = (feature !== null && target.accept.includes(feature)) || kmBetween(lngLat, target.near) <= target.withinKm;
      record({ choice: feature ?? '', correct, byMap: true });
    },
    setQuizMapAnswer: (mapAnswer) => {
      const q = get().quiz;
      const was = q.mapAnswer;
      const same = mapAnswer === null ? was === null : was?.step === mapAnswer.step && was.accept.join() === mapAnswer.accept.join();
      if (same || (mapAnswer && q.answers[mapAnswer.step])) return;
      put({ mapAnswer });
    },
    goToQuestion: (step) => {
      const next = Math.max(0, Math.min(QUIZ_LENGTH - 1, Math.trunc(step)));
      if (next !== get().quiz.step) put({ step: next, mapAnswer: null });
    },
    revealQuizAnswer: (feature) => {
      const s = get();
      const revealed = s.quiz.revealed.includes(s.quiz.step) ? s.quiz.revealed : [...s.quiz.revealed, s.quiz.step];
      const quiz = { ...s.quiz, revealed, mapAnswer: null };
      if (!feature) return set({ quiz } as Partial<S>);
      // The answer is shown on the map, and the quiz stays in the sidebar: the feature's card is put away at once.
      const seq = (s.frameRequest?.seq ?? 0) + 1;
      set({ quiz, selected: feature, cardDismissed: feature, frameRequest: { target: feature, seq } } as Partial<S>);
    },
  };
}
