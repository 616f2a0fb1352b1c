import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'present'> = {};

export const unsure: Unsure<'present'> = {};
