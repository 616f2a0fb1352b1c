// The interface's words, in the chosen language. `t(key, params)` gives a message of the loaded catalogue; numbers,
// lists and dates go through Intl for the same language. The English catalogue's first-view part is part of the
// app; every other part (and every other language) is loaded when it is needed: `ensurePart` by the code that
// uses it (the tour, the quiz, the editor), `loadLocale` when the language changes. Nothing is rendered in a
// language before its catalogue has arrived: the store's `ui` changes only after `loadLocale` (./bind.ts).
import { messages as enShell } from './en/shell.ts';
import { messages as enExplore } from './en/explore.ts';
import { messages as enPupils } from './en/pupils.ts';
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from './locales.ts';
import type { Message, MessageKey, Part, PartModule, Plural } from './types.ts';

export type { MessageKey } from './types.ts';

type Loader = () => Promise<PartModule>;

/** The English parts that are not in the first view. */
const ENGLISH: Readonly<Record<Exclude<Part, 'core'>, Loader>> = {
  details: () => import('./en/details.ts'),
  quiz: () => import('./en/quiz.ts'),
  present: () => import('./en/present.ts'),
  editor: () => import('./en/editor-part.ts'),
};

const TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, Readonly<Record<Part, Loader>>>> = {
  fr: {
    core: () => import('./fr/core.ts'),
    details: () => import('./fr/details.ts'),
    quiz: () => import('./fr/quiz.ts'),
    present: () => import('./fr/present.ts'),
    editor: () => import('./fr/editor-part.ts'),
  },
  km: {
    core: () => import('./km/core.ts'),
    details: () => import('./km/details.ts'),
    quiz: () => import('./km/quiz.ts'),
    present: () => import('./km/present.ts'),
    editor: () => import('./km/editor-part.ts'),
  },
  lo: {
    core: () => import('./lo/core.ts'),
    details: () => import('./lo/details.ts'),
    quiz: () => import('./lo/quiz.ts'),
    present: () => import('./lo/present.ts'),
    editor: () => import('./lo/editor-part.ts'),
  },
};

// English has no `format` messages at run time: they write numbers, dates and lists only for a language the
// browser's Intl has no data for, and English is never one.
const englishCore: Readonly<Record<string, Message>> = { ...enShell, ...enExplore, ...enPupils };

/** The parts some code has asked for (the first view's always). */
const wanted = new Set<Part>(['core']);
let english: Record<string, Message> = { ...englishCore };
let current: { locale: Locale; messages: Readonly<Record<string, Message>> } = { locale: DEFAULT_LOCALE, messages: english };
let generation = 0;

async function partIn(locale: Locale, part: Part): Promise<Readonly<Record<string, Message>>> {
  if (locale === 'en') return part === 'core' ? englishCore : (await ENGLISH[part]()).messages;
  return (await TRANSLATIONS[locale][part]()).messages;
}

/** The language the interface is drawn in now. */
export function locale(): Locale {
  return current.locale;
}

/** The tag for Intl and for `lang` attributes of the interface's language. */
export function intlTag(): string {
  return INTL_TAGS[current.locale];
}

/**
 * Loads every part asked for so far in `next` and makes it the interface's language. When calls overlap, the last
 * one wins. The caller then tells the store (./bind.ts), which redraws the panels.
 */
export async function loadLocale(next: Locale): Promise<boolean> {
  const mine = ++generation;
  const parts = [...wanted];
  const loaded = await Promise.all(parts.map((p) => partIn(next, p)));
  if (mine !== generation) return false;
  current = { locale: next, messages: Object.assign({}, ...loaded) as Record<string, Message> };
  return true;
}

/**
 * Loads a part of the catalogue (English and the interface's language) before the code that uses it draws. Every
 * part after the first view brings `details` with it: the tour, the quiz and the editor show routes, figures and
 * cards too.
 */
export function ensurePart(part: Part): Promise<void> {
  if (part === 'core' || part === 'details') return loadPart(part);
  return Promise.all([loadPart('details'), loadPart(part)]).then(() => undefined);
}

