// The card of a corridor: what it is, how long it is on the map (computed), which countries and borders it
// crosses, its waypoints and legs (saying plainly which are drawn schematically), the published lengths next
// to the map's distance between the same places, the article passages that speak of it, and every source.
import { html, nothing, type TemplateResult } from 'lit-html';
import { kmBetween } from '../../analysis/corridors.ts';
import { tracedBetween } from '../../analysis/compare.ts';
import { featureInfo } from '../../content/index.ts';
import { kindLabel } from '../../content/story.ts';
import { CORRIDOR_STATUS_LABEL, INFRASTRUCTURE_LABEL, isHollow, measuredKm, modeName } from '../../content/labels.ts';
import type { CorridorFeature } from '../../content/schema.ts';
import { ensurePart, t, tParts, type MessageKey } from '../../i18n/index.ts';
import type { CardTemplate } from '../selection-card.ts';
import type { CardContext } from './context.ts';
import { cite, featureButton, formatNumber, linkedPassages, packLangAttr, packText, sourcesList, storyText } from './common.ts';
import '../../styles/routes.css';
import '../../styles/routes-more.css';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

/** A country id's name ("country:ABC" → its name), falling back to the code. */
export function countryName(id: string, ctx: CardContext): string {
  const key = id.startsWith('country:') ? id : `country:${id}`;
  return featureInfo(ctx.index, key)?.name ?? key.slice('country:'.length);
}

export function placeName(id: string, ctx: CardContext): string {
  return featureInfo(ctx.index, id)?.name ?? id;
}

/** How the map's distance compares with a published one, in words. */
function percent(onMap: number, published: number): string {
  const d = Math.round(((onMap - published) / published) * 100);
  return d === 0 ? t('details.aboutTheSame') : t(d > 0 ? 'details.percentLonger' : 'details.percentShorter', { percent: Math.abs(d) });
}

/** What the corridor runs on, named under "Its …" on the card. */
function infrastructureKey(p: Pick<CorridorFeature['properties'], 'modes' | 'mode'>): MessageKey {
  if (p.modes.includes('power')) return 'details.itsLine';
  if (p.modes.length > 1) return 'details.itsRoadsAndRailways';
  return p.mode === 'river' ? 'details.itsRiver' : p.mode === 'rail' ? 'details.itsRailway' : 'details.itsRoad';
}

