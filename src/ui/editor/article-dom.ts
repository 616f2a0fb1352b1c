// The Article section's dealings with the page: pastes into its text fields (plain text only, a huge one refused
// whole before it reaches the field), and the words a teacher selected with the mouse, as offsets in a passage.
import { pastedText, pasteProblem } from '../../editor/paste.ts';

type TextField = HTMLTextAreaElement | HTMLInputElement;

/** Above this, a paste is put in directly: the editing command takes seconds for a whole article. */
const UNDOABLE_CHARS = 10_000;

/** Puts text where the field's selection is, as typing would: the field's own undo takes back all but a long paste. */
function insert(field: TextField, text: string): void {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  field.focus();
  if (text && text.length <= UNDOABLE_CHARS && field.ownerDocument.execCommand('insertText', false, text)) return;
  field.setRangeText(text, start, end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Handles a paste into one of the section's text fields: its plain text goes in (HTML read as text when that is
 * all the clipboard has); a paste too big is refused whole, with why. `report` is told the refusal, or null.
 */
export function pastePlain(e: ClipboardEvent, report: (problem: string | null) => void, max?: number): void {
  const field = e.currentTarget as TextField;
  const data = e.clipboardData;
  if (!data) return;
  e.preventDefault();
  const start = field.selectionStart ?? field.value.length;
  const into = { length: field.value.length, replacing: (field.selectionEnd ?? start) - start };
  const got = pastedText(data, into, max);
  if ('problem' in got) return report(got.problem);
  report(null);
  insert(field, field instanceof HTMLInputElement ? got.text.replace(/\s+/g, ' ') : got.text);
}

/** Refuses a drop of text too big for the field (the browser drops the rest as it does, plain). */
export function dropPlain(e: DragEvent, report: (problem: string | null) => void, max?: number): void {
  const field = e.currentTarget as TextField;
  const data = e.dataTransfer;
  if (!data || !data.types.includes('text/plain')) return;
  const problem = pasteProblem(data.getData('text/plain'), { length: field.value.length, replacing: 0 }, max, 'drop');
  if (problem) {
    e.preventDefault();
    report(problem);
  }
}

/**
 * The words selected in the page that fall in a passage's text: offsets [start, end) in it, clipped to it; null
 * when none of them is selected there. `container` holds the text as runs (`data-run` elements, one per plain or
 * linked stretch, in order): only their text counts, whatever white space the markup has between them.
 */
export function selectedIn(container: Element): [number, number] | null {
  const doc = container.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const runs = [...container.querySelectorAll('[data-run]')];
  const offset = (node: Node, at: number) => {
    let total = 0;
    for (const run of runs) {
      const r = doc.createRange();
      r.selectNodeContents(run);
      const where = r.comparePoint(node, at);
      if (where < 0) break;
      if (where > 0) total += run.textContent?.length ?? 0;
      else {
        r.setEnd(node, at);
        return total + r.toString().length;
      }
    }
    return total;
  };
  const start = container.contains(range.startContainer) ? offset(range.startContainer, range.startOffset) : 0;
  const end = container.contains(range.endContainer) ? offset(range.endContainer, range.endOffset) : runs.reduce((n, r) => n + (r.textContent?.length ?? 0), 0);
  return start < end ? [start, end] : null;
}
