// What the buttons of the editor's lists share: a visible word (Edit, Remove, Move up) and, for screen readers, the
// item it acts on; and Edit itself, which opens the item's form in place.
import { html, type TemplateResult } from 'lit-html';
import { t } from '../../i18n/index.ts';

/**
 * A button's text: `visible` shown, `full` its name for screen readers. When the full name begins with the visible
 * words (as in English, "Edit" and "Edit “Rivers”"), the rest is visually hidden after them; else the two are given
 * apart, so that a language may put the item first.
 */
export function named(visible: string, full: string): TemplateResult {
  return full.startsWith(visible)
    ? html`${visible}<span class="visually-hidden">${full.slice(visible.length)}</span>`
    : html`<span aria-hidden="true">${visible}</span><span class="visually-hidden">${full}</span>`;
}

/** Opens or closes the item's form (`data-edit`: focus goes back to it when the form closes). */
export function editButton(itemName: string, open: boolean, toggle: () => void): TemplateResult {
  return html`<button type="button" class="editor-button" data-edit aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>
    ${named(t('editor.edit'), t('editor.editTitled', { title: itemName }))}
  </button>`;
}
