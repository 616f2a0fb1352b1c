// The editor's part of this catalogue (see PART_AREAS in ../types.ts): its panels' words and the lesson model's.
import * as editor from './editor.ts';
import * as lesson from './lesson.ts';

export const messages = { ...editor.messages, ...lesson.messages };
export const unsure = { ...editor.unsure, ...lesson.unsure };
