// What is wrong with a draft, checked as the explorer checks a pack it opens: the one schema and the rules of
// validatePack (the truth rules among them), over the draft's files as they would be written, with the explorer's
// own base map where the pack leaves it to the explorer. Each problem says where it is, for the UI to go to.
//
// The reader's own checks before validation hold by construction, but one: a draft's pack.json lists exactly the
// files it holds (put, in draft.ts), the four every pack needs are never missing, and every file is JSON. What
// can still go wrong there is the number of features, checked against the reader's limit.
import { LIMITS } from '../content/pack-files.ts';
import type { Problem } from '../content/problems.ts';
import { PACK_FILES, validatePack } from '../content/validate.ts';
import { t } from '../i18n/index.ts';
import { filesOf, rawPackOf, type Draft } from './draft.ts';
import { locate, type Location } from './edit.ts';

export interface EditorProblem extends Problem, Location {}

/** The explorer's own base map, as the app has it (base/countries.geojson and base/country-labels.geojson, parsed). */
export interface BuiltInBase {
  readonly countries?: unknown;
  readonly countryLabels?: unknown;
}

/**
 * Every problem of the draft, each with its file, its JSON path and the passage, place, route, step or source it
 * concerns. `builtIn` is the explorer's base map: without it, links and steps naming countries go unchecked.
 */
export function problemsOf(draft: Draft, builtIn: BuiltInBase = {}): EditorProblem[] {
  return problemsWith(draft, validatePack(rawPackOf(draft, builtIn)).problems);
}

/** The draft's problems, given what validatePack found in it (for a caller that has validated it already). */
export function problemsWith(draft: Draft, validation: readonly Problem[]): EditorProblem[] {
  const out: EditorProblem[] = [];
  const add = (p: Problem) => out.push({ ...p, ...locate(draft, p.file, p.path) });
  const count = (v: unknown) => (v && typeof v === 'object' && 'features' in v && Array.isArray(v.features) ? v.features.length : 0);
  const features = [...filesOf(draft).values()].reduce<number>((n, v) => n + count(v), 0);
  if (features > LIMITS.features) {
    add({ file: PACK_FILES.manifest, path: '(root)', message: t('lesson.tooManyFeatures', { count: features, limit: LIMITS.features }) });
  }
  validation.forEach(add);
  return out;
}
