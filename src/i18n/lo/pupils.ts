import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'pupils'> = {};

export const unsure: Unsure<'pupils'> = {};
