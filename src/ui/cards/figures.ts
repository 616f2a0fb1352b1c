// How a country card writes its figures, dates, languages and scripts (shared with the two-country panel), in the
// interface's language; the figures' notes and the pack's own units are the story's words.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Figure } from '../../content/schema.ts';
import { ensurePart, formatDate as formatIsoDate, intlTag, t } from '../../i18n/index.ts';
import { cite, formatNumber, packText } from './common.ts';
import type { CardContext } from './context.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

/** The note the content pack gives a figure its sources lack (the pack's own words, compared, never shown as such). */
export const NOT_FOUND = 'not found in the sources';

/** What a card says of a figure its sources lack. */
export function notFound(): string {
  return t('details.notFound');
}

const displayNames = new Map<string, Intl.DisplayNames>();
function displayName(type: 'language' | 'script', code: string): string {
  const key = `${type}|${intlTag()}`;
  let names = displayNames.get(key);
  if (!names) displayNames.set(key, (names = new Intl.DisplayNames([intlTag()], { type })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Khmer" for km, "Burmese" for my: the name of a language code, in the interface's language. */
export function languageName(code: string): string {
  return displayName('language', code);
}

export function scriptName(code: string): string {
  return displayName('script', code);
}

/** US$ amounts as people say them: million, billion, trillion. */
export function formatUsd(v: number): string {
  const scale: [number, 'details.usdTrillion' | 'details.usdBillion' | 'details.usdMillion'][] = [
    [1e12, 'details.usdTrillion'],
    [1e9, 'details.usdBillion'],
    [1e6, 'details.usdMillion'],
  ];
  for (const [n, key] of scale) if (Math.abs(v) >= n) return t(key, { value: formatNumber(v / n, 1) });
  return t('details.usd', { value: formatNumber(v) });
}

/** A figure's unit the explorer knows how to write; any other is the pack's own words. */
function knownUnit(value: number, unit: string): string | null {
  switch (unit) {
    case 'persons':
      return formatNumber(value);
    case 'km2':
      return t('details.km2', { value: formatNumber(value) });
    case 'km':
      return t('explore.km', { km: formatNumber(value) });
    case 'km3 per year':
      return t('details.km3PerYear', { value: formatNumber(value) });
    case 'current US$':
      return t('details.currentUsd', { value: formatUsd(value) });
    default:
      return null;
  }
}

/** A figure's value with its unit, written for readers. Only for figures that have a value. */
export function figureText(value: number, unit: string): string {
  return knownUnit(value, unit) ?? (unit.startsWith('%') ? `${formatNumber(value, 1)}${unit}` : `${formatNumber(value)} ${unit}`);
}

/** The same, with a unit of the pack's own ("% of the country") marked as the story's words. */
function figureValue(value: number, unit: string): TemplateResult | string {
  const known = knownUnit(value, unit);
  if (known !== null) return known;
  return unit.startsWith('%') ? html`${formatNumber(value, 1)}${packText(unit)}` : html`${formatNumber(value)} ${packText(unit)}`;
}

/** "30 April 1999" from "1999-04-30"; a bare year stays as it is. */
export function formatDate(s: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return formatIsoDate(s);
}

/** A note from the content pack on a fact. */
export function note(text: string | null | undefined): TemplateResult | typeof nothing {
  return text ? html`<span class="fact-note">${packText(text)}</span>` : nothing;
}

/**
 * One figure: value, year, sources and note; or "not found in the sources" when it has no value.
 * `yearly` marks indicators that change from year to year, whose year is always said.
 */
export function figureLine(f: Figure | null | undefined, ctx: CardContext, yearly = false): TemplateResult {
  if (!f || f.value === null) {
    return html`<span class="fact-missing">${notFound()}</span
      >${f ? html` ${cite(f.sources, ctx)}${note(f.note && f.note !== NOT_FOUND ? f.note : null)}` : nothing}`;
  }
  const year =
    f.year !== null ? html` <span class="fact-year">(${f.year})</span>` : yearly ? html` <span class="fact-year">${t('details.yearNotGiven')}</span>` : nothing;
  return html`<span class="fact-value" data-value=${String(f.value)}>${figureValue(f.value, f.unit)}</span>${year} ${cite(f.sources, ctx)}${note(f.note)}`;
}

/** Conflicting values of one figure, each with its own sources. */
export function figureList(list: readonly Figure[], ctx: CardContext, yearly = false): TemplateResult {
  if (list.length === 1) return figureLine(list[0], ctx, yearly);
  return html`<ul class="fact-values">
    ${list.map((f) => html`<li>${figureLine(f, ctx, yearly)}</li>`)}
  </ul>`;
}
