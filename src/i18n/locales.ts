// The interface's languages. The explorer is written in English; French, Khmer and Lao catalogues carry every
// interface string (src/i18n/<locale>/), the Khmer and Lao ones awaiting a native speaker's review (see their
// `unsure` notes and docs/GLOSSARY.md).

export const LOCALES = ['en', 'fr', 'km', 'lo'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, as the language menu lists it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', fr: 'Français', km: 'ខ្មែរ', lo: 'ລາວ' };

/** The tag given to Intl for each language (English as written in Britain and Southeast Asia: 1,035 km, 3 December 2021). */
export const INTL_TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-FR', km: 'km-KH', lo: 'lo-LA' };

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/** The first of the browser's preferred languages that the explorer speaks (fr-CA gives French), else English. */
export function browserLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
