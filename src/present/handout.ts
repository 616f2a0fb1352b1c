// The printed handout: a title page, then one page per step with its map, title, passage, legend, what the
// data measures and the sources. The live map shows one view at a time, so the controller steps through the
// tour first and hands over one picture per step; print.css shows only this container on paper.
import { html, nothing, render } from 'lit-html';
import type { ContentIndex } from '../content/index.ts';
import type { TourFile } from '../content/schema.ts';
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
  render(
    html`<article class="print-page print-page--title" aria-label="Handout title page">
        <p class="print-kicker">Mekong Connectivity Explorer · classroom handout</p>
        <h1 class="print-title">${first?.title ?? tour.title}</h1>
        ${first?.subtitle ? html`<p class="print-subtitle">${first.subtitle}</p>` : nothing}
        <h2 class="print-contents-title">In this tour</h2>
        <ol class="print-contents" start="2">
          ${tour.steps.slice(1).map((s) => html`<li>${s.title}</li>`)}
        </ol>
        <p class="print-credits">
          The article is quoted as published. Lengths are measured along the lines drawn on the map; routes drawn straight between towns are marked as such. Map
          data: ${attribution || 'see the sources on each page'}.
        </p>
      </article>
      ${pages.map((p) => {
        const step = tour.steps[p.step]!;
        return html`<article class="print-page" data-step=${step.id}>
          <header class="print-head">
            <p class="print-kicker">Step ${p.step + 1} of ${count} · ${tour.title}</p>
            <h2 class="print-step-title">${step.title}</h2>
          </header>
          ${p.image ? html`<figure class="print-figure">${p.image}</figure>` : nothing} ${legendTemplate(p.legend)}
          ${step.subtitle ? html`<p class="print-subtitle">${step.subtitle}</p>` : nothing} ${passageTemplate(step, index, p.marked)}
          ${factsTemplate(stepFacts(tour, p.step, index), 'full')}
          <section class="print-sources">
            <h3>Sources</h3>
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
