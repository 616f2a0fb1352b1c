// The draft's sources as checkboxes, for any form that cites them (a tour step here; places, routes and notes may
// use it too): a source is added once, in the Sources section, and then chosen wherever a statement rests on it.
import '../../styles/editor-tour.css';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { Draft } from '../../editor/index.ts';
import { packText } from '../../i18n/bind.ts';
import { t } from '../../i18n/index.ts';

export interface SourceChecksOptions {
  /** The form field's name (read back with `chosenSources`). */
  readonly name?: string;
  readonly legend?: string;
}

/** A fieldset of one checkbox per source of the draft, those in `chosen` checked. */
export function sourceChecks(draft: Draft, chosen: readonly string[], o: SourceChecksOptions = {}): TemplateResult {
  const sources = draft.sources.sources;
  return html`<fieldset class="editor-checks">
    <legend>${o.legend ?? t('editor.sources')}</legend>
    ${
      sources.length === 0
        ? html`<p class="editor-hint">${t('editor.noSourcesYet')}</p>`
        : repeat(
            sources,
            (s) => s.id,
            (s) =>
              html`<label
                ><input type="checkbox" name=${o.name ?? 'sources'} value=${s.id} ?checked=${chosen.includes(s.id)} /> <span>${packText(s.title)}</span>${
                  s.weak ? html` <span class="source-weak">${t('editor.weak')}</span>` : nothing
                }</label
              >`,
          )
    }
  </fieldset>`;
}

/** The sources ticked in a form built with `sourceChecks`. */
export function chosenSources(form: HTMLFormElement, name = 'sources'): string[] {
  return new FormData(form).getAll(name).map(String);
}
