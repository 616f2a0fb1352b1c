import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'quiz'> = {};

export const unsure: Unsure<'quiz'> = {};
