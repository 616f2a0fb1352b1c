// The main window and the presenter view talk over a BroadcastChannel (same origin, no server, works
// offline). The main window holds the tour; the presenter view sends it commands and shows what it reports.

export type TourMessage =
  /** The presenter view has opened and asks for the state. */
  | { readonly type: 'hello' }
  /** The main window's tour, after every change. `startedAt` is the wall-clock start, for the elapsed time. */
  | { readonly type: 'state'; readonly active: boolean; readonly step: number; readonly black: boolean; readonly startedAt: number | null }
  | { readonly type: 'go'; readonly step: number }
  | { readonly type: 'start'; readonly step: number }
  | { readonly type: 'black'; readonly on: boolean }
  | { readonly type: 'stop' };

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 10_000;

/** Checks a message from the channel (another window of the same origin, but checked all the same). */
export function parseMessage(data: unknown): TourMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m['type']) {
    case 'hello':
    case 'stop':
      return { type: m['type'] };
    case 'go':
    case 'start':
      return isInt(m['step']) ? { type: m['type'], step: m['step'] } : null;
    case 'black':
      return typeof m['on'] === 'boolean' ? { type: 'black', on: m['on'] } : null;
    case 'state': {
      const startedAt = m['startedAt'];
      if (typeof m['active'] !== 'boolean' || !isInt(m['step']) || typeof m['black'] !== 'boolean') return null;
      if (startedAt !== null && (typeof startedAt !== 'number' || !Number.isFinite(startedAt))) return null;
      return { type: 'state', active: m['active'], step: m['step'], black: m['black'], startedAt };
    }
    default:
      return null;
  }
}

export interface TourChannel {
  post(message: TourMessage): void;
  close(): void;
}

/** One channel per copy of the app (its path), so two explorers on one origin do not drive each other. */
export function channelName(win: Window): string {
  return `mekong-tour:${win.location.pathname}`;
}

export function openChannel(win: Window, onMessage: (m: TourMessage) => void): TourChannel {
  const Channel = (win as Window & { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (!Channel) return { post: () => undefined, close: () => undefined };
  const channel = new Channel(channelName(win));
  const listener = (e: MessageEvent) => {
    const m = parseMessage(e.data);
    if (m) onMessage(m);
  };
  channel.addEventListener('message', listener);
  return {
    post: (m) => channel.postMessage(m),
    close: () => {
      channel.removeEventListener('message', listener);
      channel.close();
    },
  };
}

/** The presenter view is the same app, opened with `?presenter`: it shows notes instead of the map. */
export function isPresenterView(win: Window): boolean {
  return new URLSearchParams(win.location.search).has('presenter');
}

/** The presenter view's address: this page with `?presenter` (no hash: it takes the step from the main window). */
export function presenterViewUrl(win: Window): string {
  const params = new URLSearchParams(win.location.search);
  params.set('presenter', '');
  return `${win.location.pathname}?${params.toString().replace(/=$|=(?=&)/g, '')}`;
}

/** The link that reopens the tour at the current step (the hash carries `step=N` and the rest of the view). */
export function stepLinkUrl(win: Window): string {
  const params = new URLSearchParams(win.location.search);
  params.delete('presenter');
  const search = params.toString();
  return `${win.location.origin}${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
}
