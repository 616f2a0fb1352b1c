// What the editor's Places and Routes sections share: the sources a form cites, the words for what a removal took
// with it, and bringing an entry into view when a problem's "Go to it" asks for it.
import { html, nothing, type TemplateResult } from 'lit-html';
import { PACK_FILES } from '../../content/pack-layout.ts';
import type { Draft, Location } from '../../editor/index.ts';
import { packText } from '../../i18n/bind.ts';
import { t } from '../../i18n/index.ts';
import type { EditorContext } from './context.ts';

/** A text field of a submitted form, trimmed. */
export const fieldOf = (data: FormData, name: string): string => String(data.get(name) ?? '').trim();

/** One checkbox per source of the draft, those in `chosen` ticked (read back with `data.getAll('sources')`). */
export function sourceBoxes(draft: Draft, chosen: readonly string[]): TemplateResult {
  const sources = draft.sources.sources;
  return html`<fieldset class="editor-fieldset">
    <legend>${t('editor.sources')}</legend>
    ${
      sources.length === 0
        ? html`<p class="editor-hint">${t('editor.noSourcesYet')}</p>`
        : sources.map(
            (s) =>
              html`<label class="editor-check"
                ><input type="checkbox" name="sources" value=${s.id} ?checked=${chosen.includes(s.id)} @change=${clearSourcesCheck} /><span
                  >${packText(s.title)}${s.weak ? html` <span class="editor-hint">${t('editor.weakerSource')}</span>` : nothing}</span
                ></label
              >`,
          )
    }
  </fieldset>`;
}

function clearSourcesCheck(e: Event): void {
  const form = (e.currentTarget as HTMLInputElement).form;
  form?.querySelectorAll<HTMLInputElement>('input[name="sources"]').forEach((b) => b.setCustomValidity(''));
}

/**
 * Whether the form cites a source, as the schema requires (a file with an item that cites none does not open, and
 * the map would draw none of its places or routes); if not, the browser says so at the first checkbox.
 */
export function citesSource(form: HTMLFormElement): boolean {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="sources"]')];
  if (boxes.length === 0 || boxes.some((b) => b.checked)) return true;
  boxes[0]!.setCustomValidity(t('editor.chooseOneSource'));
  boxes[0]!.reportValidity();
  return false;
}

/** What a removal took with it, in words ("2 passage links and 1 tour step reference"), or ''. */
export function removedWords(removed: readonly Location[]): string {
  const links = removed.filter((r) => r.file === PACK_FILES.article).length;
  const steps = removed.length - links;
  const linkWords = t('editor.passageLinkCount', { count: links });
  const stepWords = t('editor.stepReferenceCount', { count: steps });
  return links && steps ? t('editor.linksAndSteps', { links: linkWords, steps: stepWords }) : links ? linkWords : steps ? stepWords : '';
}

/** The name of a removal that took links or tour references with it (for Undo and the notice). */
export const removalLabel = (action: string, took: string): string => t('editor.removalWith', { action, took });

/**
 * After the panel is drawn, brings the element of `entry` (an element with `data-<attr>` equal to `id`) into view
 * and focuses its `focus` descendant (or the entry itself).
 */
export function focusEntry(ctx: EditorContext, attr: string, id: string | null, focus: string): void {
  const win = ctx.doc.defaultView;
  win?.requestAnimationFrame(() => {
    const entries = [...ctx.doc.querySelectorAll<HTMLElement>(`[data-${attr}]`)];
    const entry = id === null ? entries[0] : entries.find((e) => e.getAttribute(`data-${attr}`) === id);
    if (!entry) return;
    entry.scrollIntoView({ block: 'nearest' });
    const target = entry.querySelector<HTMLElement>(focus) ?? entry;
    target.focus();
  });
}
