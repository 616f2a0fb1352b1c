// The service worker and the app's updates. A lesson must not break when the network drops or the site is
// updated, so:
//
// - The worker precaches the whole app (its code, including what loads lazily: the tour, the presenter view and
//   present.css; its data; its fonts) and claims the page it was installed from, so the first visit keeps
//   working offline.
// - A new version is offered, never forced: it installs alongside the running one and waits (no skipWaiting at
//   install). Until the teacher accepts it, the running version's worker serves the running version's files, so
//   an open page can still load whatever it loads lazily. The store's `updateReady` tells the update prompt
//   (src/ui/update-prompt.ts), which offers it outside the tour only.
// - Accepting (`acceptUpdate`) asks the waiting worker to take over, and the page reloads once it has: the URL
//   carries the view, the selection and the settings, and the tour step the teacher had reached is remembered for
//   the reloaded page (`resumeStep`), which offers to go back to it.
import { Workbox } from 'workbox-window';
import type { AppStore } from '../state/store.ts';
import { RESUME_KEY, session } from './resume.ts';

/** How often an open page asks the server whether there is a new version (the browser also does, on navigation). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export interface UpdatesOptions {
  readonly window: Window;
  /** The worker's script, resolved against the page's base. */
  readonly scriptUrl: string;
}

export function registerUpdates(store: AppStore, o: UpdatesOptions): () => void {
  const win = o.window;
  const container = win.navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return () => undefined;
  const scope = new URL('./', o.scriptUrl).href;
  const wb = new Workbox(o.scriptUrl, { scope });

  // A new version has installed and waits (found now or by an earlier page of this app).
  const onWaiting = () => store.getState().setUpdateReady(true);
  wb.addEventListener('waiting', onWaiting);

  let tourUsed = store.getState().tour.active;
  const unsubTour = store.subscribe(
    (s) => s.tour.active,
    (active) => {
      tourUsed ||= active;
    },
  );

  let accepted = false;
  const reload = () => win.location.reload();
  const onControllerChange = () => {
    if (accepted) reload();
  };
  container.addEventListener('controllerchange', onControllerChange);
  const unsubAccept = store.subscribe(
    (s) => s.updateAccepted,
    (yes) => {
      if (!yes || accepted) return;
      accepted = true;
      if (tourUsed) session(win)?.setItem(RESUME_KEY, String(store.getState().tour.step));
      void container.getRegistration(scope).then((reg) => {
        // Waiting: let it take over, then reload (controllerchange). Already active (another window of the app
        // accepted it first): this page is still the old version, so reload at once.
        if (reg?.waiting) wb.messageSkipWaiting();
        else reload();
      });
    },
  );

  const check = () => {
    if (win.navigator.onLine) wb.update().catch(() => undefined); // offline or the server is down: next time
  };
  const timer = win.setInterval(check, CHECK_EVERY_MS);
  wb.register().catch(() => undefined); // no worker (private mode, an insecure origin): the app still runs online

  return () => {
    win.clearInterval(timer);
    unsubTour();
    unsubAccept();
    wb.removeEventListener('waiting', onWaiting);
    container.removeEventListener('controllerchange', onControllerChange);
  };
}
