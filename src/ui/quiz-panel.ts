// The Quiz tab: questions made from the open pack (src/quiz/questions.ts), answered by choosing or by clicking the
// map, with feedback at once (the fact, its sources and their dates) and a score; or, on a projector, answers
// revealed by the teacher on the map (R, or the button). Loaded the first time the tab is shown. It never touches the
// map: a reveal is a store action (select and frame), and a click on the map reaches the quiz through the store.
import '../styles/quiz.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import type { PackQuestion } from '../content/schema.ts';
import { story } from '../content/story.ts';
import { packText } from '../i18n/bind.ts';
import { ensurePart, locale, t, tParts } from '../i18n/index.ts';
import { makeQuiz, type QuizOption, type QuizQuestion, type SaidPart } from '../quiz/questions.ts';
import { freshSeed, QUIZ_LENGTH, type QuizState } from '../state/quiz-slice.ts';
import type { AppStore } from '../state/store.ts';
import { packLangAttr, sourceDate } from './cards/common.ts';
import type { Dispose } from './mount.ts';

// The quiz's words load with its code, before it first draws.
await ensurePart('quiz');

/** What a question says, the pack's words marked with the pack's language. */
const partsShown = (parts: readonly SaidPart[]) => parts.map((p) => (typeof p === 'string' ? p : packText(p.pack, p.lang)));

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
  let made: { seed: number; locale: string; questions: readonly QuizQuestion[] } | null = null;
  // The same seed gives the same questions; they are made again, said in the new language, when it changes.
  const questionsOf = (seed: number): readonly QuizQuestion[] => {
    if (made?.seed !== seed || made.locale !== locale())
      made = { seed, locale: locale(), questions: makeQuiz({ index, story: story(), packQuestions: o.packQuestions }, seed, QUIZ_LENGTH) };
    return made.questions;
  };
  const say = (text: string) => {
    announcer.textContent = text;
  };
  const optionFor = (q: QuizQuestion, id: string): QuizOption => q.options.find((x) => x.id === id) ?? { id, label: id, parts: [id] };
  const labelOf = (q: QuizQuestion, id: string) => optionFor(q, id).label;
  /** An option inside a sentence shown. */
  const optionShown = (q: QuizQuestion, id: string) => partsShown(optionFor(q, id).parts);
  const verdictSaid = (q: QuizQuestion, correct: boolean) =>
    correct ? t('quiz.announceCorrect', { fact: q.fact.text }) : t('quiz.announceIncorrect', { answer: labelOf(q, q.answer), fact: q.fact.text });
  let focusPrompt = false;

  const choose = (q: QuizQuestion, id: string) => {
    const s = store.getState();
    if (s.quiz.answers[s.quiz.step]) return;
    const correct = id === q.answer;
    s.answerQuiz({ choice: id, correct });
    if (s.quiz.mode === 'projector') return say(t('quiz.announceChosen', { answer: labelOf(q, id) }));
    say(verdictSaid(q, correct));
  };
  const reveal = (q: QuizQuestion) => {
    store.getState().revealQuizAnswer(q.reveal);
    // After the selection's own announcement, which the reveal's selection makes.
    queueMicrotask(() => say(t('quiz.announceRevealed', { answer: labelOf(q, q.answer), fact: q.fact.text })));
  };
  const next = () => {
    focusPrompt = true;
    store.getState().goToQuestion(store.getState().quiz.step + 1);
  };

  const sourcesOf = (ids: readonly string[]): TemplateResult =>
    html`<div class="quiz-sources">
      <h4>${t('quiz.sources')}</h4>
      <ul>
        ${[...new Set(ids)].map((id) => {
          const src = index.sources.get(id);
          if (!src) return html`<li>${id}</li>`;
          return html`<li data-source=${id}>
            <span lang=${packLangAttr()}
              >${src.url ? html`<a href=${src.url} rel="noopener noreferrer" target="_blank">${src.title}</a>` : src.title}${
                src.publisher && !src.title.includes(src.publisher) ? `, ${src.publisher}` : nothing
              }</span
            >
            ${sourceDate(src.date)}${src.weak ? html` <span class="weak">${t('quiz.weak')}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;

  const feedback = (q: QuizQuestion, quiz: QuizState): TemplateResult => {
    const a = quiz.answers[quiz.step];
    const theAnswer = tParts('quiz.theAnswer', { answer: optionShown(q, q.answer) });
    const verdict = a ? html`<p class="quiz-verdict"><strong>${a.correct ? t('quiz.correct') : t('quiz.incorrect')}</strong> ${theAnswer}</p>` : nothing;
    const clickedName = a?.byMap && a.choice && index.isKnownId(a.choice) ? (index.features.get(a.choice)?.name ?? null) : null;
    const clicked = a?.byMap
      ? html`<p>${clickedName ? tParts('quiz.yourMapClick', { name: packText(clickedName) }) : t('quiz.yourMapClickAway')}</p>`
      : nothing;
    return html`<section class="quiz-feedback" data-correct=${a ? String(a.correct) : 'none'} aria-label=${t('quiz.feedback')}>
      ${quiz.mode === 'projector' && a ? html`<p>${tParts('quiz.classChose', { answer: optionShown(q, a.choice) })}</p>` : nothing}
      ${a ? verdict : html`<p class="quiz-verdict">${theAnswer}</p>`} ${clicked}
      <p class="quiz-fact">${partsShown(q.fact.parts)}</p>
      ${q.notes.map((n) => html`<p class="card-note">${partsShown(n.parts)}</p>`)} ${sourcesOf(q.sources)}
      ${q.reveal && quiz.mode === 'pupil' ? html`<button type="button" class="quiz-button" @click=${() => reveal(q)}>${t('quiz.showOnMap')}</button>` : nothing}
    </section>`;
  };

  const body = (quiz: QuizState, questions: readonly QuizQuestion[]): TemplateResult => {
    const q = questions[quiz.step];
    if (!q) return html`<p class="card-note">${t('quiz.none')}</p>`;
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
        <span>${t('quiz.progress', { n: quiz.step + 1, total: questions.length })}</span>
        ${quiz.mode === 'pupil' ? html`<span class="quiz-score">${t('quiz.score', { right, answered: answered.length })}</span>` : nothing}
      </p>
      <h3 id="quiz-prompt" class="quiz-prompt" tabindex="-1" data-question=${q.id} data-kind=${q.kind}>${partsShown(q.prompt.parts)}</h3>
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
              ${partsShown(opt.parts)}${optionState(opt.id) === 'right' ? html`<span class="quiz-mark" aria-hidden="true"> ✓</span>` : nothing}
            </button>`,
        )}
      </div>
      ${q.map && !a ? html`<p class="card-note quiz-map-hint">${t('quiz.mapHint')}</p>` : nothing} ${shown ? feedback(q, quiz) : nothing}
      ${
        quiz.mode === 'projector' && !shown
          ? html`<p class="card-note">${t('quiz.waiting')}</p>
              <button type="button" class="quiz-button quiz-reveal" aria-keyshortcuts="R" @click=${() => reveal(q)}>${t('quiz.reveal')}</button>`
          : nothing
      }
      ${shown && !last ? html`<button type="button" class="quiz-button quiz-next" @click=${next}>${t('quiz.next')}</button>` : nothing}
      ${
        shown && last
          ? html`<p class="quiz-finished">${t('quiz.finished', { right, total: questions.length, count: right })}</p>
              <button type="button" class="quiz-button" @click=${() => store.getState().startQuiz(freshSeed())}>${t('quiz.newQuiz')}</button>`
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
        <h2 id="quiz-title" class="panel-title">${t('quiz.title')}</h2>
        ${body(quiz, questions)}
        <fieldset class="quiz-mode">
          <legend>${t('quiz.modeLegend')}</legend>
          ${(['pupil', 'projector'] as const).map(
            (mode) =>
              html`<label
                ><input type="radio" name="quiz-mode" value=${mode} .checked=${quiz.mode === mode} @change=${() => store.getState().setQuizMode(mode)} />
                ${mode === 'pupil' ? t('quiz.modePupil') : t('quiz.modeProjector')}</label
              >`,
          )}
        </fieldset>
        <p class="card-note">${t('quiz.intro')}</p>
        <p class="quiz-share card-note">${t('quiz.share')} <a href=${shareLink(quiz.seed)}>${shareLink(quiz.seed)}</a></p>
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
    const target = e.target as HTMLElement | null;
    if (target?.closest('input:not([type=radio]), textarea, select, [contenteditable="true"]')) return;
    const q = questionsOf(s.quiz.seed)[s.quiz.step];
    if (!q || s.quiz.revealed.includes(s.quiz.step)) return;
    e.preventDefault();
    reveal(q);
  };
  win.addEventListener('keydown', onKey);
  const unsubscribe = store.subscribe(
    (s) => [s.quiz, s.tab, s.tour.active, s.ui] as const,
    () => {
      const s = store.getState();
      // A click on the map answers in the store: say the feedback here, as a choice's is said.
      if (s.quiz.answers !== lastAnswered) {
        const a = s.quiz.answers[s.quiz.step];
        const q = questionsOf(s.quiz.seed)[s.quiz.step];
        if (a?.byMap && !lastAnswered[s.quiz.step] && q && s.quiz.mode === 'pupil') say(verdictSaid(q, a.correct));
        lastAnswered = s.quiz.answers;
      }
      draw();
    },
    { equalityFn: (x, y) => x.every((v, i) => v === y[i]) },
  );
  draw();
  return () => {
    unsubscribe();
    win.removeEventListener('keydown', onKey);
    store.getState().setQuizMapAnswer(null);
    render(nothing, el);
  };
}
