// The tour's session as data: whether it runs, the step shown, the black screen, the digits typed towards a
// step number, when it started and what to put back when it ends. Pure transitions, no DOM and no timers: the
// store applies them (its tour slice), the presenter view applies them to what the main window reports, and the
// unit tests call them directly. The step is clamped here and nowhere else.
import type { SelectableId, ThemeName } from '../content/types.ts';
import type { View } from './view.ts';

export const SIDEBAR_TABS = ['article', 'routes', 'countries', 'quiz', 'edit'] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];

/** The explorer as it was when the tour started: put back when the teacher leaves the tour. */
export interface ExplorerState {
  readonly selected: SelectableId | null;
  readonly view: View | null;
  readonly theme: ThemeName;
  readonly tab: SidebarTab;
  /** Whether the selection's card had been put away (the tab shown instead): it stays so after the tour. */
  readonly cardDismissed?: SelectableId | null;
}

export interface TourSession {
  readonly active: boolean;
  /** The step shown (kept when the tour ends, so that it can be offered again). */
  readonly step: number;
  readonly black: boolean;
  /** Digits typed towards a step number, shown until Enter, Esc or a pause. */
  readonly digits: string;
  /** Wall-clock start, for the elapsed time in the presenter view. */
  readonly startedAt: number | null;
  readonly restore: ExplorerState | null;
  /** How the last tour ended: left by Esc or End tour (the explorer put back), or stopped from outside. */
  readonly ended: 'left' | 'stopped' | null;
}

export const CLOSED_TOUR: TourSession = { active: false, step: 0, black: false, digits: '', startedAt: null, restore: null, ended: null };

/** What the tour is to do: the same for a key, a click, a clicker or a message from the presenter view. */
export type TourCommand =
  /** Show this step (clamped into the tour); starts the tour if it is not running; ends a black screen. */
  | { readonly type: 'go'; readonly step: number }
  | { readonly type: 'black'; readonly on: boolean }
  /** Digits typed so far towards a step number ('' forgets them). */
  | { readonly type: 'type'; readonly digits: string }
  /** Full screen is the window's to toggle; for the session it only ends typing. */
  | { readonly type: 'fullscreen' }
  /** Esc or End tour: the tour ends and the explorer comes back as it was. */
  | { readonly type: 'leave' }
  /** Ended from outside (a link without a step): nothing is put back. */
  | { readonly type: 'stop' };

export interface TourContext {
  /** How many steps the tour has; null while the tour's plan is not known yet (only the floor applies). */
  readonly count: number | null;
  readonly now: number;
  /** The explorer now, kept when the tour starts. */
  readonly explorer: ExplorerState | null;
}

/** The one clamp: a whole step within the tour (the first step for anything that is not a number). */
export function clampStep(step: number, count: number | null): number {
  const n = Math.max(0, Math.trunc(Number.isFinite(step) ? step : 0));
  return count === null ? n : Math.min(Math.max(0, count - 1), n);
}

export function tourTransition(s: TourSession, c: TourCommand, ctx: TourContext): TourSession {
  switch (c.type) {
    case 'go': {
      const step = clampStep(c.step, ctx.count);
      if (s.active) return s.step === step && !s.black && !s.digits ? s : { ...s, step, black: false, digits: '' };
      return { active: true, step, black: false, digits: '', startedAt: ctx.now, restore: ctx.explorer, ended: null };
    }
    case 'black':
      return s.active && (s.black !== c.on || s.digits) ? { ...s, black: c.on, digits: '' } : s;
    case 'type':
      return s.digits === c.digits ? s : { ...s, digits: c.digits };
    case 'fullscreen':
      return s.digits ? { ...s, digits: '' } : s;
    case 'leave':
    case 'stop':
      return s.active ? { ...CLOSED_TOUR, step: s.step, ended: c.type === 'leave' ? 'left' : 'stopped' } : s;
  }
}

/** The same step within a plan of `count` steps (the plan arrives after a link has opened the tour). */
export function withinTour(s: TourSession, count: number | null): TourSession {
  const step = clampStep(s.step, count);
  return step === s.step ? s : { ...s, step };
}

/** The session another window reports (the presenter view follows the main window's), with this window's digits. */
export function reportedSession(
  r: { readonly active: boolean; readonly step: number; readonly black: boolean; readonly startedAt: number | null },
  count: number | null,
  digits: string,
): TourSession {
  return { ...CLOSED_TOUR, active: r.active, step: clampStep(r.step, count), black: r.active && r.black, startedAt: r.startedAt, digits };
}
