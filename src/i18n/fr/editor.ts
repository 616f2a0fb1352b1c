import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'editor'> = {};

export const unsure: Unsure<'editor'> = {};
