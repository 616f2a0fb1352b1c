// The Measure tool's readout (src/ui/measure-tool.ts mounts it the first time the tool is turned on): two place
// choosers, so that the whole measure can be made from the keyboard, and the result: the straight line and the
// distance along every route that passes both ends, each route said for what it is (its status, and whether its
// road, railway, river or line is in use), schematic stretches and approximate places flagged, with the sources.
// The route flags' and statuses' rules, shared with the cards (which may not have loaded yet).
import '../styles/routes.css';
import '../styles/routes-more.css';
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { measure, formatKm, type MeasuredEnd, type Measurement, type RouteStretch } from '../analysis/measure.ts';
import type { ContentIndex, PlaceFeature } from '../content/index.ts';
import { CORRIDOR_STATUS_LABEL, INFRASTRUCTURE_LABEL, isHollow } from '../content/labels.ts';
import type { PlaceId } from '../content/types.ts';
import { packText } from '../i18n/bind.ts';
import { ensurePart, formatNumber, t, tParts } from '../i18n/index.ts';
import { measureEnds, type MeasureEnd, type MeasureState } from '../state/measure-slice.ts';
import { packLangAttr, sourcesList } from './cards/common.ts';
import type { MeasurePanelOptions } from './measure-tool.ts';
import type { Dispose } from './mount.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

