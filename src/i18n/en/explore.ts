// English: the source catalogue for explore. Keys start with "explore."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`explore.${string}`, Message>>;
