// Work a reader does not see in the frame that answers their input (a history entry, scrolling a list) runs
// after that frame instead of before it: the next animation frame, then a task. A page in the background draws
// no frames, so a timer runs it anyway.

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
