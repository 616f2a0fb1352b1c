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
