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
    const loading = load().then((d) => {
      if (disposed) d();
      else dispose = d;
    });
    started.add(loading);
    void loading.finally(() => started.delete(loading));
  };
  void when.then(start, start);
  return () => {
    disposed = true;
    dispose?.();
  };
}

const started = new Set<Promise<void>>();

/**
 * Settles once every part whose loading has started is mounted (or failed to load). The automation handle waits on
 * it after the first view (`window.mekong.settled()`), so that a check of printing or of a panel does not race the
 * code that draws it.
 */
export async function loadsSettled(): Promise<void> {
  // A task later: a load chained on the same promise as the caller (through `shownOr`) starts a few microtasks on.
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (started.size > 0) await Promise.allSettled([...started]);
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
