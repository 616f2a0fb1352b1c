// The card of a place: names, type, country, where it is (and how sure that position is), the corridors that
// pass through it, the article passages that speak of it, and its sources.
import { html, nothing } from 'lit-html';
import { placeTypeLabel } from '../../content/story.ts';
import type { CardTemplate } from '../selection-card.ts';
import { featureButton, linkedPassages, sourcesList } from './common.ts';
import { countryName } from './corridor-card.ts';
import '../../styles/routes.css';
import '../../styles/routes-more.css';

function degrees(value: number, pos: string, neg: string): string {
  return `${Math.abs(value).toFixed(3)}° ${value >= 0 ? pos : neg}`;
}

export const placeCard: CardTemplate = (id, ctx) => {
  const f = ctx.index.places.get(id);
  if (!f) return html``;
  const p = f.properties;
  const [lng, lat] = f.geometry.coordinates;
  const corridors = [...ctx.index.corridors.values()].filter((c) => c.properties.waypoints.includes(p.id));
  return html`<article class="card place-card" aria-labelledby="card-title">
    <p class="card-kind">Place · ${placeTypeLabel(p.type)}</p>
    <h2 id="card-title" class="card-title">${p.name}</h2>
    ${p.localName ? html`<p class="card-native" lang=${p.localLang ?? nothing}>${p.localName}</p>` : nothing}
    <dl class="facts">
      <dt>Country</dt>
      <dd>${countryName(p.country, ctx)}</dd>
      <dt>Position</dt>
      <dd data-testid="place-coordinates">${degrees(lat, 'N', 'S')}, ${degrees(lng, 'E', 'W')}</dd>
    </dl>
    ${
      p.approximate
        ? html`<p class="approx-flag" data-testid="place-approximate">
            <strong>Position approximate${p.uncertaintyKm ? ` (± ${p.uncertaintyKm} km)` : ''}.</strong>
            ${p.coordinateNote ?? nothing}
          </p>`
        : p.coordinateNote
          ? html`<p class="card-note">Position: ${p.coordinateNote}</p>`
          : nothing
    }
    <p class="card-description">${p.description}</p>
    <section class="card-section" aria-labelledby="card-on-routes">
      <h3 id="card-on-routes">On the routes</h3>
      ${
        corridors.length
          ? html`<ul class="place-routes">
              ${corridors.map((c) => html`<li>${featureButton(c.properties.id, ctx, c.properties.shortName)}</li>`)}
            </ul>`
          : html`<p class="card-note">No route on the map passes through it.</p>`
      }
    </section>
    ${linkedPassages(id, ctx)} ${sourcesList(p.sources, ctx)}
  </article>`;
};
