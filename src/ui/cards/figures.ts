// How a country card writes its figures, dates, languages and scripts (shared with the two-country panel).
import { html, nothing, type TemplateResult } from 'lit-html';
import type { Figure } from '../../content/schema.ts';
import { cite, formatNumber } from './common.ts';
import type { CardContext } from './context.ts';

export const NOT_FOUND = 'not found in the sources';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const scriptNames = new Intl.DisplayNames(['en'], { type: 'script' });

/** "Khmer" for km, "Burmese" for my: the English name of a language code. */
export function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function scriptName(code: string): string {
  try {
    return scriptNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** US$ amounts as people say them: million, billion, trillion. */
export function formatUsd(v: number): string {
  const scale: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [n, word] of scale) if (Math.abs(v) >= n) return `US$${formatNumber(v / n, 1)} ${word}`;
  return `US$${formatNumber(v)}`;
}

/** A figure's value with its unit, written for readers. Only for figures that have a value. */
export function figureText(value: number, unit: string): string {
  switch (unit) {
    case 'persons':
      return formatNumber(value);
    case 'km2':
      return `${formatNumber(value)} km²`;
    case 'km':
      return `${formatNumber(value)} km`;
    case 'km3 per year':
      return `${formatNumber(value)} km³ a year`;
    case 'current US$':
      return `${formatUsd(value)} (current US$)`;
    default:
      return unit.startsWith('%') ? `${formatNumber(value, 1)}${unit}` : `${formatNumber(value)} ${unit}`;
  }
}

/** "30 April 1999" from "1999-04-30"; a bare year stays as it is. */
export function formatDate(s: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  return new Date(`${s}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function note(text: string | null | undefined): TemplateResult | typeof nothing {
  return text ? html`<span class="fact-note">${text}</span>` : nothing;
}

/**
 * One figure: value, year, sources and note; or "not found in the sources" when it has no value.
 * `yearly` marks indicators that change from year to year, whose year is always said.
 */
export function figureLine(f: Figure | null | undefined, ctx: CardContext, yearly = false): TemplateResult {
  if (!f || f.value === null) {
    return html`<span class="fact-missing">${NOT_FOUND}</span
      >${f ? html` ${cite(f.sources, ctx)}${note(f.note && f.note !== NOT_FOUND ? f.note : null)}` : nothing}`;
  }
  const year = f.year !== null ? html` <span class="fact-year">(${f.year})</span>` : yearly ? html` <span class="fact-year">(year not given)</span>` : nothing;
  return html`<span class="fact-value" data-value=${String(f.value)}>${figureText(f.value, f.unit)}</span>${year} ${cite(f.sources, ctx)}${note(f.note)}`;
}

/** Conflicting values of one figure, each with its own sources. */
export function figureList(list: readonly Figure[], ctx: CardContext, yearly = false): TemplateResult {
  if (list.length === 1) return figureLine(list[0], ctx, yearly);
  return html`<ul class="fact-values">
    ${list.map((f) => html`<li>${figureLine(f, ctx, yearly)}</li>`)}
  </ul>`;
}
