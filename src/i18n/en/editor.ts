// English: the source catalogue for editor. Keys start with "editor."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {} satisfies Readonly<Record<`editor.${string}`, Message>>;
