import type { Dispose } from './mount.ts';

/**
 * Mounts a part of the page whose code is loaded later, once `when` settles: the parts nobody sees in the first
 * view (other tabs, the tour's screens, printing, the update prompt) are not downloaded, compiled or run before the
 * map's first view is drawn. The cleanup works before or after the code has arrived.
 */
export function mountLater(load: () => Promise<Dispose>, when: Promise<unknown>): Dispose {
  let disposed = false;
  let dispose: Dispose | null = null;
  const start = () => {
    if (disposed) return;
    void load().then((d) => {
      if (disposed) d();
      else dispose = d;
    });
  };
  void when.then(start, start);
  return () => {
    disposed = true;
    dispose?.();
  };
}

/** A promise that never settles: `shownOr(el, NEVER)` waits for `el` alone. */
export const NEVER: Promise<never> = new Promise<never>(() => undefined);

/** Settles when `el` is shown (its `hidden` attribute removed, as the tabs do) or when `other` settles. */
export function shownOr(el: HTMLElement, other: Promise<unknown>): Promise<void> {
  if (!el.hidden) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      if (el.hidden) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el, { attributes: true, attributeFilter: ['hidden'] });
    const done = () => {
      observer.disconnect();
      resolve();
    };
    void other.then(done, done);
  });
}
