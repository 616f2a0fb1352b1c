// Keys as presentation software has them, so a clicker works: clickers send PageDown/PageUp (some also
// B or "." for a black screen, and Escape). Pure: what a key means and what it does (tourCommand), the same in
// the main window and the presenter view; each window carries the command out.
import { clampStep } from './tour.ts';

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

/** What a window knows when a key comes: the step shown, how many there are, the black screen, digits typed. */
export interface TourKeyState {
  readonly step: number;
  readonly count: number;
  readonly black: boolean;
  readonly digits: string;
}

/** What the tour is to do: the same for a key pressed in the main window or in the presenter view. */
export type TourCommand =
  /** Show this step (already within the tour); showing a step also ends a black screen. */
  | { readonly type: 'go'; readonly step: number }
  | { readonly type: 'black'; readonly on: boolean }
  | { readonly type: 'fullscreen' }
  | { readonly type: 'leave' };

/**
 * The one place that decides what an action does, for both windows: Next or Back on a black screen brings the
 * picture back without moving on (as presentation software does); digits build a step number, Enter goes there.
 * Returns the digits typed after the action and the command, or null when only the digits changed.
 */
export function tourCommand(action: TourAction, s: TourKeyState): { readonly digits: string; readonly command: TourCommand | null } {
  const go = (n: number): TourCommand => ({ type: 'go', step: clampStep(n, s.count) });
  switch (action.type) {
    case 'digit':
      return { digits: (s.digits + action.digit).slice(-3), command: null };
    case 'cancel':
      return { digits: '', command: null };
    case 'next':
      return { digits: '', command: s.black ? { type: 'black', on: false } : go(s.step + 1) };
    case 'prev':
      return { digits: '', command: s.black ? { type: 'black', on: false } : go(s.step - 1) };
    case 'first':
      return { digits: '', command: go(0) };
    case 'last':
      return { digits: '', command: go(s.count - 1) };
    case 'jump':
      return { digits: '', command: go(action.step - 1) };
    case 'black':
      return { digits: '', command: { type: 'black', on: !s.black } };
    case 'fullscreen':
      return { digits: '', command: { type: 'fullscreen' } };
    case 'leave':
      return { digits: '', command: { type: 'leave' } };
  }
}

/** P starts the tour from the explorer. */
export function isStartKey(e: KeyLike): boolean {
  return !hasModifiers(e) && (e.key === 'p' || e.key === 'P');
}

/** Keys typed into a form field are the field's, never the tour's. */
export { isTypingTarget } from '../ui/keys.ts';

/** Enter and Space on a focused button or link activate it: the tour must not act on them a second time. */
export function activatesTarget(e: KeyLike, target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  const control = ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) || el.getAttribute('role') === 'button';
  return control && (e.key === 'Enter' || e.key === ' ');
}
