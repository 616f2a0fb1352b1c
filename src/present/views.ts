// Templates shared by the projector stage, the presenter view and the handout. lit-html escapes all text. The
// interface's words come from the catalogue (src/i18n/); the story's (names, passages, sources) are marked with the
// story's language where it differs.
import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { passageRuns } from '../content/article.ts';
import type { ContentIndex } from '../content/index.ts';
import type { TourStep } from '../content/schema.ts';
import type { CorridorStatus } from '../content/types.ts';
import { packLang, packText } from '../i18n/bind.ts';
import { formatDate, formatList, intlTag, t, tParts, type MessageKey } from '../i18n/index.ts';
import type { InkTool } from '../state/ink-slice.ts';
import type { InkColour } from '../styles/ink-colours.ts';
import type { Theme } from '../styles/tokens.ts';
import { lineSwatch, TOUR_SWATCH } from '../ui/swatch.ts';
import type { LegendItem } from './image.ts';
import { CORRIDOR_STATUS_LABEL, isHollow } from '../content/labels.ts';
import type { RouteFact, StepFacts } from './tour.ts';

/** The pen's tools and inks, by name (the stage's toolbar, the presenter view's, the live region). */
export const INK_TOOL_LABEL: Readonly<Record<InkTool, MessageKey>> = {
  pen: 'present.toolPen',
  highlighter: 'present.toolHighlighter',
  arrow: 'present.toolArrow',
  laser: 'present.toolLaser',
  eraser: 'present.toolEraser',
};
export const INK_COLOUR_LABEL: Readonly<Record<InkColour, MessageKey>> = {
  red: 'present.colourRed',
  orange: 'present.colourOrange',
  green: 'present.colourGreen',
  magenta: 'present.colourMagenta',
};

/** How the story uses a corridor, in the interface's words. */
export function statusLabel(status: CorridorStatus): string {
  return CORRIDOR_STATUS_LABEL[status];
}

/**
 * A route's name and length ("Name: about 480 km"; "Name: at least 480 km" where part of it is drawn straight), the
 * name marked as the story's.
 */
function routeLength(r: RouteFact): unknown[] {
  return tParts<unknown>(r.floor ? 'present.routeAtLeast' : 'present.routeAbout', { name: packText(r.name), length: r.kmText });
}

/** One sentence for a route, from the data. */
function describeRoute(r: RouteFact): unknown[] {
  return tParts<unknown>('present.routeSentence', {
    route: routeLength(r),
    from: packText(r.from),
    to: packText(r.to),
    countries: packText(formatList(r.countries)),
    status: statusLabel(r.status),
  });
}

/** The step's passage, quoted, with the words that name the step's features marked. */
export function passageTemplate(step: TourStep, index: ContentIndex, marked: ReadonlySet<string>): TemplateResult | typeof nothing {
  const info = step.passage ? index.passages.get(step.passage) : undefined;
  if (!info) return nothing;
  return html`<blockquote class="present-passage" data-passage=${info.passage.id}>
    <p lang=${packLang()}>${passageRuns(info.passage).map((r) => (r.feature && marked.has(r.feature) ? html`<mark>${r.text}</mark>` : r.text))}</p>
    <footer class="present-passage-source">— ${info.heading ? packText(info.heading) : t('present.theArticle')}</footer>
  </blockquote>`;
}

/** A bar as long as the route; hollow, as on the map, when nobody is known to use the route yet. */
function bar(r: RouteFact, max: number): TemplateResult {
  const w = max > 0 ? Math.max(2, Math.round((r.km / max) * 100)) : 0;
  return html`<svg
    class=${isHollow(r.status) ? 'tour-route-bar tour-route-bar--hollow' : 'tour-route-bar'}
    viewBox="0 0 100 10"
    preserveAspectRatio="none"
    aria-hidden="true"
    focusable="false"
  >
    ${svg`<rect x="0" y="1" width=${w} height="8" rx="1"></rect>`}
  </svg>`;
}

/**
 * What the data says of the corridors this step reveals: lengths measured along the lines on this map.
 * `screen` is the projector's short form; `full` (presenter view, handout) adds the ends, the countries
 * crossed and how much is drawn straight between towns.
 */
