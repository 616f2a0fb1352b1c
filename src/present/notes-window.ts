// The presenter view: a second window for the teacher's screen, with the current step's notes, what the data
// measures, the next step and the time. It drives the main window over a BroadcastChannel and follows it: the
// main window holds the tour, this one sends commands and shows what it reports. What it shows is the main
// window's session as reported (`reportedSession`), with the digits typed here; a key or a button runs the same
// transition as the main window would (state/tour-session.ts) and sends what changed.
import '../styles/present.css';
import '../styles/present-panel.css';
import '../styles/present-notes.css';
import '../styles/present-print.css';
import { html, nothing, render, svg, type TemplateResult } from 'lit-html';
import { chooseLanguage, packLang } from '../i18n/bind.ts';
import { intlTag, t } from '../i18n/index.ts';
import { PREFS_KEY, readPrefs, safeLocalStorage } from '../state/prefs-storage.ts';
import { strokeId, type InkStroke, type InkTool, type LngLat, type StrokeTool } from '../state/ink-slice.ts';
import { INK_COLOUR_NAMES, type InkColour } from '../styles/ink-colours.ts';
import { CLOSED_TOUR, reportedSession, tourTransition, type TourCommand, type TourSession } from '../state/tour-session.ts';
import { openChannel, type TourMessage } from './channel.ts';
import { fromPicture, strokeNear, toPicture, type Px } from './ink-view.ts';
import { activatesTarget, DIGITS_TIMEOUT_MS, hasModifiers, inkKeyAction, isTypingTarget, tourCommand, tourKeyAction } from './keys.ts';
import type { PresenterOptions } from './presenter.ts';
import { formatElapsed, stepFacts, stepLabel } from './tour.ts';
import { factsTemplate, INK_COLOUR_LABEL, INK_TOOL_LABEL, passageTemplate, sourcesTemplate } from './views.ts';

const WAIT_FOR_MAIN_MS = 1500;

type MapPicture = Extract<TourMessage, { type: 'map' }>;
/** The tools the presenter view draws with (the laser is the projector's own: it would not show there). */
type NotesTool = Exclude<InkTool, 'laser'>;
const NOTES_TOOLS: readonly (readonly [NotesTool, string])[] = [
  ['pen', 'D'],
  ['highlighter', 'H'],
  ['arrow', 'A'],
  ['eraser', 'E'],
];
/** Stroke widths on the picture (its pixels), as the map draws them. */
const WIDTH: Readonly<Record<StrokeTool, number>> = { pen: 3, highlighter: 12, arrow: 4 };

/** A stroke over the picture: its line, and an arrow's head. */
function strokeSvg(s: InkStroke, p: MapPicture): TemplateResult {
  const pts = s.coords.map((c) => toPicture(c, p.bounds, p.width, p.height));
  const line = pts.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const [a, b] = [pts[pts.length - 2], pts[pts.length - 1]];
  let head = '';
  if (s.tool === 'arrow' && a && b && Math.hypot(b[0] - a[0], b[1] - a[1]) > 1) {
    const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const barb = (side: number) => `${(b[0] - 16 * Math.cos(angle + side * 0.45)).toFixed(1)},${(b[1] - 16 * Math.sin(angle + side * 0.45)).toFixed(1)}`;
    head = `${barb(1)} ${b[0].toFixed(1)},${b[1].toFixed(1)} ${barb(-1)}`;
  }
  const cls = `tour-notes-ink tour-notes-ink--${s.tool} tour-notes-ink--${s.colour}`;
  return svg`<polyline class=${cls} stroke-width=${WIDTH[s.tool]} points=${line}></polyline>${head ? svg`<polyline class=${cls} stroke-width=${WIDTH[s.tool]} points=${head}></polyline>` : nothing}`;
}

