// Keys as presentation software has them, so a clicker works: clickers send PageDown/PageUp (some also
// B or "." for a black screen, and Escape). Pure: what a key means (tourKeyAction) and what it asks of the tour
// (tourCommand), the same in the main window and the presenter view; the tour's session (state/tour-session.ts)
// carries the command out, within the tour's bounds.
import type { InkTool } from '../state/ink-slice.ts';
import type { TourCommand, TourSession } from '../state/tour-session.ts';

export type { TourCommand } from '../state/tour-session.ts';

export type TourAction =
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'digit'; readonly digit: string }
  /** Enter after digits: go to that step (counted from 1, as on the screen). */
  | { readonly type: 'jump'; readonly step: number }
  | { readonly type: 'black' }
  | { readonly type: 'fullscreen' }
  | { readonly type: 'leave' }
  /** Escape while digits are being typed: forget them. */
  | { readonly type: 'cancel' };

export interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/**
 * Keys with Ctrl, Alt or Meta belong to the browser and the system (Ctrl+P prints, Alt+← goes back). Shift is
 * allowed only for characters, because some keyboards need it to type digits or "." (French AZERTY).
 */
export function hasModifiers(e: KeyLike): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return true;
  return e.shiftKey && (e.key.length !== 1 || e.key === ' ');
}

/** What a key does in the tour, given the digits typed so far; null for keys the tour leaves alone. */
export function tourKeyAction(e: KeyLike, digits: string): TourAction | null {
  if (hasModifiers(e)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return { type: 'next' };
    case 'Enter':
      return digits ? { type: 'jump', step: Number(digits) } : { type: 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'prev' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'black' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return digits ? { type: 'cancel' } : { type: 'leave' };
    default:
      return /^[0-9]$/.test(e.key) ? { type: 'digit', digit: e.key } : null;
  }
}

/** Digits typed towards a step number are forgotten after this long without Enter. */
export const DIGITS_TIMEOUT_MS = 4_000;

/** What a window knows when a key comes: the step shown, the black screen, digits typed, how many steps there are. */
export type TourKeyState = Pick<TourSession, 'step' | 'black' | 'digits'> & { readonly count: number };

/**
 * The one place that decides what an action asks, for both windows: Next or Back on a black screen brings the
 * picture back without moving on (as presentation software does); digits build a step number (the last three),
 * Enter goes there. Steps asked for may lie outside the tour: the session keeps the step within it.
 */
export function tourCommand(action: TourAction, s: TourKeyState): TourCommand {
  const go = (step: number): TourCommand => ({ type: 'go', step });
  switch (action.type) {
    case 'digit':
      return { type: 'type', digits: (s.digits + action.digit).slice(-3) };
    case 'cancel':
      return { type: 'type', digits: '' };
    case 'next':
      return s.black ? { type: 'black', on: false } : go(s.step + 1);
    case 'prev':
      return s.black ? { type: 'black', on: false } : go(s.step - 1);
    case 'first':
      return go(0);
    case 'last':
      return go(s.count - 1);
    case 'jump':
      return go(action.step - 1);
    case 'black':
      return { type: 'black', on: !s.black };
    case 'fullscreen':
      return { type: 'fullscreen' };
    case 'leave':
      return { type: 'leave' };
  }
}

/** P starts the tour from the explorer. */
export function isStartKey(e: KeyLike): boolean {
  return !hasModifiers(e) && (e.key === 'p' || e.key === 'P');
}

/** Keys typed into a form field are the field's, never the tour's. */
export { isTypingTarget } from '../ui/typing.ts';

/** Enter and Space on a focused button or link activate it: the tour must not act on them a second time. */
export function activatesTarget(e: KeyLike, target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const control = ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) || el.getAttribute('role') === 'button';
  return control && (e.key === 'Enter' || e.key === ' ');
}

/** The pen's keys (issue #22), clear of the tour's: a letter picks a tool (again: back to moving the map). */
export const INK_KEYS: Readonly<Record<string, InkTool>> = { d: 'pen', h: 'highlighter', a: 'arrow', l: 'laser', e: 'eraser' };

export type InkAction = { readonly type: 'tool'; readonly tool: InkTool | null } | { readonly type: 'clear-step' };

/**
 * What a key does to the pen, given the tool in hand: D, H, A, L, E pick a tool (or put it down if it is in hand),
 * M puts any down, C clears the step's ink; Esc puts a tool down before it would leave the tour.
 */
export function inkKeyAction(e: KeyLike, tool: InkTool | null): InkAction | null {
  if (hasModifiers(e)) return null;
  if (e.key === 'Escape') return tool ? { type: 'tool', tool: null } : null;
  const key = e.key.toLowerCase();
  const picked = Object.hasOwn(INK_KEYS, key) ? INK_KEYS[key]! : null;
  if (picked) return { type: 'tool', tool: picked === tool ? null : picked };
  if (key === 'm') return { type: 'tool', tool: null };
  if (key === 'c') return { type: 'clear-step' };
  return null;
}