export function factsTemplate(facts: StepFacts, mode: 'screen' | 'full'): TemplateResult | typeof nothing {
  if (facts.seaRoutes && facts.seaRoutes.reduce((n, g) => n + g.routes.length, 0) > 1) {
    const max = Math.max(...facts.seaRoutes.flatMap((g) => g.routes.map((r) => r.km)));
    const many = facts.seaRoutes.reduce((n, g) => n + g.routes.length, 0) > 3;
    // Lengths are ranked only within a group that shares its start; each group names its start.
    return html`<section class=${`present-facts present-facts--${mode}${many ? ' present-facts--many' : ''}`}>
      <h3 class="present-facts-title">${t('present.seaRoutesTitle')}</h3>
      ${facts.seaRoutes.map(
        (g) =>
          html`<h4 class="tour-routes-from">${tParts('present.fromPlace', { place: packText(g.from) })}</h4>
            <ol class="tour-routes" data-from=${g.from}>
              ${g.routes.map(
                (r) =>
                  html`<li class=${r.isNew ? 'tour-route tour-route--new' : 'tour-route'} data-corridor=${r.id}>
                    <span class="tour-route-name"
                      ><span lang=${packLang()}>${r.name}</span
                      >${r.isNew ? html`<span class="tour-route-new"> · ${t('present.routeNew')}</span>` : nothing}</span
                    >
                    <span class="tour-route-km">${r.kmFigure}</span>
                    ${bar(r, max)}
                    ${
                      mode === 'full' || r.status !== 'in-use' || r.straightText
                        ? html`<span class="tour-route-status">${[statusLabel(r.status), r.straightText].filter(Boolean).join(' · ')}</span>`
                        : nothing
                    }
                    ${mode === 'full' ? html`<span class="tour-route-ends">${packText(r.from)} → ${packText(r.to)}</span>` : nothing}
                  </li>`,
              )}
            </ol>`,
      )}
    </section>`;
  }
  if (!facts.revealed.length) return nothing;
  return html`<section class=${`present-facts present-facts--${mode}`}>
    ${facts.revealed.map(
      (r) =>
        html`<p class="tour-route-sentence" data-corridor=${r.id}>
          ${
            mode === 'full'
              ? describeRoute(r)
              : tParts<unknown>('present.routeOnMap', { route: html`<strong>${routeLength(r)}</strong>`, status: statusLabel(r.status) })
          }
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
      (s) =>
        html`<li>
          ${packText(s.title)}${s.publisher ? html`, ${packText(s.publisher)}` : nothing}
          (${s.date ? formatDate(s.date) : t('present.undated')})${s.url ? html` — <span class="url">${s.url}</span>` : nothing}
        </li>`,
    )}
  </ol>`;
}

/** A legend line: the corridor's colour and dash, as drawn on the map. */
export function legendTemplate(items: readonly LegendItem[]): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<ul class="tour-legend">
    ${items.map(
      (i) =>
        html`<li>
          ${lineSwatch(i, TOUR_SWATCH)}
          <span>${packText(i.name)}${i.status ? ` (${i.status})` : nothing}</span>
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
    const p = c.properties;
    const hollow = isHollow(p.status);
    const status = hollow ? statusLabel(p.status).toLocaleLowerCase(intlTag()) : null;
    return [
      {
        // Written without the tour's words: the explorer's printed map uses this legend too, with or without the tour.
        label: status ? `${p.shortName} (${status})` : p.shortName,
        name: p.shortName,
        status,
        color: tokens.color,
        dash: tokens.dash,
        hollow,
        core: theme.halo,
      },
    ];
  });
}

export function keysHelpTemplate(): TemplateResult {
  return html`<dl class="present-keys">
    <div>
      <dt><kbd>→</kbd> <kbd>PgDn</kbd> <kbd>${t('present.keySpace')}</kbd></dt>
      <dd>${t('present.keyNext')}</dd>
    </div>
    <div>
      <dt><kbd>←</kbd> <kbd>PgUp</kbd></dt>
      <dd>${t('present.keyBack')}</dd>
    </div>
    <div>
      <dt><kbd>3</kbd> <kbd>Enter</kbd></dt>
      <dd>${t('present.keyGoTo', { step: 3 })}</dd>
    </div>
    <div>
      <dt><kbd>B</kbd></dt>
      <dd>${t('present.keyBlack')}</dd>
    </div>
    <div>
      <dt><kbd>F</kbd></dt>
      <dd>${t('present.keyFullScreen')}</dd>
    </div>
    <div>
      <dt><kbd>Esc</kbd></dt>
      <dd>${t('present.keyEnd')}</dd>
    </div>
  </dl>`;
}
