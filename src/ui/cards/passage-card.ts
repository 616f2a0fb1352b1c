// What a selected passage speaks of, shown under it in the article: the features it names on the map, and the
// source of its words. The explorer's own notes on those features are marked as its own, each with its sources
// beside it, apart from the article's words and their source. It sits inside the article, which is marked with the
// story's language: its own words are marked back with the interface's.
import '../../styles/countries.css';
import '../../styles/countries-more.css';
import { html, nothing } from 'lit-html';
import { featureInfo } from '../../content/index.ts';
import type { PassageId } from '../../content/types.ts';
import { t, type MessageKey } from '../../i18n/index.ts';
import type { CardContext } from './context.ts';
import { cite, featureButton, packText, sourcesList, uiLangAttr } from './common.ts';

const KIND_LABEL: Readonly<Record<'country' | 'corridor' | 'place' | 'river', MessageKey>> = {
  country: 'explore.kindCountries',
  corridor: 'explore.kindRoutes',
  place: 'explore.kindPlaces',
  river: 'explore.kindRivers',
};
type MapKind = keyof typeof KIND_LABEL;

export function passageDetail(id: PassageId, ctx: CardContext) {
  const info = ctx.index.passages.get(id);
  if (!info) return nothing;
  const { passage } = info;
  const notes = passage.links.flatMap((l) => (l.note ? [l.note] : []));
  const byKind = new Map<MapKind, typeof passage.links>();
  for (const link of passage.links) {
    const kind = featureInfo(ctx.index, link.feature)?.kind;
    if (!kind || kind === 'passage') continue;
    byKind.set(kind, [...(byKind.get(kind) ?? []), link]);
  }
  return html`<section class="passage-detail" aria-label=${t('explore.aboutPassage')} lang=${uiLangAttr()}>
    <div class="passage-says">
      <p class="card-note">${t('explore.articleWords')}</p>
      ${sourcesList(ctx.index.article?.sources ?? [], ctx, t('explore.passageSource'))}
    </div>
    ${
      passage.links.length === 0
        ? html`<p class="card-note">${t('explore.passageNamesNoPlace')}</p>`
        : html`<section class="card-section" aria-label=${t('explore.onTheMap')}>
            <h3>${t('explore.onTheMapCount', { count: passage.links.length })}</h3>
            ${notes.length ? html`<p class="card-note">${t('explore.explorerNotesHint')}</p>` : nothing}
            ${(Object.keys(KIND_LABEL) as MapKind[]).map((kind) => {
              const links = byKind.get(kind);
              if (!links) return nothing;
              return html`<p class="link-group-label">${t(KIND_LABEL[kind])}</p>
                <ul class="link-list">
                  ${links.map(
                    (l) =>
                      html`<li>
                        ${featureButton(l.feature, ctx)}${
                          l.note
                            ? html`<span class="link-note" data-note-for=${l.feature}
                                ><span class="link-note-label">${t('explore.addedByExplorer')}</span> ${packText(l.note.text)}
                                ${cite(l.note.sources, ctx)}</span
                              >`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>`;
            })}
          </section>`
    }
    ${sourcesList(
      notes.flatMap((n) => n.sources),
      ctx,
      t('explore.notesSources'),
    )}
  </section>`;
}
