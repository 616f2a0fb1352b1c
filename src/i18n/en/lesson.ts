// English: the source catalogue for lesson. Keys start with "lesson."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`lesson.${string}`, Message>>;
