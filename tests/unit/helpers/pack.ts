import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACK_FILES, validatePack, type RawPack } from '../../../src/content/validate.ts';

export const GEO_DIR = process.env.PACK_DIR ?? resolve(import.meta.dirname, '../../../geo');

/** The real content pack as raw JSON, read from geo/. */
export function readRawPack(dir = GEO_DIR): RawPack {
  return Object.fromEntries(Object.entries(PACK_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as unknown]));
}

export function loadPack() {
  return validatePack(readRawPack());
}
