// What every section of the editor's panel is given. A section is a lit-html template of the store's editor
// session: it reads the draft from `session.history.draft`, makes every change through the store's actions
// (`editDraft`, `setPick`, `undoEdit` …) and never touches the map: a click on the map reaches it through the
// store (`session.pick`, answered by `pickOnMap`).
import type { TemplateResult } from 'lit-html';
import type { ContentIndex } from '../../content/index.ts';
import type { EditorProblem, TraceLine } from '../../editor/index.ts';
import type { EditorSession } from '../../state/editor-slice.ts';
import type { AppStore } from '../../state/store.ts';

export interface EditorContext {
  readonly store: AppStore;
  readonly doc: Document;
  /** The draft as the explorer opened it last (its features by id, with countries of the base map). */
  readonly index: () => ContentIndex;
  /** The draft's problems, as last checked (the one schema and the truth rules). */
  readonly problems: () => readonly EditorProblem[];
  /** Road, railway and river lines a route's legs follow where they are near (loaded on first use). */
  readonly lines: () => Promise<readonly TraceLine[]>;
  /** Says something to screen readers (a polite live region). */
  readonly announce: (text: string) => void;
  /**
   * Keeps the draft as a story on this device (in place of one with its id) and opens it: rejects with why not
   * (a pack the explorer would refuse).
   */
  readonly keepAsStory: () => Promise<void>;
  /** Draws the panel again (after a section's own state changed, e.g. a form opened). */
  readonly redraw: () => void;
}

export type SectionView = (ctx: EditorContext, session: EditorSession) => TemplateResult;
