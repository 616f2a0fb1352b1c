// The Article section's own state: which of its forms is open, what it said last, what it moved focus to. Kept
// here, out of the store, because none of it is the draft's (undo never needs it); one per draft being edited.
import type { EditorContext } from './context.ts';

export type Tone = 'done' | 'refused';

export interface Said {
  readonly tone: Tone;
  /** Worded when drawn, so that it follows a change of the interface's language. */
  readonly text: () => string;
}

export interface ArticleUi {
  readonly draftId: string;
  /** The text box holds words not applied yet; `base` is the article's text when the typing began. */
  dirty: boolean;
  base: string;
  /** What the text box said last (a paste refused, an apply's outcome). */
  textSaid: Said | null;
  /** The passage whose text is being edited in place, whose "Link words" form is open, and the link whose note is. */
  editing: string | null;
  linking: string | null;
  note: { readonly passage: string; readonly feature: string } | null;
  /** What a passage's own controls said last. */
  said: (Said & { readonly passage: string }) | null;
  /** The go-to request last answered (`session.focus.seq`), and the pick whose chooser was focused. */
  focusSeq: number;
  pickKey: string | null;
  /** Offsets chosen in a passage when its "Link selected words" was pressed (a click may clear the selection). */
  snapshot: { readonly passage: string; readonly range: readonly [number, number] } | null;
}

let ui: ArticleUi | null = null;

export function uiOf(draftId: string): ArticleUi {
  if (ui?.draftId !== draftId)
    ui = {
      draftId,
      dirty: false,
      base: '',
      textSaid: null,
      editing: null,
      linking: null,
      note: null,
      said: null,
      focusSeq: -1,
      pickKey: null,
      snapshot: null,
    };
  return ui;
}

/**
 * Focuses an element once the panel has been drawn (it may not exist yet): by selector, scrolled into view. The
 * panel draws in the same task as the change that asks for it, so a microtask comes after it (a frame could come
 * seconds later on a busy map, and take the focus from wherever the teacher has gone since).
 */
export function focusLater(ctx: EditorContext, selector: string, scroll = false): void {
  queueMicrotask(() => {
    const el = ctx.doc.querySelector<HTMLElement>(selector);
    if (!el) return;
    // What is inside a closed <details> cannot take focus.
    const details = el.closest('details');
    if (details && !details.open) details.open = true;
    if (scroll) el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: scroll });
  });
}

/** A selector for an element whose attribute holds an id (ids hold ':' and may hold other characters). */
export const byAttr = (attr: string, value: string): string => `[${attr}="${value.replace(/["\\]/g, '\\$&')}"]`;
