// The main window and the presenter view talk over a BroadcastChannel (same origin, no server, works
// offline). The main window holds the tour; the presenter view sends it commands and shows what it reports.
import { INK_LIMITS, toStroke, type InkStroke } from '../state/ink-slice.ts';
import { INK_COLOUR_NAMES } from '../styles/ink-colours.ts';
import type { Locale } from '../i18n/locales.ts';

export type TourMessage =
  /** The presenter view has opened and asks for the state. */
  | { readonly type: 'hello' }
  /** The main window's tour, after every change. `startedAt` is the wall-clock start, for the elapsed time. */
  | { readonly type: 'state'; readonly active: boolean; readonly step: number; readonly black: boolean; readonly startedAt: number | null }
  | { readonly type: 'go'; readonly step: number }
  | { readonly type: 'start'; readonly step: number }
  | { readonly type: 'black'; readonly on: boolean }
  | { readonly type: 'stop' }
  /**
   * The main window's map as shown at a step, ink and all (the presenter view has no map): a picture (a JPEG data
   * URL, at most `MAX_PICTURE_CHARS`), its size in pixels, the lng/lat bounds it shows, and the step's strokes.
   */
  | {
      readonly type: 'map';
      readonly step: number;
      readonly image: string;
      readonly width: number;
      readonly height: number;
      readonly bounds: readonly [number, number, number, number];
      readonly strokes: readonly InkStroke[];
    }
  /** The presenter view drew a stroke on a step, or erased one: the main window's store takes it. */
  | { readonly type: 'stroke'; readonly step: number; readonly stroke: InkStroke }
  | { readonly type: 'erase'; readonly step: number; readonly id: string };

/** The longest picture of the map accepted over the channel (a data URL's characters). */
export const MAX_PICTURE_CHARS = 3_000_000;

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
    case 'map':
      return parseMap(m);
    case 'stroke': {
      const stroke = toStroke(m['stroke'], INK_COLOUR_NAMES);
      return isInt(m['step']) && stroke ? { type: 'stroke', step: m['step'], stroke } : null;
    }
    case 'erase': {
      const id = m['id'];
      return isInt(m['step']) && typeof id === 'string' && id.length > 0 && id.length <= INK_LIMITS.idLength ? { type: 'erase', step: m['step'], id } : null;
    }
    default:
      return null;
  }
}

const isSize = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x > 0 && x <= 4096;

function parseMap(m: Record<string, unknown>): TourMessage | null {
  const { step, image, width, height, bounds, strokes } = m;
  if (!isInt(step) || !isSize(width) || !isSize(height)) return null;
  if (typeof image !== 'string' || image.length > MAX_PICTURE_CHARS || !/^data:image\/(jpeg|png);base64,[A-Za-z0-9+/=]+$/.test(image)) return null;
  if (!Array.isArray(bounds) || bounds.length !== 4 || !bounds.every((b) => typeof b === 'number' && Number.isFinite(b))) return null;
  const [w, s, e, n] = bounds as [number, number, number, number];
  if (!(w >= -180 && e <= 180 && w < e && s >= -85.06 && n <= 85.06 && s < n)) return null;
  if (!Array.isArray(strokes) || strokes.length > INK_LIMITS.strokesPerStep) return null;
  const valid = strokes.map((x) => toStroke(x, INK_COLOUR_NAMES));
  if (valid.some((x) => x === null)) return null;
  return { type: 'map', step, image, width, height, bounds: [w, s, e, n], strokes: valid as InkStroke[] };
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

/**
 * The presenter view's address: this page with `?presenter`. It takes the step from the main window; its hash names
 * only the interface's language, which a link (`#ui=`) may have chosen here without storing it.
 */
export function presenterViewUrl(win: Window, ui?: Locale): string {
  const params = new URLSearchParams(win.location.search);
  params.set('presenter', '');
  return `${win.location.pathname}?${params.toString().replace(/=$|=(?=&)/g, '')}${ui ? `#ui=${ui}` : ''}`;
}

/** The link that reopens the tour at the current step (the hash carries `step=N` and the rest of the view). */
export function stepLinkUrl(win: Window): string {
  const params = new URLSearchParams(win.location.search);
  params.delete('presenter');
  const search = params.toString();
  return `${win.location.origin}${win.location.pathname}${search ? `?${search}` : ''}${win.location.hash}`;
}
