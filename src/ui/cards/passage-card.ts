// What a selected passage speaks of, shown under it in the article: the features it names on the map, and the
// source of its words. The explorer's own notes on those features are marked as its own, each with its sources
// beside it, apart from the article's words and their source.
import '../../styles/countries.css';
import '../../styles/countries-more.css';
import { html, nothing } from 'lit-html';
import { featureInfo } from '../../content/index.ts';
import type { PassageId } from '../../content/types.ts';
import type { CardContext } from './context.ts';
import { cite, featureButton, sourcesList } from './common.ts';

const KIND_LABEL = { country: 'Countries', corridor: 'Routes', place: 'Places', river: 'Rivers' } as const;
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
  return html`<section class="passage-detail" aria-label="About this passage">
    <div class="passage-says">
      <p class="card-note">The words above are the article’s.</p>
      ${sourcesList(ctx.index.article?.sources ?? [], ctx, 'Source of the passage')}
    </div>
    ${
      passage.links.length === 0
        ? html`<p class="card-note">This passage names no place on the map.</p>`
        : html`<section class="card-section" aria-label="On the map">
            <h3>On the map (${passage.links.length})</h3>
            ${notes.length ? html`<p class="card-note">Notes marked “Added by the explorer” are not in the article; each gives its own sources.</p>` : nothing}
            ${(Object.keys(KIND_LABEL) as MapKind[]).map((kind) => {
              const links = byKind.get(kind);
              if (!links) return nothing;
              return html`<p class="link-group-label">${KIND_LABEL[kind]}</p>
                <ul class="link-list">
                  ${links.map(
                    (l) =>
                      html`<li>
                        ${featureButton(l.feature, ctx)}${
                          l.note
                            ? html`<span class="link-note" data-note-for=${l.feature}
                                ><span class="link-note-label">Added by the explorer:</span> ${l.note.text} ${cite(l.note.sources, ctx)}</span
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
      'Sources of the explorer’s notes',
    )}
  </section>`;
}
