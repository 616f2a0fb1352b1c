// The card of a corridor: what it is, how long it is on the map (computed), which countries and borders it
// crosses, its waypoints and legs (saying plainly which are drawn schematically), the published lengths next
// to the map's distance between the same places, the article passages that speak of it, and every source.
import { html, nothing, type TemplateResult } from 'lit-html';
import { kmBetween } from '../../analysis/corridors.ts';
import { tracedBetween } from '../../analysis/compare.ts';
import { featureInfo } from '../../content/index.ts';
import { kindLabel } from '../../content/story.ts';
import { CORRIDOR_STATUS_LABEL, INFRASTRUCTURE_LABEL, isHollow, measuredKm } from '../../content/labels.ts';
import type { CardTemplate } from '../selection-card.ts';
import type { CardContext } from './context.ts';
import { cite, featureButton, formatNumber, linkedPassages, sourcesList } from './common.ts';
import '../../styles/routes.css';
import '../../styles/routes-more.css';

export const SCHEMATIC_PLAIN = 'this part is drawn through its towns, not along the exact line';

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
  return d === 0 ? 'about the same' : `${Math.abs(d)} % ${d > 0 ? 'longer' : 'shorter'}`;
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
                  >${leg.mode} · ${measuredKm(m.legKm[i] ?? 0)} · ${schematic ? html`<strong class="flag--schematic">schematic</strong>` : 'traced'}</span
                >
                <span class="leg-via">${leg.via}</span>
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
        <h3 id="card-published">Published lengths and the map</h3>
        <ul class="published-list">
          ${[...stretches.values()].map((st) => {
            const onMap = kmBetween(f, m, st.from, st.to);
            const traced = tracedBetween(f, st.from, st.to);
            return html`<li class="stretch" data-from=${st.from} data-to=${st.to}>
              <p class="stretch-head">
                <strong>${placeName(st.from, ctx)} → ${placeName(st.to, ctx)}</strong>: on the map
                <strong class="stretch-map" data-testid="stretch-map-km">${onMap === null ? '—' : measuredKm(onMap)}</strong>${
                  traced ? nothing : html`, <span class="flag--schematic">includes schematic legs, drawn straight: not comparable</span>`
                }
              </p>
              <ul class="figures">
                ${st.figures.map(
                  (pl) =>
                    html`<li>
                      Published
                      <strong>${formatNumber(pl.km, 2)} km</strong
                      >${traced && onMap !== null ? html` <span class="diff">(the map: ${percent(onMap, pl.km)})</span>` : nothing}${
                        pl.note ? html` · ${pl.note}` : nothing
                      }
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
    <p class="card-kind">Route · ${kindLabel(p.kind)}</p>
    <h2 id="card-title" class="card-title">${p.name}</h2>
    <dl class="facts">
      <dt>Length on the map</dt>
      <dd><strong class="big-number" data-testid="corridor-length">${measuredKm(m.lengthKm)}</strong></dd>
      <dt>${p.modes.length > 1 ? 'Modes' : 'Mode'}</dt>
      <dd>${p.modes.join(', ')}</dd>
      <dt>Status as a corridor</dt>
      <dd data-testid="corridor-status" data-status=${p.status}>
        <strong class=${isHollow(p.status) ? 'status status--not-in-use' : 'status'}>${CORRIDOR_STATUS_LABEL[p.status]}</strong>
        <span class="dd-note">${p.statusNote}</span>
      </dd>
      <dt>
        Its
        ${p.modes.includes('power') ? 'line' : p.modes.length > 1 ? 'roads and railways' : p.mode === 'river' ? 'river' : p.mode === 'rail' ? 'railway' : 'road'}
      </dt>
      <dd data-testid="corridor-infrastructure">${INFRASTRUCTURE_LABEL[p.infrastructure]}</dd>
      <dt>Countries crossed</dt>
      <dd data-testid="corridor-countries">${m.countries.map((c) => countryName(c, ctx)).join(' → ')}</dd>
      <dt>Border crossings</dt>
      <dd data-testid="corridor-crossings">
        ${
          crossings.length === 0
            ? 'none'
            : html`${crossings.length}: ${crossings.map((c, i) => html`${i ? '; ' : ''}${countryName(c.from, ctx)} → ${countryName(c.to, ctx)}`)}`
        }
      </dd>
    </dl>
    ${
      m.schematicKm > 0
        ? html`<p class="schematic-note" data-testid="corridor-schematic">
            <strong>${measuredKm(m.schematicKm)} of the ${measuredKm(m.lengthKm)}</strong>
            ${schematicLegs === p.legs.length ? 'is' : `(${schematicLegs} of ${p.legs.length} legs) is`} schematic: ${SCHEMATIC_PLAIN}.
          </p>`
        : html`<p class="card-note">Every leg follows a real road, railway or river line in the map data.</p>`
    }
    <p class="card-description">${p.description}</p>
    <section class="card-section" aria-labelledby="card-waypoints">
      <h3 id="card-waypoints">Waypoints (${p.waypoints.length}) and legs (${p.legs.length})</h3>
      ${route}
    </section>
    ${published} ${linkedPassages(id, ctx)} ${sourcesList([...p.sources, ...p.publishedLengths.flatMap((pl) => pl.sources)], ctx)}
  </article>`;
};
