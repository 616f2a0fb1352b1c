// The printed handout: a title page, then one page per step with its map, title, passage, legend, what the
// data measures and the sources. The live map shows one view at a time, so the controller steps through the
// tour first and hands over one picture per step; print.css shows only this container on paper.
import { html, nothing, render } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import type { TourFile } from '../content/schema.ts';
import { packLang, packText } from '../i18n/bind.ts';
import { formatNumber, t, tParts } from '../i18n/index.ts';
import type { LegendItem } from './image.ts';
import { stepFacts } from './tour.ts';
import { factsTemplate, legendTemplate, passageTemplate, sourcesTemplate } from './views.ts';

export interface HandoutPage {
  readonly step: number;
  /** The map at this step, composed with its scale bar and attribution. */
  readonly image: HTMLCanvasElement | null;
  readonly legend: readonly LegendItem[];
  readonly marked: ReadonlySet<string>;
}

export function renderHandout(el: HTMLElement, tour: TourFile, index: ContentIndex, pages: readonly HandoutPage[], attribution: string): void {
  const first = tour.steps[0];
  const count = tour.steps.length;
  const lang = packLang();
  render(
    html`<article class="print-page print-page--title" aria-label=${t('present.handoutTitlePage')}>
        <p class="print-kicker">${t('present.handoutKicker')}</p>
        <h1 class="print-title" lang=${lang}>${first?.title ?? tour.title}</h1>
        ${first?.subtitle ? html`<p class="print-subtitle" lang=${lang}>${first.subtitle}</p>` : nothing}
        <h2 class="print-contents-title">${t('present.inThisTour')}</h2>
        <ol class="print-contents" start="2" lang=${lang}>
          ${tour.steps.slice(1).map((s) => html`<li>${s.title}</li>`)}
        </ol>
        <p class="print-credits">${t('present.handoutCredits', { attribution: attribution || t('present.seeSourcesOnEachPage') })}</p>
      </article>
      ${pages.map((p) => {
        const step = tour.steps[p.step]!;
        return html`<article class="print-page" data-step=${step.id}>
          <header class="print-head">
            <p class="print-kicker">
              ${tParts('present.handoutStepKicker', { step: formatNumber(p.step + 1), count: formatNumber(count), title: packText(tour.title) })}
            </p>
            <h2 class="print-step-title" lang=${lang}>${step.title}</h2>
          </header>
          ${p.image ? html`<figure class="print-figure">${p.image}</figure>` : nothing} ${legendTemplate(p.legend)}
          ${step.subtitle ? html`<p class="print-subtitle" lang=${lang}>${step.subtitle}</p>` : nothing} ${passageTemplate(step, index, p.marked)}
          ${factsTemplate(stepFacts(tour, p.step, index), 'full')}
          <section class="print-sources">
            <h3>${t('present.sources')}</h3>
            ${sourcesTemplate(step, index)}
          </section>
        </article>`;
      })}`,
    el,
  );
}

export function clearHandout(el: HTMLElement): void {
  render(nothing, el);
}
