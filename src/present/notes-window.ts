// The presenter view: a second window for the teacher's screen, with the current step's notes, what the data
// measures, the next step and the time. It drives the main window over a BroadcastChannel and follows it: the
// main window holds the tour, this one sends commands and shows what it reports. What it shows is the main
// window's session as reported (`reportedSession`), with the digits typed here; a key or a button runs the same
// transition as the main window would (state/tour-session.ts) and sends what changed.
import '../styles/present.css';
import '../styles/present-panel.css';
import '../styles/present-notes.css';
import '../styles/present-print.css';
import { html, nothing, render } from 'lit-html';
import { CLOSED_TOUR, reportedSession, tourTransition, type TourCommand, type TourSession } from '../state/tour-session.ts';
import { openChannel, type TourMessage } from './channel.ts';
import { activatesTarget, DIGITS_TIMEOUT_MS, hasModifiers, isTypingTarget, tourCommand, tourKeyAction } from './keys.ts';
import type { PresenterOptions } from './presenter.ts';
import { formatElapsed, stepFacts, stepLabel } from './tour.ts';
import { factsTemplate, passageTemplate, sourcesTemplate } from './views.ts';

const WAIT_FOR_MAIN_MS = 1500;

export function mountNotesWindow(o: PresenterOptions): () => void {
  const { root, index, window: win } = o;
  const doc = root.ownerDocument;
  const tour = index.tour;
  const count = tour?.steps.length ?? 0;
  const previousTitle = doc.title;
  doc.title = 'Presenter view · Mekong Connectivity Explorer';
  doc.body.classList.add('is-presenter-view');

  /** The main window's session as last reported (none yet: `heard` is false), with the digits typed here. */
  let session: TourSession = CLOSED_TOUR;
  let heard = false;
  let waited = false;
  let disposed = false;
  let digitsTimer = 0;

  const post = (m: TourMessage) => channel.post(m);
  const typed = (digits: string) => {
    if (digits === session.digits) return;
    session = { ...session, digits };
    win.clearTimeout(digitsTimer);
    if (digits) digitsTimer = win.setTimeout(() => typed(''), DIGITS_TIMEOUT_MS);
    draw();
  };
  /** Runs a command as the main window would, and asks the main window for what changed. */
  const send = (c: TourCommand) => {
    if (!count) return;
    const next = tourTransition(session, c, { count, now: Date.now(), explorer: null });
    if (c.type === 'go') post(session.active ? { type: 'go', step: next.step } : { type: 'start', step: next.step });
    else if (c.type === 'black' && next.black !== session.black) post({ type: 'black', on: next.black });
    typed(next.digits);
  };
  const draw = () => {
    if (disposed) return;
    if (!tour || !count) {
      render(html`<main class="tour-notes"><p>The tour could not be loaded.</p></main>`, root);
      return;
    }
    const n = session.active ? session.step : 0;
    const s = tour.steps[n]!;
    const next = tour.steps[n + 1];
    const running = session.active;
    const connection = heard
      ? running
        ? 'Following the main window'
        : 'The tour is not running in the main window'
      : waited
        ? 'No explorer window answers: open the explorer and start the tour there, or use Start below'
        : 'Looking for the main window…';
    render(
      html`<main class="tour-notes" aria-labelledby="tour-notes-title" data-step=${s.id}>
        <header class="tour-notes-head">
          <h1 class="tour-notes-app">Presenter view</h1>
          <p class="tour-notes-connection" aria-live="polite">${connection}</p>
          <p class="tour-notes-time">
            <span class="tour-notes-elapsed" title="Time since the tour started"
              >${running && session.startedAt ? formatElapsed(Date.now() - session.startedAt) : '0:00'}</span
            >
            <span class="tour-notes-clock">${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}</span>
          </p>
        </header>
        <section class="tour-notes-current">
          <p class="tour-notes-count">
            <span class="visually-hidden">Step </span
            >${stepLabel(n, count)}${session.black ? html` <span class="tour-notes-black">screen black</span>` : nothing}
          </p>
          <h2 id="tour-notes-title" class="tour-notes-title">${s.title}</h2>
          <p class="tour-notes-text">${s.notes}</p>
          ${factsTemplate(stepFacts(tour, n, index), 'full')}
          <details class="tour-notes-more">
            <summary>Passage and sources</summary>
            ${passageTemplate(s, index, new Set())} ${sourcesTemplate(s, index)}
          </details>
        </section>
        <aside class="tour-notes-next" aria-label="Next step">
          ${
            next
              ? html`<p class="tour-notes-count">Next: ${stepLabel(n + 1, count)}</p>
                  <h2 class="tour-notes-next-title">${next.title}</h2>`
              : html`<p class="tour-notes-count">This is the last step.</p>`
          }
        </aside>
        <nav class="tour-notes-controls" aria-label="Drive the tour">
          ${
            running
              ? html`<button type="button" class="tour-notes-prev" ?disabled=${n === 0} @click=${() => send({ type: 'go', step: n - 1 })}>
                    <span aria-hidden="true">‹</span> Back
                  </button>
                  <button type="button" class="tour-notes-next-button" ?disabled=${n >= count - 1} @click=${() => send({ type: 'go', step: n + 1 })}>
                    Next <span aria-hidden="true">›</span>
                  </button>
                  <button type="button" aria-pressed=${session.black ? 'true' : 'false'} @click=${() => send({ type: 'black', on: !session.black })}>
                    Black screen
                  </button>
                  <button type="button" @click=${() => post({ type: 'stop' })}>End tour</button>`
              : html`<button type="button" class="tour-notes-start" @click=${() => send({ type: 'go', step: 0 })}>Start the tour</button>`
          }
        </nav>
        ${session.digits ? html`<p class="tour-notes-goto" aria-live="assertive">Go to step ${session.digits} <kbd>Enter</kbd></p>` : nothing}
      </main>`,
      root,
    );
  };

  const channel = openChannel(win, (m) => {
    if (m.type !== 'state') return;
    session = reportedSession(m, count || null, session.digits);
    heard = true;
    draw();
  });

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target) || hasModifiers(e)) return;
    if (!session.digits && activatesTarget(e, e.target)) return;
    const action = tourKeyAction(e, session.digits);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    // The same decisions as the main window's keys (keys.ts); here they become messages to it.
    const command = tourCommand(action, { step: session.active ? session.step : 0, black: session.black, digits: session.digits, count });
    if (command.type === 'fullscreen') {
      if (doc.fullscreenElement) void doc.exitFullscreen().catch(() => undefined);
      else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
    }
    // Esc here never ends the class's presentation by accident: "End tour" does.
    if (command.type !== 'leave') send(command);
  };
  win.addEventListener('keydown', onKey, true);

  const clock = win.setInterval(draw, 1000);
  const waitTimer = win.setTimeout(() => {
    waited = true;
    draw();
  }, WAIT_FOR_MAIN_MS);
  draw();
  post({ type: 'hello' });

  return () => {
    disposed = true;
    channel.close();
    win.clearInterval(clock);
    win.clearTimeout(waitTimer);
    win.clearTimeout(digitsTimer);
    win.removeEventListener('keydown', onKey, true);
    doc.body.classList.remove('is-presenter-view');
    doc.title = previousTitle;
    render(nothing, root);
  };
}