export function mountNotesWindow(o: PresenterOptions): () => void {
  const { root, index, store, window: win } = o;
  const doc = root.ownerDocument;
  const tour = index.tour;
  const count = tour?.steps.length ?? 0;
  const previousTitle = doc.title;
  doc.body.classList.add('is-presenter-view');

  /** The main window's session as last reported (none yet: `heard` is false), with the digits typed here. */
  let session: TourSession = CLOSED_TOUR;
  let heard = false;
  let waited = false;
  let disposed = false;
  let digitsTimer = 0;

  /** The main window's map as last pictured, the strokes drawn here it does not show yet, the tool and colour. */
  let picture: MapPicture | null = null;
  let pending: InkStroke[] = [];
  let live: InkStroke | null = null;
  let tool: NotesTool | null = 'pen';
  let colour: InkColour = INK_COLOUR_NAMES[0]!;
  let seq = 0;

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
    doc.title = t('present.presenterViewTitle');
    if (!tour || !count) {
      render(html`<main class="tour-notes"><p>${t('present.tourNotLoaded')}</p></main>`, root);
      return;
    }
    const n = session.active ? session.step : 0;
    const s = tour.steps[n]!;
    const next = tour.steps[n + 1];
    const running = session.active;
    const connection = t(heard ? (running ? 'present.followingMain' : 'present.notRunningInMain') : waited ? 'present.noMainWindow' : 'present.lookingForMain');
    const lang = packLang();
    render(
      html`<main class="tour-notes" aria-labelledby="tour-notes-title" data-step=${s.id}>
        <header class="tour-notes-head">
          <h1 class="tour-notes-app">${t('present.presenterView')}</h1>
          <p class="tour-notes-connection" aria-live="polite">${connection}</p>
          <p class="tour-notes-time">
            <span class="tour-notes-elapsed" title=${t('present.elapsedTitle')}
              >${running && session.startedAt ? formatElapsed(Date.now() - session.startedAt) : '0:00'}</span
            >
            <span class="tour-notes-clock">${new Date().toLocaleTimeString(intlTag(), { hour: '2-digit', minute: '2-digit' })}</span>
          </p>
        </header>
        <section class="tour-notes-current">
          <p class="tour-notes-count">
            <span class="visually-hidden">${t('present.step')} </span
            >${stepLabel(n, count)}${session.black ? html` <span class="tour-notes-black">${t('present.screenBlack')}</span>` : nothing}
          </p>
          <h2 id="tour-notes-title" class="tour-notes-title" lang=${lang}>${s.title}</h2>
          <p class="tour-notes-text" lang=${lang}>${s.notes}</p>
          ${factsTemplate(stepFacts(tour, n, index), 'full')}
          <details class="tour-notes-more">
            <summary>${t('present.passageAndSources')}</summary>
            ${passageTemplate(s, index, new Set())} ${sourcesTemplate(s, index)}
          </details>
        </section>
        <aside class="tour-notes-next" aria-label=${t('present.nextStep')}>
          ${
            next
              ? html`<p class="tour-notes-count">${t('present.nextCount', { step: stepLabel(n + 1, count) })}</p>
                  <h2 class="tour-notes-next-title" lang=${lang}>${next.title}</h2>`
              : html`<p class="tour-notes-count">${t('present.lastStep')}</p>`
          }
        </aside>
        ${running && picture?.step === n ? mapTemplate(picture) : nothing}
        <nav class="tour-notes-controls" aria-label=${t('present.driveTour')}>
          ${
            running
              ? html`<button type="button" class="tour-notes-prev" ?disabled=${n === 0} @click=${() => send({ type: 'go', step: n - 1 })}>
                    <span aria-hidden="true">‹</span> ${t('present.back')}
                  </button>
                  <button type="button" class="tour-notes-next-button" ?disabled=${n >= count - 1} @click=${() => send({ type: 'go', step: n + 1 })}>
                    ${t('present.next')} <span aria-hidden="true">›</span>
                  </button>
                  <button type="button" aria-pressed=${session.black ? 'true' : 'false'} @click=${() => send({ type: 'black', on: !session.black })}>
                    ${t('present.blackScreen')}
                  </button>
                  <button type="button" @click=${() => post({ type: 'stop' })}>${t('present.endTour')}</button>`
              : html`<button type="button" class="tour-notes-start" @click=${() => send({ type: 'go', step: 0 })}>${t('present.startTour')}</button>`
          }
        </nav>
        ${session.digits ? html`<p class="tour-notes-goto" aria-live="assertive">${t('present.goToStep', { digits: session.digits })} <kbd>Enter</kbd></p>` : nothing}
      </main>`,
      root,
    );
  };

  // --- Drawing on the picture of the map ------------------------------------------------------------------

  const pointAt = (e: PointerEvent, p: MapPicture): Px => {
    const r = (e.currentTarget as Element).getBoundingClientRect();
    return [((e.clientX - r.left) / Math.max(1, r.width)) * p.width, ((e.clientY - r.top) / Math.max(1, r.height)) * p.height];
  };
  const onDown = (e: PointerEvent) => {
    const p = picture;
    if (!p || !tool || (e.pointerType === 'mouse' && e.button !== 0)) return;
    e.preventDefault();
    const at = pointAt(e, p);
    if (tool === 'eraser') {
      const id = strokeNear(p.strokes, at, p.bounds, p.width, p.height, 10);
      if (id) post({ type: 'erase', step: p.step, id });
      return;
    }
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    const here = fromPicture(at, p.bounds, p.width, p.height);
    live = { id: strokeId('notes', ++seq), tool, colour, coords: tool === 'arrow' ? [here, here] : [here] };
    draw();
  };
  const onMove = (e: PointerEvent) => {
    const p = picture;
    if (!p || !live) return;
    const here: LngLat = fromPicture(pointAt(e, p), p.bounds, p.width, p.height);
    live = { ...live, coords: live.tool === 'arrow' ? [live.coords[0]!, here] : [...live.coords, here].slice(0, 2_000) };
    draw();
  };
  const onUp = () => {
    const [p, s] = [picture, live];
    live = null;
    if (p && s && s.coords.length >= 2) {
      pending = [...pending, s];
      post({ type: 'stroke', step: p.step, stroke: s });
    }
    draw();
  };
  const setTool = (next: NotesTool | null) => {
    tool = next;
    draw();
  };

  const mapTemplate = (p: MapPicture) => {
    const drawn = [...pending, ...(live ? [live] : [])];
    return html`<section class="tour-notes-map" aria-label=${t('present.mapToDrawOn')}>
      <div class="tour-notes-map-tools" role="group" aria-label=${t('present.drawOnMap')}>
        ${NOTES_TOOLS.map(
          ([k, key]) =>
            html`<button
              type="button"
              data-ink-tool=${k}
              aria-pressed=${tool === k ? 'true' : 'false'}
              aria-keyshortcuts=${key}
              @click=${() => setTool(tool === k ? null : k)}
            >
              ${t(INK_TOOL_LABEL[k])}
            </button>`,
        )}
        <fieldset class="tour-notes-map-colours">
          <legend class="visually-hidden">${t('present.inkColour')}</legend>
          ${INK_COLOUR_NAMES.map(
            (c) =>
              html`<label class="present-ink-colour"
                ><input
                  type="radio"
                  name="notes-ink-colour"
                  .checked=${colour === c}
                  @change=${() => {
                    colour = c;
                    draw();
                  }}
                /><span class=${`present-ink-swatch present-ink-swatch--${c}`} aria-hidden="true"></span
                ><span class="visually-hidden">${t(INK_COLOUR_LABEL[c])}</span></label
              >`,
          )}
        </fieldset>
      </div>
      <div class="tour-notes-map-picture">
        <img src=${p.image} width=${p.width} height=${p.height} alt=${t('present.mapPictureAlt')} />
        <svg
          class=${`tour-notes-map-ink${tool ? ' is-inking' : ''}`}
          viewBox=${`0 0 ${p.width} ${p.height}`}
          aria-hidden="true"
          @pointerdown=${onDown}
          @pointermove=${onMove}
          @pointerup=${onUp}
          @pointercancel=${onUp}
        >
          ${drawn.map((s) => strokeSvg(s, p))}
        </svg>
      </div>
    </section>`;
  };

  const channel = openChannel(win, (m) => {
    if (m.type === 'map') {
      picture = m;
      // A stroke sent from here is in the picture once the main window has drawn it.
      pending = pending.filter((s) => !m.strokes.some((x) => x.id === s.id));
      return draw();
    }
    if (m.type !== 'state') return;
    session = reportedSession(m, count || null, session.digits);
    heard = true;
    draw();
  });

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || isTypingTarget(e.target) || hasModifiers(e)) return;
    if (!session.digits && activatesTarget(e, e.target)) return;
    // The pen's keys, as in the main window (the laser is the projector's own); C asks to erase the step's strokes.
    const ink = session.digits ? null : inkKeyAction(e, tool);
    if (ink && !(ink.type === 'tool' && ink.tool === 'laser')) {
      e.preventDefault();
      e.stopPropagation();
      if (ink.type === 'tool') return setTool(ink.tool === 'laser' ? null : ink.tool);
      for (const s of picture?.step === session.step ? picture.strokes : []) post({ type: 'erase', step: session.step, id: s.id });
      return;
    }
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

  // The interface's language follows the main window's: a choice made there is stored, and storage tells the other
  // windows of the page's origin. The store then redraws this view once the language's catalogue has loaded.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== PREFS_KEY) return;
    const { ui } = readPrefs(safeLocalStorage(win));
    if (ui && ui !== store.getState().ui) void chooseLanguage(store, ui);
  };
  win.addEventListener('storage', onStorage);
  const unsubUi = store.subscribe((s) => s.ui, draw);

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
    win.removeEventListener('storage', onStorage);
    unsubUi();
    doc.body.classList.remove('is-presenter-view');
    doc.title = previousTitle;
    render(nothing, root);
  };
}
