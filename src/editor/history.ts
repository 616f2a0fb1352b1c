// Undo and redo over a draft's edits. A history is an immutable value: every method returns a new one (or the
// same one when nothing changed), so the UI's store holds it like any other state and a subscriber sees a change
// by identity or by `version`. Drafts share what an edit left alone, so a hundred of them cost little.
import { t } from '../i18n/index.ts';
import type { Draft } from './draft.ts';
import type { Edit } from './edit.ts';

/** What `apply` takes: an edit's result, a draft, or a function of the current draft giving either. */
export type Change = Edit | Draft;

interface Entry {
  readonly draft: Draft;
  /** The label of the edit that led away from this draft (for "Undo <label>"). */
  readonly label: string;
}

export const DEFAULT_LIMIT = 100;

export class DraftHistory {
  private constructor(
    /** The draft as it is now. */
    readonly draft: Draft,
    private readonly past: readonly Entry[],
    private readonly future: readonly Entry[],
    /** Counts every change of `draft` (edit, undo, redo): a cheap way for a subscriber to notice one. */
    readonly version: number,
    /** How many edits can be undone; the oldest are forgotten beyond it. */
    readonly limit: number,
  ) {
    Object.freeze(this);
  }

  static create(draft: Draft, limit = DEFAULT_LIMIT): DraftHistory {
    return new DraftHistory(draft, [], [], 0, Math.max(1, Math.floor(limit)));
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** The label of the edit Undo would take back, or null. */
  get undoLabel(): string | null {
    return this.past.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.future[0]?.label ?? null;
  }

  /**
   * Makes an edit: the history gains an undo step and loses its redo steps. A refused edit, or one that changed
   * nothing, leaves the history as it is.
   */
  apply(op: Change | ((draft: Draft) => Change)): DraftHistory {
    const change = typeof op === 'function' ? op(this.draft) : op;
    const [next, label] = 'ok' in change ? (change.ok ? [change.draft, change.label] : [this.draft, '']) : [change, t('lesson.labelEdit')];
    if (next === this.draft) return this;
    const past = [...this.past, { draft: this.draft, label }].slice(-this.limit);
    return new DraftHistory(next, past, [], this.version + 1, this.limit);
  }

  undo(): DraftHistory {
    const last = this.past.at(-1);
    if (!last) return this;
    return new DraftHistory(last.draft, this.past.slice(0, -1), [{ draft: this.draft, label: last.label }, ...this.future], this.version + 1, this.limit);
  }

  redo(): DraftHistory {
    const [next, ...future] = this.future;
    if (!next) return this;
    return new DraftHistory(next.draft, [...this.past, { draft: this.draft, label: next.label }], future, this.version + 1, this.limit);
  }
}

/** A history starting at `draft`, keeping `limit` edits to undo (100 unless told). */
export function createHistory(draft: Draft, options: { readonly limit?: number } = {}): DraftHistory {
  return DraftHistory.create(draft, options.limit);
}
