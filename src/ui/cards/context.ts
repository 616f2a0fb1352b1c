import type { ContentIndex } from '../../content/index.ts';
import type { AppStore } from '../../state/store.ts';

/** What every card template is given: the content indexes and the store (for actions). Never the map. */
export interface CardContext {
  readonly index: ContentIndex;
  readonly store: AppStore;
}
