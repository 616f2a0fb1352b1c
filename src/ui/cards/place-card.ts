// The card of a place: names, type, country, where it is (and how sure that position is), the corridors that
// pass through it, the article passages that speak of it, and its sources.
import { html, nothing } from 'lit-html';
import { placeTypeLabel } from '../../content/story.ts';
import { ensurePart, formatNumber, t, tParts } from '../../i18n/index.ts';
import type { CardTemplate } from '../selection-card.ts';
import { featureButton, linkedPassages, packLangAttr, packText, sourcesList, storyText } from './common.ts';
import { countryName } from './corridor-card.ts';
import '../../styles/routes.css';
import '../../styles/routes-more.css';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

const DEGREES = { minimumFractionDigits: 3, maximumFractionDigits: 3 } as const;

/** A position in degrees, to about 100 m, with its hemispheres as the interface's language writes them. */
function position(lat: number, lng: number): string {
  return t('details.position', {
    lat: t(lat >= 0 ? 'details.degreesNorth' : 'details.degreesSouth', { degrees: formatNumber(Math.abs(lat), DEGREES) }),
    lng: t(lng >= 0 ? 'details.degreesEast' : 'details.degreesWest', { degrees: formatNumber(Math.abs(lng), DEGREES) }),
  });
}

export const placeCard: CardTemplate = (id, ctx) => {
  const f = ctx.index.places.get(id);
  if (!f) return html``;
  const p = f.properties;
  const [lng, lat] = f.geometry.coordinates;
  const corridors = [...ctx.index.corridors.values()].filter((c) => c.properties.waypoints.includes(p.id));
  return html`<article class="card place-card" aria-labelledby="card-title">
    <p class="card-kind">${tParts('details.placeKind', { type: storyText(placeTypeLabel(p.type)) })}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${p.name}</h2>
    ${p.localName ? html`<p class="card-native" lang=${p.localLang ?? nothing}>${p.localName}</p>` : nothing}
    <dl class="facts">
      <dt>${t('details.country')}</dt>
      <dd lang=${packLangAttr()}>${countryName(p.country, ctx)}</dd>
      <dt>${t('details.positionLabel')}</dt>
      <dd data-testid="place-coordinates">${position(lat, lng)}</dd>
    </dl>
    ${
      p.approximate
        ? html`<p class="approx-flag" data-testid="place-approximate">
            <strong>${p.uncertaintyKm ? t('details.positionApproximateWithin', { km: p.uncertaintyKm }) : t('details.positionApproximate')}</strong>
            ${p.coordinateNote ? packText(p.coordinateNote) : nothing}
          </p>`
        : p.coordinateNote
          ? html`<p class="card-note">${tParts('details.positionNote', { note: packText(p.coordinateNote) })}</p>`
          : nothing
    }
    <p class="card-description" lang=${packLangAttr()}>${p.description}</p>
    <section class="card-section" aria-labelledby="card-on-routes">
      <h3 id="card-on-routes">${t('details.onTheRoutes')}</h3>
      ${
        corridors.length
          ? html`<ul class="place-routes">
              ${corridors.map((c) => html`<li>${featureButton(c.properties.id, ctx, c.properties.shortName)}</li>`)}
            </ul>`
          : html`<p class="card-note">${t('details.noRouteThroughPlace')}</p>`
      }
    </section>
    ${linkedPassages(id, ctx)} ${sourcesList(p.sources, ctx)}
  </article>`;
};
