// The first view's part of this catalogue (see PART_AREAS in ../types.ts).
import * as shell from './shell.ts';
import * as format from './format.ts';
import * as explore from './explore.ts';
import * as pupils from './pupils.ts';

export const messages = { ...shell.messages, ...format.messages, ...explore.messages, ...pupils.messages };
export const unsure = { ...shell.unsure, ...format.unsure, ...explore.unsure, ...pupils.unsure };
