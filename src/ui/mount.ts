import { nothing, render, type TemplateResult } from 'lit-html';
import type { AppState, AppStore } from '../state/store.ts';

/** Every panel is mounted the same way and returns its own cleanup. */
export type Dispose = () => void;

/**
 * Calls `draw` now if `el` is shown, else once it is shown (its `hidden` attribute removed, as the tabs do):
 * a hidden tab panel costs nothing at start-up and redraws only when it can be seen. Returns `request` (draw
 * when possible) and a cleanup.
 */
export function drawWhenShown(el: HTMLElement, draw: () => void): { request: () => void; dispose: Dispose } {
  let pending = false;
  const request = () => {
    pending = el.hidden;
    if (!pending) draw();
  };
  const observer = new MutationObserver(() => {
    if (pending && !el.hidden) request();
  });
  observer.observe(el, { attributes: true, attributeFilter: ['hidden'] });
  return { request, dispose: () => observer.disconnect() };
}

/**
 * Renders `template()` into `el` now and again whenever `watch` picks a new value from the store (compared with
 * `equalityFn` if given); the cleanup unsubscribes and empties `el`.
 */
export function mountRendered<T>(
  el: HTMLElement,
  store: AppStore,
  watch: (s: AppState) => T,
  template: () => TemplateResult,
  equalityFn?: (a: T, b: T) => boolean,
): Dispose {
  const draw = () => render(template(), el);
  draw();
  const unsub = store.subscribe(watch, draw, equalityFn ? { equalityFn } : undefined);
  return () => {
    unsub();
    render(nothing, el);
  };
}
