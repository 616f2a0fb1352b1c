// Stub: replaced by presenter mode (the classroom tour).
import type { ContentIndex } from '../content/index.ts';
import type { AppStore } from '../state/store.ts';

export interface PresenterOptions {
  readonly root: HTMLElement;
  readonly store: AppStore;
  readonly index: ContentIndex;
  readonly window: Window;
}

export function mountPresenter(_o: PresenterOptions): () => void {
  return () => undefined;
}
