// The article's passages in the editor, each with its linked words marked and its links listed. A link is made
// by selecting words with the mouse and pressing "Link selected words" (then a click on the map, or a choice in the
// list that appears), or from the keyboard by typing the words in a passage's "Link words…" form. Every change
// goes through the store; what is open, and what was said, is the section's own (article-state.ts).
import { html, nothing, type TemplateResult } from 'lit-html';
import { passageRuns } from '../../content/article.ts';
import { featureInfo, type ContentIndex } from '../../content/index.ts';
import type { Passage } from '../../content/schema.ts';
import { editPassage, linkWords, setLinkNote, unlink, type DroppedTerm, type RespelledTerm } from '../../editor/index.ts';
import { cleanLine, wordRange } from '../../editor/text.ts';
import { packLang, packText } from '../../i18n/bind.ts';
import { t, tParts, type MessageKey } from '../../i18n/index.ts';
import type { EditorSession, MapPick } from '../../state/editor-slice.ts';
import { pastePlain, selectedIn } from './article-dom.ts';
import { byAttr, focusLater, type ArticleUi, type Tone } from './article-state.ts';
import { findWords, linkedRanges, overlapsLink } from './article-words.ts';
import type { EditorContext } from './context.ts';
import { named } from './item-buttons.ts';

type LinkPick = Extract<MapPick, { kind: 'link' }>;

const GROUPS: readonly (readonly ['country' | 'place' | 'corridor' | 'river', MessageKey])[] = [
  ['country', 'editor.groupCountries'],
  ['place', 'editor.groupPlaces'],
  ['corridor', 'editor.groupRoutes'],
  ['river', 'editor.groupRivers'],
];

const nameOf = (index: ContentIndex, id: string) => featureInfo(index, id)?.name ?? id;
const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '');

