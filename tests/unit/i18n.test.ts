// The interface's catalogues: every key of the English source in every language and no other, the same
// placeholders in each, plural forms complete; the runtime's choice of language, plural forms and Intl formatting.
import { describe, expect, it } from 'vitest';
import { PART_AREAS, type Message } from '../../src/i18n/types.ts';
import { LOCALES, browserLocale } from '../../src/i18n/locales.ts';
import { ensurePart, formatDate, formatList, formatNumber, loadLocale, locale, t, tParts } from '../../src/i18n/index.ts';

const AREAS = Object.values(PART_AREAS).flat();
type AreaModule = { messages: Record<string, Message>; unsure?: Record<string, string> };
const load = async (lang: string, area: string) => (await import(`../../src/i18n/${lang}/${area}.ts`)) as AreaModule;

/** The placeholders of a message, in every form of it. */
function placeholders(m: Message): string[] {
  const forms = typeof m === 'string' ? [m] : Object.values(m);
  return [...new Set(forms.flatMap((f) => [...f.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();
}

describe('the catalogues', () => {
  it('every area of every language has exactly the English keys, with the same placeholders and complete plurals', async () => {
    let keys = 0;
    for (const area of AREAS) {
      const en = (await load('en', area)).messages;
      for (const key of Object.keys(en)) expect(key.startsWith(`${area}.`), key).toBe(true);
      keys += Object.keys(en).length;
      for (const lang of LOCALES.filter((l) => l !== 'en')) {
        const { messages, unsure = {} } = await load(lang, area);
        expect(Object.keys(messages).sort(), `${lang}/${area}: keys`).toEqual(Object.keys(en).sort());
        for (const [key, m] of Object.entries(messages)) {
          expect(placeholders(m), `${lang} ${key}: placeholders`).toEqual(placeholders(en[key]!));
          if (typeof m !== 'string') expect(typeof m.other, `${lang} ${key}: plural without "other"`).toBe('string');
          const forms = typeof m === 'string' ? [m] : Object.values(m);
          for (const f of forms) expect(f.length, `${lang} ${key}: empty`).toBeGreaterThan(0);
        }
        for (const key of Object.keys(unsure)) expect(en, `${lang}/${area}: unsure note for an unknown key`).toHaveProperty([key]);
      }
    }
    expect(keys).toBeGreaterThan(0);
  });

  it('no English message is left untranslated in Khmer or Lao (a copy of the English would pass the key check)', async () => {
    for (const area of AREAS) {
      const en = (await load('en', area)).messages;
      for (const lang of ['km', 'lo']) {
        const { messages } = await load(lang, area);
        for (const [key, m] of Object.entries(messages)) {
          const text = typeof m === 'string' ? m : m.other;
          const english = typeof en[key] === 'string' ? en[key] : en[key]!.other;
          // Messages made only of placeholders, figures, symbols or names of keys (P, Esc) may be the same.
          if (/[A-Za-z]{3,}/.test(english.replace(/\{\w+\}/g, '')) && !/^[A-Z][a-z]{0,2}$/.test(english)) expect(text, `${lang} ${key}`).not.toBe(english);
        }
      }
    }
  });
});

describe('the runtime', () => {
  it('takes the first of the browser languages it speaks, else English', () => {
    expect(browserLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(browserLocale(['km-KH'])).toBe('km');
    expect(browserLocale(['lo'])).toBe('lo');
    expect(browserLocale(['de', 'th'])).toBe('en');
    expect(browserLocale([])).toBe('en');
  });

  it('fills placeholders, formats numbers, lists and dates for the language, and switches language whole', async () => {
    expect(locale()).toBe('en');
    expect(t('shell.version', { version: '1.2.0' })).toBe('Version 1.2.0');
    expect(formatNumber(1035)).toBe('1,035');
    expect(formatList(['Laos', 'Thailand', 'Vietnam'])).toBe('Laos, Thailand and Vietnam');
    expect(formatDate('2021-12-03')).toBe('3 December 2021');
    expect(formatDate('2026-02')).toBe('February 2026');
    expect(formatDate('n.d.')).toBe('n.d.');
    expect(tParts('shell.version', { version: 42 })).toEqual(['Version ', 42]);

    expect(await loadLocale('fr')).toBe(true);
    expect(locale()).toBe('fr');
    expect(t('shell.language')).toBe('Langue');
    expect(formatNumber(1035)).toBe('1\u202f035');
    expect(formatList(['Laos', 'Thaïlande', 'Viêt Nam'])).toBe('Laos, Thaïlande et Viêt Nam');
    expect(formatDate('2021-12-03')).toBe('3 décembre 2021');
    // A part loaded later comes in the language shown, and a change of language brings the parts already loaded.
    await ensurePart('quiz');
    const [first, second] = [loadLocale('km'), loadLocale('lo')];
    expect(await first).toBe(false); // overtaken: the last choice wins
    expect(await second).toBe(true);
    expect(locale()).toBe('lo');
    expect(t('shell.language')).toBe('ພາສາ');
    await loadLocale('en');
    expect(t('shell.language')).toBe('Language');
  });
});

describe('the first view', () => {
  it('uses only the words of the catalogue part it carries (a later part’s key would show as the key itself)', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { dirname, resolve } = await import('node:path');
    const seen = new Set<string>();
    // The modules src/main.ts imports statically (type-only imports are left out: they carry no code).
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(import|export)\s(?!type\s)[^;]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gms)) {
        const next = resolve(dirname(file), m[2] ?? m[3]!);
        if (next.endsWith('.ts') && existsSync(next)) visit(next);
      }
    };
    visit(resolve(import.meta.dirname, '../../src/main.ts'));
    const core = new Set<string>(PART_AREAS.core);
    // Modules of the first view whose words are said only by code that loads their part first: the editor's notices
    // (while editing), the tour's texts (by the tour and printing, which load the tour's part).
    const saidLater: Record<string, string> = { 'state/editor-slice.ts': 'editor', 'present/tour.ts': 'present' };
    const outside: string[] = [];
    for (const file of seen) {
      if (file.includes('/src/i18n/')) continue;
      for (const m of readFileSync(file, 'utf8').matchAll(/'([a-z]+)\.[A-Za-z0-9]+'/g)) {
        const rel = file.split('/src/')[1]!;
        if (AREAS.includes(m[1] as (typeof AREAS)[number]) && !core.has(m[1]!) && saidLater[rel] !== m[1]) outside.push(`${rel}: ${m[0]}`);
      }
    }
    expect(seen.size).toBeGreaterThan(50);
    expect(outside).toEqual([]);
  });
});
