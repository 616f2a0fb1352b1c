import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'lesson'> = {};

export const unsure: Unsure<'lesson'> = {};
