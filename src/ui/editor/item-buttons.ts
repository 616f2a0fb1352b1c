// A button the items of the editor's lists share (a source, a tour step): Edit, which opens the item's form in place,
// named for screen readers by the item it acts on.
import { html, type TemplateResult } from 'lit-html';

/** Opens or closes the item's form (`data-edit`: focus goes back to it when the form closes). */
export function editButton(itemName: string, open: boolean, toggle: () => void): TemplateResult {
  return html`<button type="button" class="editor-button" data-edit aria-expanded=${open ? 'true' : 'false'} @click=${toggle}>
    Edit<span class="visually-hidden"> “${itemName}”</span>
  </button>`;
}