function loadPart(part: Part): Promise<void> {
  let loading = pending.get(part);
  if (!loading) {
    wanted.add(part); // from now on, a change of language loads this part too
    loading = (async () => {
      for (;;) {
        const lang = current.locale;
        const [en, translated] = await Promise.all([partIn('en', part), lang === 'en' ? null : partIn(lang, part)]);
        english = { ...english, ...en };
        // A change of language that began before this part was wanted did not load it: load it in that one.
        if (current.locale !== lang) continue;
        current = { locale: lang, messages: { ...current.messages, ...(translated ?? en) } };
        return;
      }
    })();
    pending.set(part, loading);
  }
  return loading;
}
const pending = new Map<Part, Promise<void>>([['core', Promise.resolve()]]);

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(m: Plural, count: number): string {
  const tag = intlTag();
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  return m[rules.select(count)] ?? m.other;
}

/** A value put into a message: numbers in the interface's language's digits and separators. */
export type Param = string | number;

/**
 * The message `key` in the interface's language, with `{name}` placeholders filled from `params` (a number through
 * `formatNumber`). Plural messages choose their form by `params.count`. A key of a part not loaded yet gives itself
 * (the code that uses a part loads it first: `ensurePart`); a key missing from a translation gives the English.
 */
export function t(key: MessageKey, params?: Readonly<Record<string, Param>>): string {
  const m = current.messages[key] ?? english[key];
  if (m === undefined) return key;
  const text = typeof m === 'string' ? m : pluralForm(m, Number(params?.['count'] ?? 0));
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(v) : v;
  });
}

/**
 * The message `key` cut at its placeholders, each replaced by the value given for it (a lit-html template, say):
 * for messages with markup inside, rendered as parts, never as HTML.
 */
export function tParts<T>(key: MessageKey, values: Readonly<Record<string, T>>): (string | T)[] {
  const text = t(key);
  const out: (string | T)[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const value = values[match[1]!];
    if (value === undefined) continue;
    out.push(text.slice(last, match.index), value);
    last = match.index + match[0].length;
  }
  out.push(text.slice(last));
  return out.filter((p) => p !== '');
}

const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat>(kind: string, options: object, make: (tag: string) => F): F {
  const key = `${kind}|${intlTag()}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(intlTag())));
  return f;
}

/**
 * Whether the browser's Intl has data for the interface's language: Chromium has none for Khmer and Lao, and
 * formats them as American English ("December 3, 2021"). Then the catalogue's `format.*` messages write them.
 */
function intlSpeaks(f: Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat): boolean {
  return f.resolvedOptions().locale.split('-')[0] === current.locale;
}

/** A number in the interface's language (1,035 in English, 1 035 in French). */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  const f = cached('number', options, (tag) => new Intl.NumberFormat(tag, options));
  if (intlSpeaks(f)) return f.format(n);
  const parts = cached('number-fallback', options, () => new Intl.NumberFormat('en-GB', options)).formatToParts(n);
  return parts.map((p) => (p.type === 'group' ? t('format.group') : p.type === 'decimal' ? t('format.decimal') : p.value)).join('');
}

/** A list joined as the language joins one ("Laos, Thailand and Vietnam"). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const f = cached('list', { type }, (tag) => new Intl.ListFormat(tag, { type }));
  if (intlSpeaks(f) || items.length < 2) return f.format(items);
  return t(type === 'conjunction' ? 'format.listAnd' : 'format.listOr', { items: items.slice(0, -1).join(t('format.listSeparator')), last: items.at(-1)! });
}

/**
 * A date given as YYYY, YYYY-MM or YYYY-MM-DD (as the sources give them), written out in the interface's language;
 * anything else is returned as it is.
 */
export function formatDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = Number(mo);
  if (month < 1 || month > 12 || (d && (Number(d) < 1 || Number(d) > 31))) return iso;
  const date = new Date(Date.UTC(Number(y), month - 1, d ? Number(d) : 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
    : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  const f = cached('date', options, (tag) => new Intl.DateTimeFormat(tag, options));
  if (intlSpeaks(f)) return f.format(date);
  const monthName = t(`format.month${month}` as MessageKey);
  return d ? t('format.dateDay', { day: String(Number(d)), month: monthName, year: y! }) : t('format.dateMonth', { month: monthName, year: y! });
}
