import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'explore'> = {};

export const unsure: Unsure<'explore'> = {};
