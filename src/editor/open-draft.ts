// A draft as the explorer opens a pack: validated by the one schema (validatePack, as the pack reader does) and
// drawn from the same parts, with the explorer's own base map where the draft leaves it to the explorer. One
// validation gives both what the map and panels draw and the problems the editor lists.
import type { MapOnlyKey, OpenedPack } from '../content/pack-reader.ts';
import { MAP_ONLY_FILES, validatePack } from '../content/validate.ts';
import { rawPackOf, type Draft } from './draft.ts';
import { problemsWith, type BuiltInBase, type EditorProblem } from './problems.ts';

export interface OpenedDraft {
  readonly pack: OpenedPack;
  readonly problems: readonly EditorProblem[];
}

/**
 * Opens a draft. `builtIn` is the explorer's base map (its countries and their labels, parsed) and `baseUrl` the
 * folder its other files are served from (the map fetches those itself, once).
 */
export function openDraft(draft: Draft, builtIn: BuiltInBase, baseUrl: string): OpenedDraft {
  const valid = validatePack(rawPackOf(draft, builtIn));
  const mapFiles = {} as Record<MapOnlyKey, unknown>;
  for (const [key, file] of Object.entries(MAP_ONLY_FILES) as [MapOnlyKey, string][]) {
    mapFiles[key] = draft.base[key] ?? (draft.manifest.baseMap === 'built-in' ? new URL(file, baseUrl).href : { type: 'FeatureCollection', features: [] });
  }
  return { pack: { ...valid, mapFiles }, problems: problemsWith(draft, valid.problems) };
}
