// The card for a country: its facts (each with its sources and year), its name in its own script, its part
// in the story, the routes that cross it and the passages that mention it. Only what geo/countries.json
// says is shown; a figure the sources lack says so and is never filled in.
import '../../styles/countries.css';
import '../../styles/countries-more.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CountryFacts } from '../../content/schema.ts';
import { featureInfo } from '../../content/index.ts';
import type { CorridorId } from '../../content/types.ts';
import { story } from '../../content/story.ts';
import { ensurePart, t, tParts, type MessageKey } from '../../i18n/index.ts';
import type { CardTemplate } from '../selection-card.ts';
import { cite, featureButton, linkedPassages, packLangAttr, packText, sourcesList, storyText } from './common.ts';
import type { CardContext } from './context.ts';

export { NOT_FOUND, figureLine, figureList, figureText, formatDate, formatUsd, languageName, note, notFound } from './figures.ts';
import { figureLine, figureList, formatDate, languageName, note, notFound, scriptName } from './figures.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

function row(key: string, label: string, value: TemplateResult): TemplateResult {
  return html`<div class="cf-row" data-fact=${key}>
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

function nativeNames(c: CountryFacts, ctx: CardContext): TemplateResult | typeof nothing {
  if (c.nativeNames.length === 0) return nothing;
  return html`${c.nativeNames.map((n) => {
    const romanizedOf = typeof n['romanizedOf'] === 'string' ? n['romanizedOf'] : null;
    const nNote = typeof n['note'] === 'string' ? n['note'] : null;
    return row(
      `native-${n.lang}`,
      t('details.inLanguage', { language: languageName(n.lang) }),
      html`<span class="native-script">${t('details.scriptName', { script: scriptName(n.script) })}</span>
        <dl class="native-names">
          <div>
            <dt>${t('details.commonName')}</dt>
            <dd><span class="native" lang=${n.lang}>${n.common}</span></dd>
          </div>
          <div>
            <dt>${t('details.officialName')}</dt>
            <dd>${n.official ? html`<span class="native" lang=${n.lang}>${n.official}</span>` : html`<span class="fact-missing">${notFound()}</span>`}</dd>
          </div>
          ${
            n.abbreviation
              ? html`<div>
                  <dt>${t('details.officialAbbreviation')}</dt>
                  <dd><span class="native" lang=${n.lang}>${n.abbreviation}</span></dd>
                </div>`
              : nothing
          }
          ${
            n.romanized
              ? html`<div>
                  <dt>${romanizedOf ? romanizationOf(romanizedOf) : t('details.romanization')}</dt>
                  <dd><span lang="${n.lang}-Latn">${n.romanized}</span></dd>
                </div>`
              : nothing
          }
        </dl>
        ${cite(n.sources, ctx)}${note(nNote)}`,
    );
  })}`;
}

/** Which of the names is romanized, as the pack says it ("common", "official"). */
function romanizationOf(which: string): string | (string | TemplateResult)[] {
  if (which === 'common') return t('details.romanizationCommon');
  if (which === 'official') return t('details.romanizationOfficial');
  return tParts('details.romanizationOf', { which: packText(which) });
}

function capital(c: CountryFacts, ctx: CardContext): TemplateResult {
  const { value, placeId, sources } = c.capital;
  const known = placeId !== null && ctx.index.features.has(placeId);
  return html`${known ? featureButton(placeId, ctx, value) : packText(value)} ${cite(sources, ctx)}`;
}

function asean(c: CountryFacts, ctx: CardContext): TemplateResult {
  const a = c.aseanMemberSince;
  if (a.value) return html`${formatDate(a.value)} ${cite(a.sources, ctx)}${note(a.note)}`;
  // No date: the note says why (e.g. not a member), backed by its sources; else plainly not found.
  if (a.note) return html`${packText(a.note)} ${cite(a.sources, ctx)}`;
  return html`<span class="fact-missing">${notFound()}</span>`;
}

function seaports(c: CountryFacts, ctx: CardContext): TemplateResult {
  const s = c.seaports;
  if (s.value.length === 0) {
    return html`${s.note ? packText(s.note) : html`<span class="fact-missing">${notFound()}</span>`} ${cite(s.sources, ctx)}`;
  }
  return html`<ul class="fact-values" lang=${packLangAttr()}>
      ${s.value.map((p) => html`<li>${p}</li>`)}
    </ul>
    ${cite(s.sources, ctx)}${note(s.note)}`;
}

/** Corridors whose computed path runs through the country, in the order of the corridors file. */
export function corridorsCrossing(countryId: string, ctx: CardContext): CorridorId[] {
  return [...ctx.index.corridors.values()]
    .filter((f) => ctx.index.corridorMetrics.get(f.properties.id)?.countries.includes(countryId))
    .map((f) => f.properties.id);
}

/** Switches the sidebar to the Countries tab and brings the two-country panel into view, with focus. */
export function revealBilateralPanel(ctx: CardContext): void {
  ctx.store.getState().setTab('countries');
  const reveal = (panel: HTMLElement) => {
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  };
  const panel = document.getElementById('bilateral-panel');
  if (panel) return reveal(panel);
  // The panel's code loads when its tab is first shown (ui/lazy.ts): revealed once it is drawn.
  const observer = new MutationObserver(() => {
    const drawn = document.getElementById('bilateral-panel');
    if (!drawn) return;
    observer.disconnect();
    reveal(drawn);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000);
}

/** On the cards of the story's two countries: what the border drawn is, and how much of it is demarcated. */
function borderNote(ctx: CardContext): TemplateResult | typeof nothing {
  const border = ctx.index.facts?.bilateral.border;
  if (!border) return nothing;
  return html`<p class="card-note border-note" data-fact="border-map" lang=${packLangAttr()}>
    ${border.status.text} ${cite(border.status.sources, ctx)} ${border.mapNote.text} ${cite(border.mapNote.sources, ctx)}
  </p>`;
}

const ROLE_LABEL: Readonly<Record<'focus' | 'neighbour' | 'context', MessageKey>> = {
  focus: 'details.roleFocus',
  neighbour: 'details.roleNeighbour',
  context: 'details.roleContext',
};

function allSources(c: CountryFacts): string[] {
  return [
    ...c.nameOfficial.sources,
    ...c.nativeNames.flatMap((n) => n.sources),
    ...c.capital.sources,
    ...c.population.sources,
    ...c.area.flatMap((a) => a.sources),
    ...c.gdp.sources,
    ...c.landlocked.sources,
    ...c.aseanMemberSince.sources,
    ...c.currency.sources,
    ...c.officialLanguages.sources,
    ...(c.mekongBasinShare?.sources ?? []),
    ...c.seaports.sources,
    ...c.story.sources,
  ];
}

function factsCard(id: string, c: CountryFacts, ctx: CardContext): TemplateResult {
  const first = c.nativeNames[0];
  const routes = corridorsCrossing(id, ctx);
  const currencyNote = typeof c.currency['note'] === 'string' ? c.currency['note'] : null;
  const bilateral = story().bilateral;
  return html`<article class="card country-card" aria-labelledby="card-title" data-country=${id}>
    <p class="card-kind">${t(ROLE_LABEL[c.role])}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${c.nameCommon}</h2>
    ${first ? html`<p class="card-native" lang=${first.lang}>${first.common}</p>` : nothing}

    <section class="card-section" aria-labelledby="country-story-title">
      <h3 id="country-story-title">${t('details.partInStory')}</h3>
      <p class="country-story" lang=${packLangAttr()}>${c.story.text} ${cite(c.story.sources, ctx)}</p>
    </section>

    ${
      bilateral && ctx.index.facts?.bilateral.pair.some((c) => c === id)
        ? html`<p class="bilateral-open">
              <button type="button" class="button button-strong" @click=${() => revealBilateralPanel(ctx)}>
                ${tParts('details.relationsAndTrade', { pair: storyText(bilateral.pairName) })}
              </button>
            </p>
            ${borderNote(ctx)}`
        : nothing
    }

    <section class="card-section" aria-labelledby="country-facts-title">
      <h3 id="country-facts-title">${t('details.facts')}</h3>
      <dl class="cf-list">
        ${row('name-official', t('details.officialName'), html`${packText(c.nameOfficial.value)} ${cite(c.nameOfficial.sources, ctx)}`)} ${nativeNames(c, ctx)}
        ${row('capital', t('details.capital'), capital(c, ctx))} ${row('population', t('details.population'), figureLine(c.population, ctx, true))}
        ${row('area', t(c.area.length > 1 ? 'details.areaDisputed' : 'details.area'), figureList(c.area, ctx))}
        ${row('gdp', t('details.gdp'), figureLine(c.gdp, ctx, true))}
        ${row(
          'landlocked',
          t('details.landlocked'),
          html`<strong>${t(c.landlocked.value ? 'details.yes' : 'details.no')}</strong> ${cite(c.landlocked.sources, ctx)}${note(c.landlocked.note)}`,
        )}
        ${row('asean', t('details.aseanMemberSince'), asean(c, ctx))}
        ${row('currency', t('details.currency'), html`${packText(c.currency.value)} (${c.currency.code}) ${cite(c.currency.sources, ctx)}${note(currencyNote)}`)}
        ${row(
          'languages',
          t(c.officialLanguages.value.length === 1 ? 'details.officialLanguage' : 'details.officialLanguages'),
          html`${c.officialLanguages.value.length ? packText(c.officialLanguages.value.join(', ')) : html`<span class="fact-missing">${notFound()}</span>`}
          ${cite(c.officialLanguages.sources, ctx)}`,
        )}
        ${row('mekong-share', t('details.mekongBasinShare'), figureLine(c.mekongBasinShare, ctx))}
        ${row('seaports', t('details.mainSeaports'), seaports(c, ctx))}
      </dl>
    </section>

    <section class="card-section" aria-labelledby="country-routes-title">
      <h3 id="country-routes-title">${tParts('details.routesThrough', { country: packText(c.nameCommon) })}</h3>
      ${
        routes.length
          ? html`<ul class="route-links">
              ${routes.map((r) => html`<li>${featureButton(r, ctx)}</li>`)}
            </ul>`
          : html`<p class="card-note">${tParts('details.noRouteCrosses', { country: packText(c.nameCommon) })}</p>`
      }
    </section>

    ${linkedPassages(id, ctx)} ${sourcesList(allSources(c), ctx)}
  </article>`;
}

/** Countries drawn only so the map is not cut off at their edge. */
function contextCard(id: string, ctx: CardContext): TemplateResult {
  const info = featureInfo(ctx.index, id);
  return html`<article class="card country-card country-card--context" aria-labelledby="card-title" data-country=${id}>
    <p class="card-kind">${t('details.roleContext')}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${info?.name ?? id}</h2>
    <p class="context-note">${info ? tParts('details.contextOnlyNamed', { country: packText(info.name) }) : t('details.contextOnly')}</p>
  </article>`;
}

/** A focus or neighbour country without a facts entry: what the map knows, and a calm word about the rest. */
function noFactsCard(id: string, ctx: CardContext): TemplateResult {
  const info = featureInfo(ctx.index, id);
  const routes = corridorsCrossing(id, ctx);
  return html`<article class="card country-card" aria-labelledby="card-title" data-country=${id}>
    <p class="card-kind">${t(ROLE_LABEL[info?.role ?? 'neighbour'])}</p>
    <h2 id="card-title" class="card-title" lang=${packLangAttr()}>${info?.name ?? id}</h2>
    ${info?.nameNative ? html`<p class="card-native" lang=${info.nameNative.lang}>${info.nameNative.text}</p>` : nothing}
    <p class="card-note">${t('details.noCountryFacts')}</p>
    ${
      routes.length
        ? html`<section class="card-section" aria-labelledby="country-routes-title">
            <h3 id="country-routes-title">${tParts('details.routesThrough', { country: packText(info?.name ?? id) })}</h3>
            <ul class="route-links">
              ${routes.map((r) => html`<li>${featureButton(r, ctx)}</li>`)}
            </ul>
          </section>`
        : nothing
    }
    ${linkedPassages(id, ctx)}
  </article>`;
}

export const countryCard: CardTemplate = (id, ctx) => {
  const info = featureInfo(ctx.index, id);
  const facts = ctx.index.countryFacts.get(id);
  if (facts) return factsCard(id, facts, ctx);
  if (info?.role === 'context') return contextCard(id, ctx);
  return noFactsCard(id, ctx);
};
