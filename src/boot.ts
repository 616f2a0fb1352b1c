// The page's entry. The app's module (src/main.ts, with MapLibre about 1.2 MB) is fetched and run only once the
// browser has painted the page's HTML: the header and the built-in article, written into index.html at build
// time. Run at once, it was compiled and run before that paint, which then waited for it (Lighthouse put the
// largest paint, the header's title, 4.5 s after the first). All style sheets are one file linked by the HTML
// (`cssCodeSplit: false` in vite.config.ts), so that paint has them.
import { holdEarlyKeys } from './present/early-keys.ts';

// The tour's keys pressed before the app runs are held for it.
holdEarlyKeys(window);

let started = false;
const run = () => {
  if (started) return;
  started = true;
  // The content pack's files download alongside the app's module (`preloadContent` in vite.config.ts).
  const preloads = document.getElementById('pack-preloads');
  if (preloads instanceof HTMLTemplateElement) document.head.append(preloads.content.cloneNode(true));
  void import('./main.ts');
};
// Started by the first contentful paint, as the browser reports it (after the frame is shown); at once in a tab
// that is hidden (it never paints) or a browser that does not report paints; after 1.5 s at the latest.
const paints = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes.includes('paint');
if (document.visibilityState === 'hidden' || !paints) run();
else {
  new PerformanceObserver((list, observer) => {
    if (!list.getEntries().some((e) => e.name === 'first-contentful-paint')) return;
    observer.disconnect();
    run();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(run, 1500);
}