export const corridorCard: CardTemplate = (id, ctx) => {
  const f = ctx.index.corridors.get(id);
  const m = ctx.index.corridorMetrics.get(id);
  if (!f || !m) return html``;
  const p = f.properties;
  const schematicLegs = p.legs.filter((l) => l.quality === 'schematic').length;
  const crossings = m.crossings;

  // Waypoints in order, each a button, with the leg to the next one beneath it: mode, length, and whether it
  // follows a real line (traced) or runs straight between the towns (schematic).
  const route = html`<ol class="route-timeline">
    ${p.waypoints.map((w, i) => {
      const leg = p.legs[i];
      const schematic = leg?.quality === 'schematic';
      return html`<li class="stop">
        ${featureButton(w, ctx)}
        ${
          leg
            ? html`<p class=${schematic ? 'leg leg--schematic' : 'leg'} data-leg=${i}>
                <span class="leg-facts"
                  >${modeName(leg.mode)} · ${measuredKm(m.legKm[i] ?? 0)} ·
                  ${schematic ? html`<strong class="flag--schematic">${t('details.legSchematic')}</strong>` : t('details.legTraced')}</span
                >
                <span class="leg-via" lang=${packLangAttr()}>${leg.via}</span>
              </p>`
            : nothing
        }
      </li>`;
    })}
  </ol>`;

  // Published lengths grouped by stretch, each stretch with the map's distance between the same two waypoints.
  const stretches = new Map<string, { from: string; to: string; figures: (typeof p.publishedLengths)[number][] }>();
  for (const pl of p.publishedLengths) {
    const key = `${pl.from} ${pl.to}`;
    const s = stretches.get(key) ?? { from: pl.from, to: pl.to, figures: [] };
    s.figures.push(pl);
    stretches.set(key, s);
  }
  const published: TemplateResult | typeof nothing = stretches.size
    ? html`<section class="card-section" aria-labelledby="card-published">
        <h3 id="card-published">${t('details.publishedLengths')}</h3>
        <ul class="published-list">
          ${[...stretches.values()].map((st) => {
            const onMap = kmBetween(f, m, st.from, st.to);
            const traced = tracedBetween(f, st.from, st.to);
            return html`<li class="stretch" data-from=${st.from} data-to=${st.to}>
              <p class="stretch-head">
                ${tParts(traced ? 'details.stretchOnMap' : 'details.stretchOnMapNotComparable', {
                  stretch: html`<strong>${packText(placeName(st.from, ctx))} → ${packText(placeName(st.to, ctx))}</strong>`,
                  km: html`<strong class="stretch-map" data-testid="stretch-map-km">${onMap === null ? '—' : measuredKm(onMap)}</strong>`,
                  flag: html`<span class="flag--schematic">${t('details.notComparable')}</span>`,
                })}
              </p>
              <ul class="figures">
                ${st.figures.map(
                  (pl) =>
                    html`<li>
                      ${tParts('details.publishedLength', { km: html`<strong>${t('explore.km', { km: formatNumber(pl.km, 2) })}</strong>` })}${
                        traced && onMap !== null ? html` <span class="diff">${t('details.mapDiff', { diff: percent(onMap, pl.km) })}</span>` : nothing
                      }${pl.note ? html` · ${packText(pl.note)}` : nothing}
                      ${cite(pl.sources, ctx)}
                    </li>`,
                )}
              </ul>
            </li>`;
          })}
        </ul>
      </section>`
    : nothing;

  return html`<article class="card corridor-card" aria-labelledby="card-title">
    <p class="card-kind">${tParts('details.routeKind', { kind: storyText(kindLabel(p.kind)) })}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${p.name}</h2>
    <dl class="facts">
      <dt>${t('details.lengthOnMap')}</dt>
      <dd><strong class="big-number" data-testid="corridor-length">${measuredKm(m.lengthKm)}</strong></dd>
      <dt>${t(p.modes.length > 1 ? 'details.modes' : 'details.mode')}</dt>
      <dd>${p.modes.map(modeName).join(', ')}</dd>
      <dt>${t('details.statusAsCorridor')}</dt>
      <dd data-testid="corridor-status" data-status=${p.status}>
        <strong class=${isHollow(p.status) ? 'status status--not-in-use' : 'status'}>${CORRIDOR_STATUS_LABEL[p.status]}</strong>
        <span class="dd-note" lang=${packLangAttr()}>${p.statusNote}</span>
      </dd>
      <dt>${t(infrastructureKey(p))}</dt>
      <dd data-testid="corridor-infrastructure">${INFRASTRUCTURE_LABEL[p.infrastructure]}</dd>
      <dt>${t('details.countriesCrossed')}</dt>
      <dd data-testid="corridor-countries" lang=${packLangAttr()}>${m.countries.map((c) => countryName(c, ctx)).join(' → ')}</dd>
      <dt>${t('details.borderCrossings')}</dt>
      <dd data-testid="corridor-crossings">
        ${
          crossings.length === 0
            ? t('details.none')
            : html`${formatNumber(crossings.length)}:
                <span lang=${packLangAttr()}>${crossings.map((c, i) => html`${i ? '; ' : ''}${countryName(c.from, ctx)} → ${countryName(c.to, ctx)}`)}</span>`
        }
      </dd>
    </dl>
    ${
      m.schematicKm > 0
        ? html`<p class="schematic-note" data-testid="corridor-schematic">
            ${tParts(schematicLegs === p.legs.length ? 'details.schematicAll' : 'details.schematicSome', {
              part: html`<strong>${t('details.partOfTotal', { part: measuredKm(m.schematicKm), total: measuredKm(m.lengthKm) })}</strong>`,
              legs: formatNumber(schematicLegs),
              total: formatNumber(p.legs.length),
            })}
          </p>`
        : html`<p class="card-note">${t('details.allTraced')}</p>`
    }
    <p class="card-description" lang=${packLangAttr()}>${p.description}</p>
    <section class="card-section" aria-labelledby="card-waypoints">
      <h3 id="card-waypoints">${t('details.waypointsAndLegs', { waypoints: p.waypoints.length, legs: p.legs.length })}</h3>
      ${route}
    </section>
    ${published} ${linkedPassages(id, ctx)} ${sourcesList([...p.sources, ...p.publishedLengths.flatMap((pl) => pl.sources)], ctx)}
  </article>`;
};
