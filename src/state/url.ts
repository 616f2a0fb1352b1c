// The URL codec: pure functions between `location.hash` and the part of the state a link carries.
// parse never throws: unknown keys and ids are ignored, numbers are clamped, the rest is kept.
import {
  CORRIDOR_KINDS,
  LABEL_LANGS,
  PLACE_TYPES,
  THEMES,
  type CorridorKind,
  type LabelLang,
  type PlaceType,
  isSelectableId,
  type SelectableId,
  type ThemeName,
} from '../content/types.ts';
import { clampView, type View } from './view.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales.ts';

export interface UrlState {
  readonly view: View | null;
  readonly selected: SelectableId | null;
  readonly hiddenKinds: readonly CorridorKind[];
  readonly hiddenPlaceTypes: readonly PlaceType[];
  readonly labelLang: LabelLang;
  readonly theme: ThemeName;
  /** The interface's language (`ui=`; English when absent). */
  readonly ui: Locale;
  /** Tour step (0-based), or null when the tour is not open. */
  readonly step: number | null;
}

export const DEFAULT_URL_STATE: UrlState = {
  view: null,
  selected: null,
  hiddenKinds: [],
  hiddenPlaceTypes: [],
  labelLang: 'both',
  theme: 'light',
  ui: DEFAULT_LOCALE,
  step: null,
};

export interface ParseOptions {
  /** Whether an id names something in the content pack; ids it rejects are dropped. */
  readonly isKnownId: (id: string) => boolean;
}

function oneOf<T extends string>(values: readonly T[], v: string | undefined): T | undefined {
  return values.find((x) => x === v);
}

function listOf<T extends string>(values: readonly T[], v: string | undefined): T[] {
  if (!v) return [];
  const out: T[] = [];
  for (const part of v.split(',')) {
    const hit = oneOf(values, part);
    if (hit && !out.includes(hit)) out.push(hit);
  }
  // A stable order, so equal states give equal URLs.
  return out.sort((a, b) => values.indexOf(a) - values.indexOf(b));
}

function parseView(v: string | undefined): View | null {
  if (!v) return null;
  const parts = v.split('/');
  if (parts.length !== 3) return null;
  const [zoom, lat, lng] = parts.map((p) => (/^-?\d+(\.\d+)?$/.test(p) ? Number(p) : NaN));
  if (zoom === undefined || lat === undefined || lng === undefined) return null;
  if (![zoom, lat, lng].every(Number.isFinite)) return null;
  return clampView({ center: [lng, lat], zoom });
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Splits `#a=1&b=2` into a map; the first occurrence of a key wins. */
function fields(hash: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = safeDecode(pair.slice(0, eq));
    const value = safeDecode(pair.slice(eq + 1));
    if (key === undefined || value === undefined || out.has(key)) continue;
    out.set(key, value);
  }
  return out;
}

const ID_SHAPE = /^(country|corridor|place|river|passage):[A-Za-z0-9][A-Za-z0-9-]{0,80}$/;

/** The keys a hash sets (so that settings it does not mention can keep their stored values). */
export function hashKeys(hash: string): Set<string> {
  return new Set(fields(typeof hash === 'string' ? hash.slice(0, 4000) : '').keys());
}

export function parseHash(hash: string, options: ParseOptions): UrlState {
  const f = fields(typeof hash === 'string' ? hash.slice(0, 4000) : '');
  const sel = f.get('sel');
  const selected = sel !== undefined && ID_SHAPE.test(sel) && isSelectableId(sel) && options.isKnownId(sel) ? sel : null;
  const stepText = f.get('step');
  const stepNum = stepText !== undefined && /^\d{1,6}$/.test(stepText) ? Number(stepText) : null;
  return {
    view: parseView(f.get('map')),
    selected,
    hiddenKinds: listOf(CORRIDOR_KINDS, f.get('hide')),
    hiddenPlaceTypes: listOf(PLACE_TYPES, f.get('hide')),
    labelLang: oneOf(LABEL_LANGS, f.get('lang')) ?? DEFAULT_URL_STATE.labelLang,
    theme: oneOf(THEMES, f.get('theme')) ?? DEFAULT_URL_STATE.theme,
    ui: oneOf(LOCALES, f.get('ui')) ?? DEFAULT_URL_STATE.ui,
    // Steps are 1-based in the URL, as a teacher would say them; the store keeps the step within the tour.
    step: stepNum === null ? null : Math.max(0, stepNum - 1),
  };
}

function enc(s: string): string {
  return encodeURIComponent(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%2F/gi, '/');
}

function trim(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

export function serializeHash(s: UrlState): string {
  const parts: string[] = [];
  if (s.view) parts.push(`map=${trim(s.view.zoom, 2)}/${trim(s.view.center[1], 4)}/${trim(s.view.center[0], 4)}`);
  if (s.selected) parts.push(`sel=${enc(s.selected)}`);
  const hidden = [...s.hiddenKinds, ...s.hiddenPlaceTypes];
  if (hidden.length) parts.push(`hide=${hidden.map(enc).join(',')}`);
  if (s.labelLang !== DEFAULT_URL_STATE.labelLang) parts.push(`lang=${s.labelLang}`);
  if (s.theme !== DEFAULT_URL_STATE.theme) parts.push(`theme=${s.theme}`);
  if (s.ui !== DEFAULT_URL_STATE.ui) parts.push(`ui=${s.ui}`);
  if (s.step !== null) parts.push(`step=${s.step + 1}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The interface's language a link names (`ui=`), or null when it names none. */
export function uiFromHash(hash: string): Locale | null {
  return oneOf(LOCALES, fields(typeof hash === 'string' ? hash.slice(0, 4000) : '').get('ui')) ?? null;
}
