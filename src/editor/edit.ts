// What an edit gives back: the new draft (with what it created, or dropped), or a refusal with its reason and the
// places in the pack that cause it; and those places as the UI can go to them (a file, a path in it, and the
// passage, place, route, step or source concerned).
import { formatPath } from '../content/problems.ts';
import { PACK_FILES } from '../content/validate.ts';
import type { Draft } from './draft.ts';

export type TargetKind = 'pack' | 'source' | 'place' | 'route' | 'article' | 'section' | 'passage' | 'tour' | 'step' | 'facts' | 'base';

/** The thing a location is in: its kind and id (null for a whole file, or an item whose id is unreadable). */
export interface Target {
  readonly kind: TargetKind;
  readonly id: string | null;
}

export interface Location {
  /** The file, as the pack names it (article.json, places.geojson …). */
  readonly file: string;
  /** The JSON path inside it, as the problems panel writes it: `sections[0].passages[2].links[1]`. */
  readonly path: string;
  readonly target: Target;
}

/** An edit that was made: the new draft and a label for Undo ("Add place Pakse"), plus what the edit reports. */
export type Done<X extends object = object> = { readonly ok: true; readonly draft: Draft; readonly label: string } & X;

/** An edit that was not made, and why; the draft is unchanged. */
export interface Refused {
  readonly ok: false;
  readonly reason: string;
  readonly where: readonly Location[];
}

export type Edit<X extends object = object> = Done<X> | Refused;

export function done<X extends object>(draft: Draft, label: string, extra: X): Done<X> {
  return { ok: true, draft, label, ...extra };
}

export function refuse(reason: string, where: readonly Location[] = []): Refused {
  return { ok: false, reason, where };
}

const FILE_KIND: Readonly<Record<string, TargetKind>> = {
  [PACK_FILES.manifest]: 'pack',
  [PACK_FILES.sources]: 'source',
  [PACK_FILES.places]: 'place',
  [PACK_FILES.corridors]: 'route',
  [PACK_FILES.article]: 'article',
  [PACK_FILES.tour]: 'tour',
  [PACK_FILES.facts]: 'facts',
};

const idOf = (item: unknown): string | null => {
  const o = item as { id?: unknown; properties?: { id?: unknown } } | undefined;
  const id = o?.properties?.id ?? o?.id;
  return typeof id === 'string' ? id : null;
};

/**
 * Where a path in one of the draft's files points: the passage, place, route, step or source it is inside
 * (paths index the draft's own arrays, which are the files as they will be written).
 */
export function locate(draft: Draft, file: string, path: readonly PropertyKey[] | string): Location {
  const text = typeof path === 'string' ? path : formatPath(path);
  const n = (re: RegExp) => {
    const m = re.exec(text);
    return m ? m.slice(1).map(Number) : null;
  };
  let target: Target = { kind: FILE_KIND[file] ?? 'base', id: null };
  if (file === PACK_FILES.places || file === PACK_FILES.corridors) {
    const [i] = n(/^features\[(\d+)\]/) ?? [];
    const features = file === PACK_FILES.places ? draft.places.features : draft.corridors?.features;
    if (i !== undefined) target = { kind: target.kind, id: idOf(features?.[i]) };
  } else if (file === PACK_FILES.article) {
    const [si, pi] = n(/^sections\[(\d+)\](?:\.passages\[(\d+)\])?/) ?? [];
    const section = si === undefined ? undefined : draft.article.sections[si];
    if (section && pi !== undefined && !Number.isNaN(pi)) target = { kind: 'passage', id: idOf(section.passages[pi]) };
    else if (section) target = { kind: 'section', id: section.id };
  } else if (file === PACK_FILES.tour) {
    const [i] = n(/^steps\[(\d+)\]/) ?? [];
    if (i !== undefined) target = { kind: 'step', id: idOf(draft.tour?.steps[i]) };
  } else if (file === PACK_FILES.sources) {
    const [i] = n(/^sources\[(\d+)\]/) ?? [];
    if (i !== undefined) target = { kind: 'source', id: idOf(draft.sources.sources[i]) };
  } else if (file === PACK_FILES.facts) {
    const [i] = n(/^countries\[(\d+)\]/) ?? [];
    if (i !== undefined) target = { kind: 'facts', id: idOf(draft.facts?.countries[i]) };
  }
  return { file, path: text, target };
}