/** "11.56° N, 104.92° E": where a point end is. */
export function whereText([lng, lat]: readonly [number, number]): string {
  const f = (v: number) => formatNumber(Math.abs(v), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const key = lat < 0 ? (lng < 0 ? 'details.coordsSW' : 'details.coordsSE') : lng < 0 ? 'details.coordsNW' : 'details.coordsNE';
  return t(key, { lat: f(lat), lng: f(lng) });
}

const pointName = (e: MeasuredEnd) => t('details.measurePoint', { where: whereText([e.at[0]!, e.at[1]!]) });
/** An end in a sentence said aloud. */
const endName = (e: MeasuredEnd) => e.name ?? pointName(e);
/** An end as shown: a place's name is the pack's, marked with its language. */
const endShown = (e: MeasuredEnd) => (e.name ? packText(e.name) : pointName(e));

/** A route's figure: "at least" where part of the stretch is drawn straight (the real way is longer). */
const routeKm = (r: RouteStretch) => (r.schematicKm > 0.05 ? t('details.measureAtLeast', { km: formatKm(r.km) }) : formatKm(r.km));

/** How the route is used, and how its way is, when that is not simply in use. */
function statusText(r: RouteStretch): string {
  const status = CORRIDOR_STATUS_LABEL[r.status];
  return r.infrastructure === 'in-use' ? status : t('details.measureStatusWithWay', { status, way: INFRASTRUCTURE_LABEL[r.infrastructure].toLowerCase() });
}

/** What the live region says once both ends are chosen. */
export function resultSentence(m: Measurement): string {
  const [a, b] = m.ends;
  const routes = m.routes.length
    ? m.routes.map((r) => t('details.measureSaidAlong', { km: routeKm(r), route: r.name, status: statusText(r) })).join(' ')
    : t('details.measureNoRoute');
  return t('details.measureSaidResult', { from: endName(a), to: endName(b), straight: formatKm(m.straightKm), routes });
}

/** The pack's places grouped by country (the country's name where the pack knows it), each group sorted by name. */
function placesByCountry(index: ContentIndex): { country: string; places: PlaceFeature[] }[] {
  const groups = new Map<string, PlaceFeature[]>();
  for (const p of index.places.values()) {
    const code = p.properties.country;
    groups.set(code, [...(groups.get(code) ?? []), p]);
  }
  const name = (code: string) => index.features.get(`country:${code}`)?.name ?? code;
  return [...groups.entries()]
    .map(([code, places]) => ({ country: name(code), places: places.sort((x, y) => x.properties.name.localeCompare(y.properties.name, 'en')) }))
    .sort((x, y) => x.country.localeCompare(y.country, 'en'));
}

function chooser(which: 0 | 1, end: MeasureEnd | null, groups: ReturnType<typeof placesByCountry>, onChange: (e: Event) => void): TemplateResult {
  const id = `measure-end-${which}`;
  return html`<div class="measure-chooser">
    <label for=${id}>${which === 0 ? t('details.measureFrom') : t('details.measureTo')}</label>
    <select id=${id} data-end=${which} @change=${onChange}>
      <option value="" .selected=${end === null}>${t('details.measureChoose')}</option>
      ${end && !end.place ? html`<option value="point" .selected=${true} disabled>${t('details.measureAPoint', { where: whereText(end.lngLat) })}</option>` : nothing}
      ${groups.map(
        (g) =>
          html`<optgroup label=${g.country} lang=${packLangAttr()}>
            ${g.places.map((p) => html`<option value=${p.properties.id} .selected=${end?.place === p.properties.id}>${p.properties.name}</option>`)}
          </optgroup>`,
      )}
    </select>
  </div>`;
}

function routeItem(r: RouteStretch, index: ContentIndex): TemplateResult {
  const hollow = isHollow(r.status) || r.infrastructure !== 'in-use';
  return html`<li class="measure-route" data-testid="measure-route" data-corridor=${r.corridor} data-working=${String(r.working)}>
    ${tParts('details.measureAlongItem', {
      km: html`<strong class="measure-km">${routeKm(r)}</strong>`,
      route: html`<span class="measure-route-name" lang=${packLangAttr()}>${index.features.get(r.corridor)?.name ?? r.name}</span>`,
    })}
    <span class="measure-status ${hollow ? 'status--not-in-use' : ''}" data-testid="measure-route-status">${statusText(r)}</span>
    ${r.schematicKm > 0.05 ? html`<span class="measure-flag flag--schematic" data-testid="measure-schematic">${t('details.measureSchematic', { km: formatKm(r.schematicKm) })}</span>` : nothing}
  </li>`;
}

function resultTemplate(m: Measurement, index: ContentIndex, store: MeasurePanelOptions['store']): TemplateResult {
  const [a, b] = m.ends;
  const flags: (string | TemplateResult)[][] = [];
  for (const e of m.ends) {
    if (!e.approximate || !e.name) continue;
    const name = packText(e.name);
    flags.push(
      e.uncertaintyKm === null
        ? tParts('details.measureApproximate', { name })
        : tParts('details.measureApproximateWithin', { name, km: formatKm(e.uncertaintyKm) }),
    );
  }
  // One flag per end and distance, however many routes it is off.
  const off = new Map<string, (string | TemplateResult)[]>();
  for (const r of m.routes)
    r.offKm.forEach((km, i) => {
      const end = m.ends[i]!;
      if (km >= 0.5) off.set(`${i}:${formatKm(km)}`, tParts('details.measureOffLine', { name: endShown(end), km: formatKm(km) }));
    });
  const sources = [...a.sources, ...b.sources, ...m.routes.flatMap((r) => r.sources)];
  return html`<div class="measure-result" data-testid="measure-result">
    <p class="measure-ends">${endShown(a)} → ${endShown(b)}</p>
    <dl class="measure-figures">
      <dt>${t('details.measureStraight')}</dt>
      <dd>
        <strong class="measure-km" data-testid="measure-straight">${formatKm(m.straightKm)}</strong>
        <span class="measure-note">${t('details.measureStraightNote')}</span>
      </dd>
      <dt>${t('details.measureAlong')}</dt>
      <dd>
        ${
          m.routes.length
            ? html`<ul class="measure-routes">
                ${m.routes.map((r) => routeItem(r, index))}
              </ul>`
            : html`<span class="measure-note" data-testid="measure-no-route">${t('details.measureNoRoute')}</span>`
        }
      </dd>
    </dl>
    ${[...flags, ...off.values()].map((f) => html`<p class="measure-flag" data-testid="measure-flag">${f}</p>`)}
    ${sourcesList(sources, { index, store }, t('details.measureSources'))}
  </div>`;
}

export function mountMeasurePanel(o: MeasurePanelOptions): Dispose {
  const { root, store, index, say } = o;
  const groups = placesByCountry(index);
  const placeEnd = (id: string): MeasureEnd | null => {
    const p = index.places.get(id);
    if (!p) return null;
    const [lng, lat] = p.geometry.coordinates as [number, number];
    return { lngLat: [lng, lat], place: p.properties.id as PlaceId };
  };
  const onChange = (e: Event) => {
    const select = e.currentTarget as HTMLSelectElement;
    const which = select.dataset['end'] === '1' ? 1 : 0;
    if (select.value === 'point') return;
    store.getState().setMeasureEnd(which, select.value ? placeEnd(select.value) : null);
  };
  // Esc in the panel (a chooser is a form field, whose keys the page's own keys leave alone) clears the measure,
  // then puts the tool away, as on the map.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (store.getState().escapeMeasure()) e.preventDefault();
  };
  root.addEventListener('keydown', onKey);
  // The Clear button is disabled once it has cleared: the keyboard goes on from the first chooser.
  const clear = () => {
    store.getState().escapeMeasure();
    root.querySelector<HTMLSelectElement>('#measure-end-0')?.focus();
  };

  let said = '';
  let drawn: MeasureState | null = null;
  const draw = (m: MeasureState) => {
    const both = measureEnds(m);
    const result = both ? measure(index, both[0], both[1]) : null;
    render(
      html`<section class="measure-panel" aria-labelledby="measure-title">
        <h2 id="measure-title" class="measure-title">${t('details.measureTitle')}</h2>
        <p class="measure-hint">${t('details.measureHint')}</p>
        <div class="measure-choosers">${chooser(0, m.ends[0] ?? null, groups, onChange)} ${chooser(1, m.ends[1] ?? null, groups, onChange)}</div>
        ${result ? resultTemplate(result, index, store) : nothing}
        <div class="measure-actions">
          <button type="button" class="measure-clear" ?disabled=${m.ends.length === 0} @click=${clear}>${t('details.measureClear')}</button>
          <button type="button" class="measure-close" @click=${() => store.getState().setMeasureOn(false)}>${t('details.measureClose')}</button>
        </div>
      </section>`,
      root,
    );
    // Said once per change of what is measured (turning the tool off is said by the tool).
    const one = m.ends.find((e) => e !== null);
    const text = result
      ? resultSentence(result)
      : one
        ? t('details.measureSaidFirst', { name: one.place ? (index.features.get(one.place)?.name ?? one.place) : whereText(one.lngLat) })
        : '';
    // A change of language redraws the readout, but nothing measured has changed: nothing is said.
    const changed = m !== drawn;
    drawn = m;
    if (changed && text && text !== said) say(text);
    else if (changed && !text && said && m.on) say(t('details.measureSaidCleared'));
    said = text;
  };
  const unsub = store.subscribe(
    (s) => [s.measure, s.ui] as const,
    ([m]) => draw(m),
    {
      fireImmediately: true,
      equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1],
    },
  );
  return () => {
    unsub();
    root.removeEventListener('keydown', onKey);
    render(nothing, root);
  };
}
