// English: the source catalogue for quiz. Keys start with "quiz."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`quiz.${string}`, Message>>;
