// English: the source catalogue for pupils. Keys start with "pupils."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`pupils.${string}`, Message>>;
