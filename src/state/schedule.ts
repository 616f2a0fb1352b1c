// When work a reader does not wait for runs. Work they do not see in the frame that answers their input (a
// history entry, scrolling a list) runs after that frame instead of before it: the next animation frame, then a
// task (a page in the background draws no frames, so a timer runs it anyway). Work done ahead of need runs in
// idle time.

/** How long to wait for a frame before running anyway (a hidden page draws none). */
const NO_FRAME_MS = 200;

/** Runs `fn` once, after the next frame has been drawn. Returns a function that cancels it if it has not run. */
export function afterPaint(fn: () => void): () => void {
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
    fn();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 0);
  });
  timer = setTimeout(run, NO_FRAME_MS);
  return () => {
    done = true;
    clearTimeout(timer);
    cancelAnimationFrame(frame);
  };
}

/**
 * Runs `fn` when the page is idle (or after `timeout` ms at the latest). For work done ahead of need, in pieces
 * small enough that a reader's input is never kept waiting. Returns a function that cancels it if it has not run.
 */
export function inIdleTime(fn: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, 50);
  return () => clearTimeout(timer);
}
