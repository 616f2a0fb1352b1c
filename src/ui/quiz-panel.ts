// The Quiz tab: questions made from the open pack (src/quiz/questions.ts), answered by choosing or by clicking the
// map, with feedback at once (the fact, its sources and their dates) and a score; or, on a projector, answers
// revealed by the teacher on the map (R, or the button). Loaded the first time the tab is shown. It never touches the
// map: a reveal is a store action (select and frame), and a click on the map reaches the quiz through the store.
import '../styles/quiz.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import type { PackQuestion } from '../content/schema.ts';
import { story } from '../content/story.ts';
import { makeQuiz, type QuizQuestion } from '../quiz/questions.ts';
import { freshSeed, QUIZ_LENGTH, type QuizState } from '../state/quiz-slice.ts';
import type { AppStore } from '../state/store.ts';
import { sourceDate } from './cards/common.ts';
import type { Dispose } from './mount.ts';

/** Everything the panel says, together (for translation, #19). */
export const QUIZ_TEXT = {
  title: 'Quiz',
  intro: 'Questions made from this story’s data. No sign-in: nothing you answer leaves this device.',
  modeLegend: 'Who answers',
  modePupil: 'On my own',
  modeProjector: 'A class, on a projector',
  progress: (n: number, of: number) => `Question ${n} of ${of}`,
  score: (right: number, answered: number) => `Score: ${right} of ${answered}`,
  options: 'Answers',
  mapHint: 'Or click the place on the map.',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  chosen: 'Chosen',
  theAnswer: (label: string) => `The answer: ${label}.`,
  yourMapClick: (name: string | null) => (name ? `You clicked ${name} on the map.` : 'You clicked the map away from it.'),
  classChose: (label: string) => `The class chose: ${label}.`,
  sources: 'Sources',
  undated: 'undated',
  weak: 'weaker source',
  showOnMap: 'Show on the map',
  reveal: 'Reveal the answer (R)',
  waiting: 'Answers are shown when the teacher reveals them.',
  next: 'Next question',
  finished: (right: number, of: number) => `Finished: ${right} of ${of} right.`,
  newQuiz: 'New quiz',
  share: 'A link to this same quiz:',
  none: 'This story has too little data to make a quiz from.',
  announceCorrect: (fact: string) => `Correct. ${fact}`,
  announceIncorrect: (answer: string, fact: string) => `Not quite. The answer: ${answer}. ${fact}`,
  announceRevealed: (answer: string) => `Answer revealed: ${answer}.`,
} as const;

export interface QuizPanelOptions {
  readonly store: AppStore;
  readonly index: ContentIndex;
  readonly packQuestions: readonly PackQuestion[];
  /** The page's polite live region (#announcer): feedback is said there. */
  readonly announcer: HTMLElement;
  readonly window: Window;
}

