// The panel on the story's two countries in the Countries tab (its pack.json's `bilateral`, from countries.json):
// relations, partnership, the border crossing, energy, crime cooperation, and bilateral trade by year against
// the target — as a chart, as a table and as a sentence, all three drawn from one model (src/analysis/trade.ts)
// so they cannot disagree. A story without `bilateral` has no such panel.
import '../styles/countries.css';
import '../styles/countries-more.css';
import { html, nothing, render, svg, type SVGTemplateResult, type TemplateResult } from 'lit-html';
import { axisTicks, tradeChartModel, tradeSummary, type TradeChartModel } from '../analysis/trade.ts';
import { featureInfo, type ContentIndex } from '../content/index.ts';
import type { Bilateral } from '../content/schema.ts';
import { story } from '../content/story.ts';
import { ensurePart, t, tParts } from '../i18n/index.ts';
import type { AppStore } from '../state/store.ts';
import { figureLine, formatDate, note } from './cards/country-card.ts';
import { cite, featureButton, formatNumber, packLangAttr, packText, sourcesList, storyText } from './cards/common.ts';
import type { CardContext } from './cards/context.ts';
import type { Dispose } from './mount.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

interface SourcedText {
  readonly text: string;
  readonly sources: readonly string[];
}

/** An optional `{ text, sources }` entry of the open parts of the schema, or null. */
function sourcedText(v: unknown): SourcedText | null {
  if (!v || typeof v !== 'object') return null;
  const o = v as Record<string, unknown>;
  if (typeof o['text'] !== 'string' || !Array.isArray(o['sources'])) return null;
  return { text: o['text'], sources: o['sources'].filter((s): s is string => typeof s === 'string') };
}

const millions = (v: number) => formatNumber(v, 1);

