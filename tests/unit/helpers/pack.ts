import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACK_FILES, validatePack, type RawPack } from '../../../src/content/validate.ts';
import { packManifest } from '../../../src/content/schema.ts';
import { setStory, storyFromManifest } from '../../../src/content/story.ts';
import { applyStoryColours } from '../../../src/styles/tokens.ts';

export const GEO_DIR = process.env.PACK_DIR ?? resolve(import.meta.dirname, '../../../geo');

/** The built-in story's settings (geo/pack.json): the tests see the explorer as the app opens it. */
export const BUILT_IN_MANIFEST = packManifest.parse(JSON.parse(readFileSync(resolve(GEO_DIR, 'pack.json'), 'utf8')));
setStory(storyFromManifest(BUILT_IN_MANIFEST));
applyStoryColours(storyFromManifest(BUILT_IN_MANIFEST));

/** The real content pack as raw JSON, read from geo/. */
export function readRawPack(dir = GEO_DIR): RawPack {
  return Object.fromEntries(Object.entries(PACK_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as unknown]));
}

export function loadPack() {
  return validatePack(readRawPack());
}
