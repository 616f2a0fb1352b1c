// The card for the Mekong: its published lengths (they disagree, each is shown with its sources), basin,
// discharge, its name in the riparian languages, each country's share, and the passages that mention it.
import '../../styles/countries.css';
import '../../styles/countries-more.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CountriesFile, Figure } from '../../content/schema.ts';
import { featureInfo } from '../../content/index.ts';
import { ensurePart, t } from '../../i18n/index.ts';
import type { CardTemplate } from '../selection-card.ts';
import { cite, featureButton, linkedPassages, packLangAttr, packText, sourcesList } from './common.ts';
import type { CardContext } from './context.ts';
import { figureLine, figureList, languageName, note, notFound } from './country-card.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

type RiverExtras = CountriesFile['mekong'];

function sourcesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourcesOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'sources' && Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : sourcesOf(v),
    );
  }
  return [];
}

const row = (key: string, label: string, value: TemplateResult) =>
  html`<div class="cf-row" data-fact=${key}>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;

function countryShares(x: RiverExtras, ctx: CardContext): TemplateResult | typeof nothing {
  const rows = x.byCountry ?? [];
  if (rows.length === 0) return nothing;
  const cell = (list: readonly Figure[] | undefined) => (list && list.length ? figureList(list, ctx) : html`<span class="fact-missing">${notFound()}</span>`);
  return html`<details class="card-section river-shares-details">
    <summary><h3 id="river-shares-title">${t('details.basinByCountry')}</h3></summary>
    <ul class="river-shares" aria-labelledby="river-shares-title">
      ${rows.map((r) => {
        const info = ctx.index.features.get(r.country);
        const name = info?.name ?? r.country;
        return html`<li data-country=${r.country}>
          <p class="river-share-country">${info ? featureButton(r.country, ctx, name) : packText(name)}</p>
          <dl class="cf-list cf-list--compact">
            ${row('basin-area', t('details.basinAreaInCountry'), figureLine(r.basinAreaKm2, ctx))}
            ${row('share-of-basin', t('details.shareOfBasin'), cell(r.shareOfBasin))}
            ${row('share-of-country', t('details.shareOfCountryInBasin'), cell(r.shareOfCountryInBasin))}
            ${r.flowShare ? row('flow-share', t('details.shareOfFlow'), figureLine(r.flowShare, ctx)) : nothing}
          </dl>
        </li>`;
      })}
    </ul>
  </details>`;
}

function riverBody(id: string, facts: CountriesFile | null, ctx: CardContext): TemplateResult {
  const m = facts?.mekong;
  if (!m) {
    return html`<p class="card-note">${t('details.riverFactsUnreadable')}</p>
      ${linkedPassages(id, ctx)}`;
  }
  const x: RiverExtras = m;
  const names = x.names;
  return html`<section class="card-section" aria-labelledby="river-facts-title">
      <h3 id="river-facts-title">${t('details.facts')}</h3>
      <dl class="cf-list">
        ${row(
          'length',
          t(m.lengthKm.length > 1 ? 'details.lengthDisputed' : 'details.length'),
          m.lengthKm.length ? figureList(m.lengthKm, ctx) : html`<span class="fact-missing">${notFound()}</span>`,
        )}
        ${row('basin-area', t('details.basinArea'), figureLine(x.basinAreaKm2, ctx))}
        ${row('discharge', t('details.meanAnnualDischarge'), figureLine(x.meanAnnualDischargeKm3, ctx))}
      </dl>
    </section>
    ${
      names && names.value.length
        ? html`<section class="card-section" aria-labelledby="river-names-title">
            <h3 id="river-names-title">${t('details.riverNames')}</h3>
            <dl class="cf-list river-names">
              ${names.value.map((n) => row(`name-${n.lang}`, languageName(n.lang), html`<span class="native" lang=${n.lang}>${n.text}</span>${note(n.note)}`))}
            </dl>
            ${cite(names.sources, ctx)}
          </section>`
        : nothing
    }
    ${countryShares(x, ctx)}
    ${
      x.notes && x.notes.length
        ? html`<section class="card-section" aria-labelledby="river-notes-title">
            <h3 id="river-notes-title">${t('details.notes')}</h3>
            ${x.notes.map((n) => html`<p class="river-note" lang=${packLangAttr()}>${n.text} ${cite(n.sources, ctx)}</p>`)}
          </section>`
        : nothing
    }
    ${linkedPassages(id, ctx)} ${sourcesList(sourcesOf(m), ctx)}`;
}

export const riverCard: CardTemplate = (id, ctx) => {
  const info = featureInfo(ctx.index, id);
  return html`<article class="card river-card" aria-labelledby="card-title" data-river=${id}>
    <p class="card-kind">${t('details.river')}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${info?.name ?? id}</h2>
    ${id === 'river:mekong' ? riverBody(id, ctx.index.facts, ctx) : linkedPassages(id, ctx)}
  </article>`;
};