/** A labelled list of what words can be linked to: the countries, places, routes and rivers of the draft's map. */
function featureSelect(index: ContentIndex, id: string, label: string): TemplateResult {
  const all = [...index.features.values()];
  const groups = GROUPS.map(([kind, title]) => ({
    title: t(title),
    items: all.filter((f) => f.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.items.length);
  return html`<label for=${id}>${label}</label>
    <select id=${id} name="feature" required>
      <option value="">${t('editor.chooseFeature')}</option>
      ${groups.map((g) => html`<optgroup label=${g.title}>${g.items.map((f) => html`<option value=${f.id} lang=${packLang()}>${f.name}</option>`)}</optgroup>`)}
    </select>`;
}

/** What an edit of the text did to links, in words: "2 links were dropped: …", and words now spelt another way. */
export function linksReport(dropped: readonly DroppedTerm[], respelled: readonly RespelledTerm[], index: ContentIndex): string {
  const out: string[] = [];
  if (dropped.length) {
    const links = dropped.map((d) => t('editor.linkWhat', { words: t('editor.quoted', { text: d.term }), feature: nameOf(index, d.feature) })).join(', ');
    out.push(t('editor.linksDropped', { count: dropped.length, links }));
  }
  if (respelled.length) {
    const changes = respelled.map((r) => t('editor.respelling', { from: r.from, to: r.to })).join(', ');
    out.push(t('editor.linksRespelled', { count: respelled.length, changes }));
  }
  return out.join(' ');
}

export interface PassagesArgs {
  readonly ctx: EditorContext;
  readonly session: EditorSession;
  readonly ui: ArticleUi;
}

export function passagesView({ ctx, session, ui }: PassagesArgs): TemplateResult {
  const { store } = ctx;
  const draft = session.history.draft;
  const index = ctx.index();
  const pick = session.pick?.kind === 'link' ? session.pick : null;
  const say = (passage: string, tone: Tone, text: () => string) => {
    ui.said = { passage, tone, text };
    ctx.redraw();
  };
  const passageSelector = (id: string) => byAttr('data-editor-passage', id);
  const toolSelector = (id: string, tool: string) => `${passageSelector(id)} [data-tool="${tool}"]`;

  // The chooser of a pick just begun takes focus, once: the teacher hears what to do next.
  const pickKey = pick ? `${pick.passage}:${pick.start}:${pick.end}` : null;
  if (pickKey !== ui.pickKey) {
    ui.pickKey = pickKey;
    if (pick) focusLater(ctx, '#editor-pick-feature');
  }

  const linkSelected = (p: Passage) => {
    const el = ctx.doc.querySelector(byAttr('data-passage-text', p.id));
    const chosen = (el && selectedIn(el)) ?? (ui.snapshot?.passage === p.id ? ui.snapshot.range : null);
    ui.snapshot = null;
    const range = chosen && wordRange(p.text, chosen[0], chosen[1]);
    if (!range) return say(p.id, 'refused', () => t('editor.selectWordsFirst', { linkWords: t('editor.linkWords') }));
    const words = p.text.slice(range[0], range[1]);
    if (overlapsLink(p, range[0], range[1])) return say(p.id, 'refused', () => t('editor.alreadyLinked', { words }));
    ui.said = null;
    ui.linking = null;
    store.getState().setPick({ kind: 'link', passage: p.id, start: range[0], end: range[1], words });
  };

  const linked = (p: Passage, words: string, feature: string) => {
    const text = () => t('editor.linkedTo', { words, feature: nameOf(index, feature) });
    ui.said = { passage: p.id, tone: 'done', text };
    ctx.announce(text());
  };

  const pickBox = (p: Passage, pk: LinkPick) => {
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const feature = field(e.currentTarget as HTMLFormElement, 'feature');
      if (!feature) return;
      if (store.getState().editDraft((d) => linkWords(d, pk.passage, pk.start, pk.end, feature))) {
        linked(p, pk.words, feature);
        store.getState().setPick(null);
        focusLater(ctx, toolSelector(p.id, 'link-selected'));
      }
    };
    const cancel = () => {
      store.getState().setPick(null);
      focusLater(ctx, toolSelector(p.id, 'link-selected'));
    };
    return html`<div class="editor-pick" role="group" aria-labelledby="editor-pick-title">
      <p id="editor-pick-title" class="editor-pick-title">
        ${tParts('editor.linkingPrompt', { words: html`<strong lang=${packLang()}>${t('editor.quoted', { text: pk.words })}</strong>` })}
      </p>
      <form class="editor-form editor-inline-form" @submit=${submit}>
        ${featureSelect(index, 'editor-pick-feature', t('editor.linkTo'))}
        <div class="editor-row">
          <button type="submit" class="editor-button">${t('editor.link')}</button>
          <button type="button" class="editor-button" aria-keyshortcuts="Escape" @click=${cancel}>${t('editor.cancel')}</button>
        </div>
      </form>
    </div>`;
  };

  const linkForm = (p: Passage) => {
    const close = () => {
      ui.linking = null;
      ctx.redraw();
      focusLater(ctx, toolSelector(p.id, 'link-words'));
    };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const words = cleanLine(field(form, 'words'));
      const feature = field(form, 'feature');
      if (!words || !feature) return;
      const found = findWords(p.text, words, linkedRanges(p));
      if (!found) {
        say(p.id, 'refused', () => t('editor.notWholeWords', { words }));
        return focusLater(ctx, `#editor-link-words-${CSS.escape(p.id)}`);
      }
      const term = p.text.slice(found[0], found[1]);
      if (store.getState().editDraft((d) => linkWords(d, p.id, found[0], found[1], feature))) {
        linked(p, term, feature);
        ui.linking = null;
        ctx.redraw();
        focusLater(ctx, toolSelector(p.id, 'link-words'));
      }
    };
    const wordsId = `editor-link-words-${p.id}`;
    return html`<form
      class="editor-form editor-inline-form"
      aria-label=${t('editor.linkWordsForm')}
      @submit=${submit}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.preventDefault(), close())}
    >
      <label for=${wordsId}>${t('editor.wordsToLink')} <span class="editor-hint">${t('editor.wordsToLinkHint')}</span></label>
      <input id=${wordsId} name="words" required autocomplete="off" lang=${packLang()} />
      ${featureSelect(index, `editor-link-feature-${p.id}`, t('editor.linkThemTo'))}
      <div class="editor-row">
        <button type="submit" class="editor-button">${t('editor.link')}</button>
        <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
      </div>
    </form>`;
  };

  const editForm = (p: Passage) => {
    const close = () => {
      ui.editing = null;
      ctx.redraw();
      focusLater(ctx, toolSelector(p.id, 'edit'));
    };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const text = field(e.currentTarget as HTMLFormElement, 'text');
      const out: { r?: ReturnType<typeof editPassage> } = {};
      if (!store.getState().editDraft((d) => (out.r = editPassage(d, p.id, text)))) return;
      const r = out.r;
      ui.editing = null;
      // Words picked for a link were counted in the old text.
      if (store.getState().editor?.pick?.kind === 'link') store.getState().setPick(null);
      const links = r?.ok ? ([r.dropped, r.respelled] as const) : null;
      const saved = () => [t('editor.passageSaved'), links ? linksReport(links[0], links[1], index) : ''].filter(Boolean).join(' ');
      ui.said = { passage: p.id, tone: 'done', text: saved };
      ctx.redraw();
      focusLater(ctx, toolSelector(p.id, 'edit'));
    };
    const id = `editor-passage-edit-${p.id}`;
    return html`<form class="editor-form editor-inline-form" aria-label=${t('editor.editPassageForm')} @submit=${submit}>
      <label for=${id}>${t('editor.passageText')} <span class="editor-hint">${t('editor.passageTextHint')}</span></label>
      <textarea
        id=${id}
        name="text"
        lang=${packLang()}
        rows="5"
        .value=${p.text}
        @paste=${(e: ClipboardEvent) => pastePlain(e, (problem) => problem && say(p.id, 'refused', () => problem))}
      ></textarea>
      <div class="editor-row">
        <button type="submit" class="editor-button">${t('editor.save')}</button>
        <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
      </div>
    </form>`;
  };

  const noteForm = (p: Passage, link: Passage['links'][number]) => {
    const sources = draft.sources.sources;
    const close = () => {
      ui.note = null;
      ctx.redraw();
      focusLater(ctx, `${passageSelector(p.id)} ${byAttr('data-note-button', link.feature)}`);
    };
    const save = (note: { text: string; sourceIds: string[] } | null) => {
      if (!store.getState().editDraft((d) => setLinkNote(d, p.id, { feature: link.feature }, note))) return;
      ui.said = { passage: p.id, tone: 'done', text: () => t(note ? 'editor.noteSaved' : 'editor.noteRemoved') };
      close();
    };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const text = cleanLine(field(form, 'text'));
      const sourceIds = new FormData(form).getAll('source').map(String);
      if (!text) return say(p.id, 'refused', () => t('editor.writeNote'));
      if (!sourceIds.length) return say(p.id, 'refused', () => t('editor.noteNeedsSource'));
      save({ text, sourceIds });
    };
    const id = `editor-note-${p.id}-${link.feature}`;
    return html`<form class="editor-form editor-inline-form" aria-label=${t('editor.noteForm')} @submit=${submit}>
      <label for=${id}>${t('editor.note')} <span class="editor-hint">${t('editor.noteHint')}</span></label>
      <textarea id=${id} name="text" rows="3" .value=${link.note?.text ?? ''}></textarea>
      <fieldset class="editor-sources">
        <legend>${t('editor.itsSources')}</legend>
        ${sources.map(
          (s) =>
            html`<label class="editor-check"
              ><input type="checkbox" name="source" value=${s.id} ?checked=${link.note?.sources.includes(s.id) ?? false} /> ${packText(s.title)}</label
            >`,
        )}
      </fieldset>
      <div class="editor-row">
        <button type="submit" class="editor-button">${t('editor.saveNote')}</button>
        ${link.note ? html`<button type="button" class="editor-button" @click=${() => save(null)}>${t('editor.removeNote')}</button>` : nothing}
        <button type="button" class="editor-button" @click=${close}>${t('editor.cancel')}</button>
      </div>
    </form>`;
  };

  const sourceName = (id: string) => draft.sources.sources.find((s) => s.id === id)?.title ?? id;
  const linksList = (p: Passage, n: number) => {
    if (!p.links.length) return nothing;
    return html`<ul class="editor-links" aria-label=${t('editor.passageLinks', { n })}>
      ${p.links.map((l) => {
        const words = l.terms.length ? l.terms.map((term) => t('editor.quoted', { text: term })).join(', ') : t('editor.wholePassage');
        const what = t('editor.linkWhat', { words, feature: nameOf(index, l.feature) });
        const noteOpen = ui.note?.passage === p.id && ui.note.feature === l.feature;
        const remove = () => {
          if (!store.getState().editDraft((d) => unlink(d, p.id, { feature: l.feature }))) return;
          ui.said = { passage: p.id, tone: 'done', text: () => t('editor.removedLink', { link: what }) };
          if (noteOpen) ui.note = null;
          ctx.announce(ui.said.text());
          ctx.redraw();
          focusLater(ctx, passageSelector(p.id));
        };
        return html`<li data-link-feature=${l.feature}>
          <span class="editor-link-what">${what}</span>
          ${
            l.note
              ? html`<span class="editor-link-note"
                  >${tParts('editor.linkNote', { note: packText(l.note.text) })}
                  <span class="editor-hint">(${packText(l.note.sources.map(sourceName).join('; '))})</span></span
                >`
              : nothing
          }
          <span class="editor-link-tools">
            <button
              type="button"
              class="link-button"
              data-note-button=${l.feature}
              aria-expanded=${noteOpen ? 'true' : 'false'}
              @click=${() => {
                ui.note = noteOpen ? null : { passage: p.id, feature: l.feature };
                ctx.redraw();
                if (!noteOpen) focusLater(ctx, `#${CSS.escape(`editor-note-${p.id}-${l.feature}`)}`);
              }}
            >
              ${named(t('editor.noteButton'), t('editor.noteButtonNamed', { link: what }))}
            </button>
            <button type="button" class="link-button" @click=${remove}>${named(t('editor.remove'), t('editor.removeLinkNamed', { link: what }))}</button>
          </span>
          ${noteOpen ? noteForm(p, l) : nothing}
        </li>`;
      })}
    </ul>`;
  };

  const passageView = (p: Passage, n: number) => {
    const editing = ui.editing === p.id;
    const linking = ui.linking === p.id;
    const said = ui.said?.passage === p.id ? ui.said : null;
    const toggle = (which: 'editing' | 'linking', focus: string) => () => {
      const open = ui[which] !== p.id;
      // One form at a time: linking words of a text being rewritten would link the old words.
      ui.editing = null;
      ui.linking = null;
      ui[which] = open ? p.id : null;
      ui.said = null;
      ctx.redraw();
      if (open) focusLater(ctx, focus);
    };
    return html`<div class="editor-passage" role="group" aria-label=${t('editor.passageN', { n })} data-editor-passage=${p.id} tabindex="-1">
      ${
        editing
          ? editForm(p)
          : html`<p class="editor-passage-text" data-passage-text=${p.id} lang=${packLang()}>
              ${passageRuns(p).map((r) =>
                r.feature
                  ? html`<mark
                      class="term editor-term"
                      data-run
                      data-feature=${r.feature}
                      title=${t('editor.linkedToTitle', { feature: nameOf(index, r.feature) })}
                      >${r.text}</mark
                    >`
                  : html`<span data-run>${r.text}</span>`,
              )}
            </p>`
      }
      <div class="editor-passage-tools">
        <button
          type="button"
          class="editor-button"
          data-tool="link-selected"
          ?disabled=${editing}
          @mousedown=${(e: MouseEvent) => {
            // Keeps the words selected: pressing a button would otherwise clear the selection in some browsers.
            e.preventDefault();
            const el = ctx.doc.querySelector(byAttr('data-passage-text', p.id));
            const range = el && selectedIn(el);
            ui.snapshot = range ? { passage: p.id, range } : null;
          }}
          @click=${() => linkSelected(p)}
        >
          ${t('editor.linkSelected')}
        </button>
        <button
          type="button"
          class="editor-button"
          data-tool="link-words"
          aria-expanded=${linking ? 'true' : 'false'}
          @click=${toggle('linking', `#${CSS.escape(`editor-link-words-${p.id}`)}`)}
        >
          ${t('editor.linkWords')}
        </button>
        <button
          type="button"
          class="editor-button"
          data-tool="edit"
          aria-expanded=${editing ? 'true' : 'false'}
          @click=${toggle('editing', `#${CSS.escape(`editor-passage-edit-${p.id}`)}`)}
        >
          ${t('editor.edit')}
        </button>
      </div>
      ${pick?.passage === p.id ? pickBox(p, pick) : nothing} ${linking ? linkForm(p) : nothing}
      ${said ? html`<p class="editor-article-said" data-tone=${said.tone} role=${said.tone === 'refused' ? 'alert' : 'status'}>${said.text()}</p>` : nothing}
      ${linksList(p, n)}
    </div>`;
  };

  let n = 0;
  return html`${draft.article.sections.map(
    (s) =>
      html`<section class="editor-article-part" aria-labelledby=${`editor-h-${s.id}`}>
        ${
          s.heading
            ? html`<h4 class="editor-article-heading" id=${`editor-h-${s.id}`} data-editor-section=${s.id} tabindex="-1" lang=${packLang()}>${s.heading}</h4>`
            : html`<p class="editor-article-heading editor-hint" id=${`editor-h-${s.id}`} data-editor-section=${s.id} tabindex="-1">
                ${t('editor.beforeFirstHeading')}
              </p>`
        }
        ${s.passages.map((p) => passageView(p, ++n))}
      </section>`,
  )}`;
}