export function mountQuizPanel(el: HTMLElement, o: QuizPanelOptions): Dispose {
  const { store, index, announcer, window: win } = o;
  let made: { seed: number; questions: readonly QuizQuestion[] } | null = null;
  const questionsOf = (seed: number): readonly QuizQuestion[] => {
    if (made?.seed !== seed) made = { seed, questions: makeQuiz({ index, story: story(), packQuestions: o.packQuestions }, seed, QUIZ_LENGTH) };
    return made.questions;
  };
  const say = (text: string) => {
    announcer.textContent = text;
  };
  const labelOf = (q: QuizQuestion, id: string) => q.options.find((x) => x.id === id)?.label ?? id;
  let focusPrompt = false;

  const choose = (q: QuizQuestion, id: string) => {
    const s = store.getState();
    if (s.quiz.answers[s.quiz.step]) return;
    const correct = id === q.answer;
    s.answerQuiz({ choice: id, correct });
    if (s.quiz.mode === 'projector') return say(`${QUIZ_TEXT.chosen}: ${labelOf(q, id)}`);
    say(correct ? QUIZ_TEXT.announceCorrect(q.fact) : QUIZ_TEXT.announceIncorrect(labelOf(q, q.answer), q.fact));
  };
  const reveal = (q: QuizQuestion) => {
    store.getState().revealQuizAnswer(q.reveal);
    // After the selection's own announcement, which the reveal's selection makes.
    queueMicrotask(() => say(`${QUIZ_TEXT.announceRevealed(labelOf(q, q.answer))} ${q.fact}`));
  };
  const next = () => {
    focusPrompt = true;
    store.getState().goToQuestion(store.getState().quiz.step + 1);
  };

  const sourcesOf = (ids: readonly string[]): TemplateResult =>
    html`<div class="quiz-sources">
      <h4>${QUIZ_TEXT.sources}</h4>
      <ul>
        ${[...new Set(ids)].map((id) => {
          const src = index.sources.get(id);
          if (!src) return html`<li>${id}</li>`;
          return html`<li data-source=${id}>
            ${src.url ? html`<a href=${src.url} rel="noopener noreferrer" target="_blank">${src.title}</a>` : src.title}${src.publisher && !src.title.includes(src.publisher) ? `, ${src.publisher}` : nothing}
            ${sourceDate(src.date)}${src.weak ? html` <span class="weak">${QUIZ_TEXT.weak}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;

  const feedback = (q: QuizQuestion, quiz: QuizState): TemplateResult => {
    const a = quiz.answers[quiz.step];
    const verdict = a
      ? html`<p class="quiz-verdict"><strong>${a.correct ? QUIZ_TEXT.correct : QUIZ_TEXT.incorrect}</strong> ${QUIZ_TEXT.theAnswer(labelOf(q, q.answer))}</p>`
      : nothing;
    const clicked = a?.byMap
      ? html`<p>${QUIZ_TEXT.yourMapClick(a.choice && index.isKnownId(a.choice) ? (index.features.get(a.choice)?.name ?? null) : null)}</p>`
      : nothing;
    return html`<section class="quiz-feedback" data-correct=${a ? String(a.correct) : 'none'} aria-label="Feedback">
      ${quiz.mode === 'projector' && a ? html`<p>${QUIZ_TEXT.classChose(labelOf(q, a.choice))}</p>` : nothing}
      ${a ? verdict : html`<p class="quiz-verdict">${QUIZ_TEXT.theAnswer(labelOf(q, q.answer))}</p>`} ${clicked}
      <p class="quiz-fact">${q.fact}</p>
      ${q.notes.map((n) => html`<p class="card-note">${n}</p>`)} ${sourcesOf(q.sources)}
      ${q.reveal && quiz.mode === 'pupil' ? html`<button type="button" class="quiz-button" @click=${() => reveal(q)}>${QUIZ_TEXT.showOnMap}</button>` : nothing}
    </section>`;
  };

  const body = (quiz: QuizState, questions: readonly QuizQuestion[]): TemplateResult => {
    const q = questions[quiz.step];
    if (!q) return html`<p class="card-note">${QUIZ_TEXT.none}</p>`;
    const answered = Object.values(quiz.answers);
    const right = answered.filter((a) => a.correct).length;
    const a = quiz.answers[quiz.step];
    const shown = quiz.mode === 'pupil' ? Boolean(a) : quiz.revealed.includes(quiz.step);
    const last = quiz.step >= questions.length - 1;
    const optionState = (id: string): string => {
      if (shown && id === q.answer) return 'right';
      if (shown && a?.choice === id) return 'wrong';
      return a?.choice === id ? 'chosen' : '';
    };
    return html`
      <p class="quiz-progress">
        <span>${QUIZ_TEXT.progress(quiz.step + 1, questions.length)}</span>
        ${quiz.mode === 'pupil' ? html`<span class="quiz-score">${QUIZ_TEXT.score(right, answered.length)}</span>` : nothing}
      </p>
      <h3 id="quiz-prompt" class="quiz-prompt" tabindex="-1" data-question=${q.id} data-kind=${q.kind}>${q.prompt}</h3>
      <div class="quiz-options" role="group" aria-labelledby="quiz-prompt">
        ${q.options.map(
          (opt) =>
            html`<button
              type="button"
              class="quiz-option"
              data-option=${opt.id}
              data-state=${optionState(opt.id)}
              aria-pressed=${a?.choice === opt.id ? 'true' : 'false'}
              aria-disabled=${a ? 'true' : 'false'}
              @click=${() => choose(q, opt.id)}
            >
              ${opt.label}${optionState(opt.id) === 'right' ? html`<span class="quiz-mark" aria-hidden="true"> ✓</span>` : nothing}
            </button>`,
        )}
      </div>
      ${q.map && !a ? html`<p class="card-note quiz-map-hint">${QUIZ_TEXT.mapHint}</p>` : nothing} ${shown ? feedback(q, quiz) : nothing}
      ${
        quiz.mode === 'projector' && !shown
          ? html`<p class="card-note">${QUIZ_TEXT.waiting}</p>
              <button type="button" class="quiz-button quiz-reveal" aria-keyshortcuts="R" @click=${() => reveal(q)}>${QUIZ_TEXT.reveal}</button>`
          : nothing
      }
      ${shown && !last ? html`<button type="button" class="quiz-button quiz-next" @click=${next}>${QUIZ_TEXT.next}</button>` : nothing}
      ${
        shown && last
          ? html`<p class="quiz-finished">${QUIZ_TEXT.finished(right, questions.length)}</p>
              <button type="button" class="quiz-button" @click=${() => store.getState().startQuiz(freshSeed())}>${QUIZ_TEXT.newQuiz}</button>`
          : nothing
      }
    `;
  };

  const shareLink = (seed: number): string => {
    const url = new URL(win.location.href);
    url.searchParams.set('quiz', String(seed));
    url.hash = '';
    return url.href;
  };

  const draw = () => {
    const s = store.getState();
    const quiz = s.quiz;
    const questions = questionsOf(quiz.seed);
    const q = questions[quiz.step];
    // A "where is" question takes a click on the map while it waits for an answer and the quiz is in view.
    const waitsForMap = q?.map && !quiz.answers[quiz.step] && s.tab === 'quiz' && !s.tour.active;
    s.setQuizMapAnswer(waitsForMap && q.map ? { step: quiz.step, accept: q.map.accept, near: q.map.near, withinKm: q.map.withinKm } : null);
    render(
      html`<section class="quiz" data-mode=${quiz.mode} data-seed=${quiz.seed} aria-labelledby="quiz-title">
        <h2 id="quiz-title" class="panel-title">${QUIZ_TEXT.title}</h2>
        ${body(quiz, questions)}
        <fieldset class="quiz-mode">
          <legend>${QUIZ_TEXT.modeLegend}</legend>
          ${(['pupil', 'projector'] as const).map(
            (mode) =>
              html`<label
                ><input type="radio" name="quiz-mode" value=${mode} .checked=${quiz.mode === mode} @change=${() => store.getState().setQuizMode(mode)} />
                ${mode === 'pupil' ? QUIZ_TEXT.modePupil : QUIZ_TEXT.modeProjector}</label
              >`,
          )}
        </fieldset>
        <p class="card-note">${QUIZ_TEXT.intro}</p>
        <p class="quiz-share card-note">${QUIZ_TEXT.share} <a href=${shareLink(quiz.seed)}>${shareLink(quiz.seed)}</a></p>
      </section>`,
      el,
    );
    if (focusPrompt) {
      focusPrompt = false;
      el.querySelector<HTMLElement>('#quiz-prompt')?.focus();
    }
  };

  let lastAnswered = store.getState().quiz.answers;
  const onKey = (e: KeyboardEvent) => {
    const s = store.getState();
    if (e.key.toLowerCase() !== 'r' || e.ctrlKey || e.metaKey || e.altKey || s.tab !== 'quiz' || s.tour.active || s.quiz.mode !== 'projector') return;
    const t = e.target as HTMLElement | null;
    if (t?.closest('input:not([type=radio]), textarea, select, [contenteditable="true"]')) return;
    const q = questionsOf(s.quiz.seed)[s.quiz.step];
    if (!q || s.quiz.revealed.includes(s.quiz.step)) return;
    e.preventDefault();
    reveal(q);
  };
  win.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe(
    (s) => [s.quiz, s.tab, s.tour.active] as const,
    () => {
      const s = store.getState();
      // A click on the map answers in the store: say the feedback here, as a choice's is said.
      if (s.quiz.answers !== lastAnswered) {
        const a = s.quiz.answers[s.quiz.step];
        const q = questionsOf(s.quiz.seed)[s.quiz.step];
        if (a?.byMap && !lastAnswered[s.quiz.step] && q && s.quiz.mode === 'pupil')
          say(a.correct ? QUIZ_TEXT.announceCorrect(q.fact) : QUIZ_TEXT.announceIncorrect(labelOf(q, q.answer), q.fact));
        lastAnswered = s.quiz.answers;
      }
      draw();
    },
    { equalityFn: (x, y) => x[0] === y[0] && x[1] === y[1] && x[2] === y[2] },
  );
  draw();
  return () => {
    unsubscribe();
    win.removeEventListener('keydown', onKey);
    store.getState().setQuizMapAnswer(null);
    render(nothing, el);
  };
}
