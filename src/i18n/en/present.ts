// English: the source catalogue for present. Keys start with "present."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`present.${string}`, Message>>;
