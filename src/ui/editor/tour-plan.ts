// What the editor's Tour section computes without the DOM: what a new step takes from the map as it is now (the
// selection's features and passage, the routes on show that earlier steps have not revealed), and where a dragged
// step lands. Pure, so the unit tests call it directly.
import { kindOf, type SelectableId } from '../../content/types.ts';
import type { Draft, Step } from '../../editor/index.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

const KIND_LABEL: Readonly<Record<Step['kind'], MessageKey>> = { title: 'editor.kindTitle', step: 'editor.kindStep', closing: 'editor.kindClosing' };

/** A step's kind in words ("Title slide"). */
export const kindLabel = (kind: Step['kind']): string => t(KIND_LABEL[kind]);

/** The map features a selection stands for: a passage's linked features, or the feature itself. */
export function featuresOfSelection(selected: SelectableId | null, targetsOf: (id: SelectableId) => readonly SelectableId[]): string[] {
  if (!selected) return [];
  return kindOf(selected) === 'passage' ? [...targetsOf(selected)] : [selected];
}

/** The passage a step from this selection shows: the passage selected, or the first that speaks of the feature. */
export function passageOfSelection(selected: SelectableId | null, draft: Draft, passagesOf: ReadonlyMap<string, readonly string[]>): string | null {
  if (!selected) return null;
  const known = (id: string | undefined) => (id && draft.article.sections.some((s) => s.passages.some((p) => p.id === id)) ? id : null);
  return kindOf(selected) === 'passage' ? known(selected) : known(passagesOf.get(selected)?.[0]);
}

/** The routes the steps before index `at` reveal (a revealed route stays on show for the rest of the tour). */
export function revealedBefore(draft: Draft, at: number): Set<string> {
  return new Set((draft.tour?.steps ?? []).slice(0, Math.max(0, at)).flatMap((s) => s.reveal));
}

export interface RouteChoice {
  readonly id: string;
  /** Its short name (a full name reads as a sentence in a list). */
  readonly name: string;
  /** On show on the map now (its kind is not hidden in the Routes tab). */
  readonly shown: boolean;
}

/** The draft's routes a step added at index `at` could reveal: those earlier steps have not revealed yet. */
export function routesToReveal(draft: Draft, at: number, hiddenKinds: readonly string[]): RouteChoice[] {
  const before = revealedBefore(draft, at);
  return (draft.corridors?.features ?? [])
    .filter((f) => !before.has(f.properties.id))
    .map((f) => ({ id: f.properties.id, name: f.properties.shortName || f.properties.name, shown: !hiddenKinds.includes(f.properties.kind) }));
}

/** The kind a new step most likely is: the first is the title slide. */
export const defaultKind = (draft: Draft): Step['kind'] => (draft.tour?.steps.length ? 'step' : 'title');

/**
 * The gap a pointer at `y` is over, among items whose vertical extents are given in order: 0 before the first,
 * `extents.length` after the last (the item's upper half is the gap above it).
 */
export function gapAt(extents: readonly { readonly top: number; readonly bottom: number }[], y: number): number {
  const i = extents.findIndex((e) => y < (e.top + e.bottom) / 2);
  return i === -1 ? extents.length : i;
}

/** The index a step at `from` takes when dropped into `gap` (the gaps around it leave it where it is). */
export function indexForGap(from: number, gap: number): number {
  return gap > from ? gap - 1 : gap;
}

/** "Step “Mekong” moved to position 2 of 3." */
export const movedText = (title: string, to: number, count: number): string => t('editor.stepMoved', { title, position: to + 1, count });

/** The first words of a text, for a passage named in a list. */
export function firstWords(text: string, n = 8): string {
  const words = text.trim().split(/\s+/);
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

const FIELD_LABEL: Readonly<Record<string, MessageKey>> = {
  id: 'editor.fieldId',
  kind: 'editor.kind',
  title: 'editor.title',
  subtitle: 'editor.subtitle',
  passage: 'editor.fieldPassage',
  features: 'editor.fieldFeatures',
  reveal: 'editor.routesItReveals',
  notes: 'editor.teacherNotes',
  sources: 'editor.sources',
};

/** A step's problem with the field it is in, as the form names it ("Notes for the teacher: …"). */
export function stepProblemText(path: string, message: string): string {
  const field = /^steps\[\d+\]\.(\w+)/.exec(path)?.[1];
  const label = field && Object.hasOwn(FIELD_LABEL, field) ? FIELD_LABEL[field] : undefined;
  return label ? t('editor.fieldProblem', { field: t(label), problem: message }) : message;
}
