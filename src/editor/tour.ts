// The classroom tour (tour.json): steps in order, each framing and highlighting features, revealing routes from
// then on, and showing a passage. The first step added makes the tour (titled as the pack); removing the last
// one removes it. A tour needs three steps to be shown: problemsOf says so until it has them.
import { corridorIdSchema, featureIdSchema } from '../content/schema.ts';
import type { CorridorId, MapFeatureId } from '../content/types.ts';
import { t } from '../i18n/index.ts';
import { idsOf, put, type Draft, type Step } from './draft.ts';
import { done, refuse, type Edit, type Refused } from './edit.ts';
import { unknownSources } from './sources.ts';
import { cleanLine, uniqueId } from './text.ts';

export interface StepArgs {
  /** title (the first slide), step, or closing (the last slide); left out: step. */
  readonly kind?: Step['kind'];
  readonly title: string;
  /** The line under the title on a title or closing slide. */
  readonly subtitle?: string | null;
  /** The passage the step shows beside the map. */
  readonly passageId?: string | null;
  /**
   * The features the step frames and highlights: the format has one list for the step's view and its selection
   * (the camera frames what is highlighted).
   */
  readonly features?: readonly string[];
  /** Routes that appear from this step on. */
  readonly reveal?: readonly string[];
  /** The teacher's notes, shown in the presenter view; left out, problemsOf asks for them. */
  readonly notes?: string;
  readonly sourceIds?: readonly string[];
}

/** The ids checked and typed, or the refusal: an unknown passage, place, route or source is never written. */
function checked(draft: Draft, args: Partial<StepArgs>): { features?: MapFeatureId[]; reveal?: CorridorId[] } | Refused {
  if (args.passageId && !draft.article.sections.some((s) => s.passages.some((p) => p.id === args.passageId)))
    return refuse(t('lesson.noSuchPassage', { id: args.passageId }));
  const places = new Set<string>(draft.places.features.map((f) => f.properties.id));
  const routes = new Set<string>(draft.corridors?.features.map((f) => f.properties.id));
  const features: MapFeatureId[] = [];
  for (const id of args.features ?? []) {
    const r = featureIdSchema.safeParse(id);
    if (!r.success || (id.startsWith('place:') && !places.has(id)) || (id.startsWith('corridor:') && !routes.has(id)))
      return refuse(t('lesson.noSuchFeature', { id }));
    features.push(r.data);
  }
  const reveal: CorridorId[] = [];
  for (const id of args.reveal ?? []) {
    const r = corridorIdSchema.safeParse(id);
    if (!r.success || !routes.has(id)) return refuse(t('lesson.noSuchRoute', { id }));
    reveal.push(r.data);
  }
  const unknown = unknownSources(draft, args.sourceIds ?? []);
  if (unknown) return unknown;
  return { ...(args.features ? { features } : {}), ...(args.reveal ? { reveal } : {}) };
}

function withSteps(draft: Draft, steps: Step[]): Draft {
  return put(draft, { tour: steps.length ? { title: draft.tour?.title ?? draft.manifest.title, steps } : null });
}

/** Adds a step at index `at` (left out: at the end); its id is a slug of its title, made unique. */
export function addStep(draft: Draft, args: StepArgs, at?: number): Edit<{ readonly id: string }> {
  const ids = checked(draft, args);
  if ('ok' in ids) return ids;
  const title = cleanLine(args.title);
  const id = uniqueId((slug) => `step:${slug}`, title, 'step', idsOf(draft));
  const subtitle = args.subtitle ? cleanLine(args.subtitle) : '';
  const step: Step = {
    id,
    kind: args.kind ?? 'step',
    title,
    subtitle: subtitle || null,
    passage: args.passageId ?? null,
    features: ids.features ?? [],
    reveal: ids.reveal ?? [],
    notes: cleanLine(args.notes ?? ''),
    sources: [...(args.sourceIds ?? [])],
  };
  const steps = [...(draft.tour?.steps ?? [])];
  steps.splice(at ?? steps.length, 0, step);
  return done(withSteps(draft, steps), t('lesson.labelAddStep', { title }), { id });
}

/** Changes a step's fields (its id stays). */
export function updateStep(draft: Draft, id: string, patch: Partial<StepArgs>): Edit {
  const old = draft.tour?.steps.find((s) => s.id === id);
  if (!draft.tour || !old) return refuse(t('lesson.noSuchStep', { id }));
  const ids = checked(draft, patch);
  if ('ok' in ids) return ids;
  const s: Step = { ...old, ...ids };
  if (patch.kind !== undefined) s.kind = patch.kind;
  if (patch.title !== undefined) s.title = cleanLine(patch.title);
  if (patch.subtitle !== undefined) s.subtitle = patch.subtitle ? cleanLine(patch.subtitle) || null : null;
  if (patch.passageId !== undefined) s.passage = patch.passageId;
  if (patch.notes !== undefined) s.notes = cleanLine(patch.notes);
  if (patch.sourceIds !== undefined) s.sources = [...patch.sourceIds];
  return done(
    withSteps(
      draft,
      draft.tour.steps.map((x) => (x === old ? s : x)),
    ),
    t('lesson.labelEditStep', { title: s.title }),
    {},
  );
}

/** Moves the step at index `from` to index `to` (the others keep their order). */
export function moveStep(draft: Draft, from: number, to: number): Edit {
  const steps = [...(draft.tour?.steps ?? [])];
  const ok = (i: number) => Number.isInteger(i) && i >= 0 && i < steps.length;
  if (!ok(from) || !ok(to)) return refuse(t('lesson.noStepNumber', { number: ok(from) ? to + 1 : from + 1 }));
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return done(from === to ? draft : withSteps(draft, steps), t('lesson.labelMoveStep', { title: step!.title }), {});
}

/** Removes a step (and the tour with its last step). */
export function removeStep(draft: Draft, id: string): Edit {
  const old = draft.tour?.steps.find((s) => s.id === id);
  if (!draft.tour || !old) return refuse(t('lesson.noSuchStep', { id }));
  return done(
    withSteps(
      draft,
      draft.tour.steps.filter((s) => s !== old),
    ),
    t('lesson.labelRemoveStep', { title: old.title }),
    {},
  );
}