// Chart geometry in SVG user units; the SVG scales to the panel's width.
const W = 360;
const H = 260;
const M = { top: 30, right: 8, bottom: 42, left: 46 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

/** A bar's tooltip: its year and value, with the source's qualifier ("about") where it gives one. */
function barTitle(year: number, qualifier: string | null, valueM: number): string {
  const values = { year: String(year), value: millions(valueM) };
  return qualifier ? t('details.tradeYearValueQualified', { ...values, qualifier }) : t('details.tradeYearValue', values);
}

export function tradeChart(
  m: TradeChartModel,
  titleId: string,
  descId: string,
  pairName = story().bilateral?.pairName ?? '',
): SVGTemplateResult | TemplateResult {
  if (m.bars.length === 0) return html`<p class="card-note">${t('details.tradeNoFigures')}</p>`;
  const y = (v: number) => M.top + PH - (v / m.axisMaxM) * PH;
  const slot = PW / m.bars.length;
  const barW = Math.min(24, slot * 0.78);
  const x = (i: number) => M.left + slot * i + (slot - barW) / 2;
  const targetY = y(m.target.valueM);
  const target = { year: String(m.target.year), value: millions(m.target.valueM) };
  return html`<svg class="trade-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${titleId} ${descId}" data-axis-max=${String(m.axisMaxM)}>
    <title id=${titleId}>${t('details.tradeChartTitle', { pair: pairName, ...target })}</title>
    <desc id=${descId}>${tradeSummary(m)}</desc>
    ${axisTicks(m.axisMaxM).map(
      (t) => svg`<g class="tick">
        <line class="grid" x1=${M.left} x2=${W - M.right} y1=${y(t)} y2=${y(t)}></line>
        <text class="tick-label" x=${M.left - 6} y=${y(t) + 4} text-anchor="end">${formatNumber(t)}</text>
      </g>`,
    )}
    <text class="axis-title" x="13" y=${M.top + PH / 2} text-anchor="middle" transform="rotate(-90 13 ${M.top + PH / 2})">${t('details.usdMillionUnit')}</text>
    ${m.bars.map((b, i) => {
      const cx = x(i) + barW / 2;
      const yearLabel = svg`<text class="year-label" x=${cx} y=${H - M.bottom + 16} text-anchor="middle">${`’${String(b.year).slice(2)}`}</text>`;
      if (b.valueM === null) {
        return svg`<g class="bar bar--missing" data-year=${b.year} data-value="">
          <title>${t('details.tradeYearNoFigure', { year: String(b.year) })}</title>
          <rect class="gap" x=${x(i)} y=${M.top} width=${barW} height=${PH}></rect>
          <text class="gap-label" x=${cx} y=${M.top + PH - 4} transform="rotate(-90 ${cx} ${M.top + PH - 4})" dy="0.35em">${t('details.noFigure')}</text>
          ${yearLabel}
        </g>`;
      }
      const top = y(b.valueM);
      return svg`<g class="bar" data-year=${b.year} data-value=${String(b.valueM)}>
        <title>${barTitle(b.year, b.qualifier, b.valueM)}</title>
        <rect class="value" x=${x(i)} y=${top} width=${barW} height=${M.top + PH - top}></rect>
        <text class="value-label" x=${cx} y=${top - 4} text-anchor="middle">${millions(b.valueM)}</text>
        ${yearLabel}
      </g>`;
    })}
    <line class="axis" x1=${M.left} x2=${W - M.right} y1=${M.top + PH} y2=${M.top + PH}></line>
    <text class="axis-title" x=${M.left + PW / 2} y=${H - 6} text-anchor="middle">${t('details.year')}</text>
    <g class="target" data-value=${String(m.target.valueM)} data-year=${m.target.year}>
      <line class="target-line" x1=${M.left} x2=${W - M.right} y1=${targetY} y2=${targetY}></line>
      <text class="target-label" x=${W - M.right} y=${targetY - 6} text-anchor="end">${t('details.tradeTargetLabel', target)}</text>
    </g>
  </svg>`;
}

export function tradeTable(m: TradeChartModel, ctx: CardContext, pairName = story().bilateral?.pairName ?? ''): TemplateResult {
  return html`<table class="data-table trade-table">
    <caption>
      ${tParts('details.tradeTableCaption', { pair: storyText(pairName), year: String(m.target.year) })}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t('details.year')}</th>
        <th scope="col">${t('details.usdMillionUnit')}</th>
        <th scope="col">${t('explore.sources')}</th>
      </tr>
    </thead>
    <tbody>
      ${m.bars.map(
        (b) =>
          html`<tr data-year=${b.year}>
            <th scope="row">${b.year}</th>
            <td class="trade-num" data-value=${b.valueM === null ? '' : String(b.valueM)}>
              ${b.valueM === null ? html`<span class="fact-missing">${t('details.noFigure')}</span>` : html`${b.qualifier ? html`${packText(b.qualifier)} ` : ''}${millions(b.valueM)}`}
              ${note(b.caveat)}
            </td>
            <td>${b.sources.length ? cite(b.sources, ctx) : '—'}</td>
          </tr>`,
      )}
    </tbody>
    <tfoot>
      <tr class="target-row" data-year=${m.target.year}>
        <th scope="row">${t('details.targetFor', { year: String(m.target.year) })}</th>
        <td class="trade-num" data-value=${String(m.target.valueM)}>${millions(m.target.valueM)}</td>
        <td>${cite(m.target.sources, ctx)}</td>
      </tr>
    </tfoot>
  </table>`;
}

function panel(b: Bilateral, ctx: CardContext, title: string): TemplateResult {
  const model = tradeChartModel(b.trade);
  const talks = sourcedText(b['talks']);
  const crime = sourcedText(b['crossBorderCrime']);
  const tradeContext = sourcedText(b.trade['context']);
  const relationsNote = b.relationsSince.note ?? null;
  const partnershipNote = typeof b.partnership['note'] === 'string' ? b.partnership['note'] : null;
  const crossingKnown = featureInfo(ctx.index, b.roadBorderCrossings.placeId) !== undefined;
  const sources = [
    ...(talks?.sources ?? []),
    ...b.relationsSince.sources,
    ...b.anniversary.sources,
    ...b.partnership.sources,
    ...b.roadBorderCrossings.sources,
    ...b.border.lengthKm.sources,
    ...b.border.demarcatedPct.flatMap((d) => d.sources),
    ...b.border.treatySigned.sources,
    ...b.border.status.sources,
    ...b.border.mapNote.sources,
    ...b.energy.sources,
    ...(crime?.sources ?? []),
    ...b.trade.series.flatMap((s) => s.sources),
    ...b.trade.target.sources,
    ...(tradeContext?.sources ?? []),
  ];
  return html`<section id="bilateral-panel" class="bilateral" tabindex="-1" aria-labelledby="bilateral-title">
    <h2 id="bilateral-title" class="panel-title">${storyText(title)}</h2>
    <dl class="cf-list">
      <div class="cf-row" data-fact="relations">
        <dt>${t('details.relationsSince')}</dt>
        <dd>${packText(b.relationsSince.value)} ${cite(b.relationsSince.sources, ctx)}${note(relationsNote)}</dd>
      </div>
      <div class="cf-row" data-fact="anniversary">
        <dt>${t('details.anniversary')}</dt>
        <dd>${packText(b.anniversary.value)} ${cite(b.anniversary.sources, ctx)}${note(b.anniversary.note)}</dd>
      </div>
      <div class="cf-row" data-fact="partnership">
        <dt>${t('details.partnership')}</dt>
        <dd>
          ${
            b.partnership.since
              ? tParts('details.partnershipSince', { partnership: packText(b.partnership.value), date: formatDate(b.partnership.since) })
              : packText(b.partnership.value)
          }
          ${cite(b.partnership.sources, ctx)}${note(partnershipNote)}
        </dd>
      </div>
    </dl>

    <section class="card-section" aria-labelledby="bilateral-trade-title">
      <h3 id="bilateral-trade-title">${t('details.tradeAndTarget', { year: String(model.target.year) })}</h3>
      <figure class="trade-figure">
        ${tradeChart(model, 'trade-chart-title', 'trade-chart-desc')}
        <figcaption class="trade-legend">
          <span class="legend-item"><span class="trade-swatch trade-swatch--value" aria-hidden="true"></span> ${t('details.tradeLegendValue')}</span>
          <span class="legend-item"><span class="trade-swatch trade-swatch--gap" aria-hidden="true"></span> ${t('details.noFigure')}</span>
          <span class="legend-item"
            ><span class="trade-swatch trade-swatch--target" aria-hidden="true"></span>
            ${t('details.tradeLegendTarget', { year: String(model.target.year) })}</span
          >
        </figcaption>
      </figure>
      <p class="trade-summary">${tradeSummary(model)}</p>
      <p class="card-note" lang=${packLangAttr()}>${b.trade.missingNote}</p>
      ${tradeContext ? html`<p lang=${packLangAttr()}>${tradeContext.text} ${cite(tradeContext.sources, ctx)}</p>` : nothing}
      <p class="card-note" lang=${packLangAttr()}>${b.trade.target.note} ${cite(b.trade.target.sources, ctx)}</p>
      <details class="trade-data" open>
        <summary>${t('details.tradeAsTable')}</summary>
        ${tradeTable(model, ctx)}
      </details>
    </section>

    ${
      talks
        ? html`<section class="card-section" aria-labelledby="bilateral-talks-title">
            <h3 id="bilateral-talks-title">${t('details.talksBehindTarget')}</h3>
            <p lang=${packLangAttr()}>${talks.text} ${cite(talks.sources, ctx)}</p>
          </section>`
        : nothing
    }

    <section class="card-section" aria-labelledby="bilateral-frontier-title" data-fact="border">
      <h3 id="bilateral-frontier-title">${t('details.theBorder')}</h3>
      <dl class="cf-list">
        <div class="cf-row" data-fact="border-length">
          <dt>${t('details.length')}</dt>
          <dd>${figureLine(b.border.lengthKm, ctx)}</dd>
        </div>
        <div class="cf-row" data-fact="border-treaty">
          <dt>${t('details.borderTreatySigned')}</dt>
          <dd>${formatDate(b.border.treatySigned.value)} ${cite(b.border.treatySigned.sources, ctx)}</dd>
        </div>
        <div class="cf-row" data-fact="border-demarcated">
          <dt>${t('details.demarcated')}</dt>
          <dd>
            <ul class="fact-values">
              ${b.border.demarcatedPct.map((d) => html`<li>${figureLine(d, ctx)}</li>`)}
            </ul>
          </dd>
        </div>
      </dl>
      <p data-fact="border-status" lang=${packLangAttr()}>${b.border.status.text} ${cite(b.border.status.sources, ctx)}</p>
      <p class="card-note" data-fact="border-map" lang=${packLangAttr()}>${b.border.mapNote.text} ${cite(b.border.mapNote.sources, ctx)}</p>
    </section>

    <section class="card-section" aria-labelledby="bilateral-border-title">
      <h3 id="bilateral-border-title">${t('details.roadBorderCrossing')}</h3>
      <p>${crossingKnown ? featureButton(b.roadBorderCrossings.placeId, ctx) : nothing}</p>
      <p lang=${packLangAttr()}>${b.roadBorderCrossings.text} ${cite(b.roadBorderCrossings.sources, ctx)}</p>
    </section>

    <section class="card-section" aria-labelledby="bilateral-energy-title">
      <h3 id="bilateral-energy-title">${t('details.energyTrade')}</h3>
      <p lang=${packLangAttr()}>${b.energy.text} ${cite(b.energy.sources, ctx)}</p>
    </section>

    ${
      crime
        ? html`<section class="card-section" aria-labelledby="bilateral-crime-title">
            <h3 id="bilateral-crime-title">${t('details.crossBorderCrime')}</h3>
            <p lang=${packLangAttr()}>${crime.text} ${cite(crime.sources, ctx)}</p>
          </section>`
        : nothing
    }
    ${sourcesList(sources, ctx)}
  </section>`;
}

export function mountBilateralPanel(el: HTMLElement, store: AppStore, index: ContentIndex): Dispose {
  const ctx: CardContext = { index, store };
  const facts = index.facts;
  const draw = () => {
    // The story's title for the pair may be translated by its pack: read in the interface's language.
    const settings = story().bilateral;
    render(
      !settings
        ? nothing
        : facts
          ? panel(facts.bilateral, ctx, settings.title)
          : html`<section id="bilateral-panel" class="bilateral" tabindex="-1" aria-labelledby="bilateral-title">
              <h2 id="bilateral-title" class="panel-title">${storyText(settings.title)}</h2>
              <p class="card-note">${tParts('details.bilateralUnreadable', { title: storyText(settings.title) })}</p>
            </section>`,
      el,
    );
  };
  const unsubscribe = store.subscribe((s) => s.ui, draw, { fireImmediately: true });
  return () => {
    unsubscribe();
    render(nothing, el);
  };
}
