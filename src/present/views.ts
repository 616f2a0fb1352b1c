// Templates shared by the projector stage, the presenter view and the handout. lit-html escapes all text.
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { passageRuns } from '../content/article.ts';
import type { ContentIndex } from '../content/index.ts';
import type { TourStep } from '../content/schema.ts';
import type { Theme } from '../styles/tokens.ts';
import type { LegendItem } from './image.ts';
import { describeRoute, formatKm, type RouteFact, type StepFacts } from './tour.ts';

/** The step's passage, quoted, with the words that name the step's features marked. */
export function passageTemplate(step: TourStep, index: ContentIndex, marked: ReadonlySet<string>): TemplateResult | typeof nothing {
  const info = step.passage ? index.passages.get(step.passage) : undefined;
  if (!info) return nothing;
  return html`<blockquote class="present-passage" data-passage=${info.passage.id}>
    <p>${passageRuns(info.passage).map((r) => (r.feature && marked.has(r.feature) ? html`<mark>${r.text}</mark>` : r.text))}</p>
    <footer class="present-passage-source">— ${info.heading ?? 'the article'}</footer>
  </blockquote>`;
}

function bar(r: RouteFact, max: number): TemplateResult {
  const w = max > 0 ? Math.max(2, Math.round((r.km / max) * 100)) : 0;
  return html`<svg class="tour-route-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect x="0" y="1" width=${w} height="8" rx="1"></rect>`}
  </svg>`;
}

/**
 * What the data says of the corridors this step reveals: lengths measured along the lines on this map.
 * `screen` is the projector's short form; `full` (presenter view, handout) adds the ends, the countries
 * crossed and how much is drawn straight between towns.
 */
export function factsTemplate(facts: StepFacts, mode: 'screen' | 'full'): TemplateResult | typeof nothing {
  if (facts.seaRoutes && facts.seaRoutes.length > 1) {
    const max = Math.max(...facts.seaRoutes.map((r) => r.km));
    return html`<section class=${`present-facts present-facts--${mode}`}>
      <h3 class="present-facts-title">Ways to the sea so far, measured on this map</h3>
      <ol class="tour-routes">
        ${facts.seaRoutes.map(
          (r) => html`<li class=${r.isNew ? 'tour-route tour-route--new' : 'tour-route'} data-corridor=${r.id}>
            <span class="tour-route-name">${r.name}</span>
            <span class="tour-route-km">${formatKm(r.km)}</span>
            ${bar(r, max)}
            ${mode === 'full'
              ? html`<span class="tour-route-ends">${r.from} → ${r.to}${r.schematicKm > r.km * 0.05 ? ' · partly drawn straight between towns' : ''}</span>`
              : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }
  if (!facts.revealed.length) return nothing;
  return html`<section class=${`present-facts present-facts--${mode}`}>
    ${facts.revealed.map(
      (r) => html`<p class="tour-route-sentence" data-corridor=${r.id}>
        ${mode === 'full' ? describeRoute(r) : html`<strong>${r.name}: about ${formatKm(r.km)}</strong>, measured along its line on this map.`}
      </p>`,
    )}
  </section>`;
}

/** The sources a step cites, from the pack's sources file. */
export function sourcesTemplate(step: TourStep, index: ContentIndex): TemplateResult | typeof nothing {
  const list = step.sources.flatMap((id) => index.sources.get(id) ?? []);
  if (!list.length) return nothing;
  return html`<ol class="present-sources">
    ${list.map(
      (s) => html`<li>
        ${s.title}${s.publisher ? html`, ${s.publisher}` : nothing}${s.date ? html` (${s.date})` : nothing}${s.url ? html` — <span class="url">${s.url}</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}

/** A legend line: the corridor's colour and dash, as drawn on the map. */
export function legendTemplate(items: readonly LegendItem[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="tour-legend">
    ${items.map(
      (i) => html`<li>
        <svg class="tour-legend-swatch" viewBox="0 0 40 10" aria-hidden="true" focusable="false">
          ${svg`<line x1="2" y1="5" x2="38" y2="5" stroke=${i.color} stroke-width="4" stroke-linecap=${i.dash.length ? 'butt' : 'round'} stroke-dasharray=${i.dash.length ? i.dash.map((d) => d * 4).join(' ') : 'none'}></line>`}
        </svg>
        <span>${i.label}</span>
      </li>`,
    )}
  </ul>`;
}

/** The legend for the corridors drawn at a step, in the theme's colours. */
export function legendItems(ids: readonly string[], index: ContentIndex, theme: Theme): LegendItem[] {
  return ids.flatMap((id) => {
    const c = index.corridors.get(id);
    if (!c) return [];
    const tokens = theme.corridor[c.properties.kind];
    return [{ label: c.properties.shortName, color: tokens.color, dash: tokens.dash }];
  });
}

export function keysHelpTemplate(): TemplateResult {
  return html`<dl class="present-keys">
    <div><dt><kbd>→</kbd> <kbd>PgDn</kbd> <kbd>Space</kbd></dt><dd>next</dd></div>
    <div><dt><kbd>←</kbd> <kbd>PgUp</kbd></dt><dd>back</dd></div>
    <div><dt><kbd>3</kbd> <kbd>Enter</kbd></dt><dd>go to step 3</dd></div>
    <div><dt><kbd>B</kbd></dt><dd>black screen</dd></div>
    <div><dt><kbd>F</kbd></dt><dd>full screen</dd></div>
    <div><dt><kbd>Esc</kbd></dt><dd>end the tour</dd></div>
  </dl>`;
}

