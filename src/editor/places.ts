// Places (places.geojson): points with a name, a local name, a type, an uncertainty and sources.
//
// Removing a place also removes the passage links to it and its place among a tour step's framed features (the
// edit lists them in `removed`, and Undo brings them back): they only point at the place. It is refused while a
// route runs through the place or pack.json or countries.json names it, since those would be left wrong or
// without their anchor: the teacher changes them first, and the refusal says where they are.
import type { PlacesFile } from '../content/schema.ts';
import type { PlaceId, PlaceType } from '../content/types.ts';
import { t } from '../i18n/index.ts';
import { idsOf, put, type Draft, type Place } from './draft.ts';
import { done, refuse, type Edit, type Location } from './edit.ts';
import { isRemovable, referencesTo, withoutFeature } from './references.ts';
import { retraceThrough } from './routes.ts';
import { unknownSources } from './sources.ts';
import { cleanLine, uniqueId } from './text.ts';
import type { TraceLine } from './trace.ts';

type LocalLang = Place['properties']['localLang'];

export interface PlaceArgs {
  readonly name: string;
  /** The name in the country's own script, with its language (km, lo, th, vi, zh, my). */
  readonly localName?: string | null;
  readonly localLang?: LocalLang;
  readonly type: PlaceType;
  /** [longitude, latitude]. */
  readonly position: readonly [number, number];
  /** How far off an estimated position may be; given, the place is marked approximate. */
  readonly uncertaintyKm?: number | null;
  /**
   * The ISO 3166 alpha-3 code of its country. The editor has no base map to find it in: the UI gives it
   * (countryAt in src/analysis/corridors.ts); left out, problemsOf reports it missing.
   */
  readonly country?: string;
  readonly description?: string;
  /** Where the position comes from ("GeoNames town point", "read off the map, about 2 km"). */
  readonly coordinateNote?: string | null;
  readonly sourceIds: readonly string[];
}

const round = (x: number) => Math.round(x * 1e5) / 1e5 + 0;
const orNull = (v: string | null | undefined) => (v == null || cleanLine(v) === '' ? null : cleanLine(v));

function withPlaces(draft: Draft, features: PlacesFile['features']): Draft {
  return put(draft, { places: { ...draft.places, features } });
}

/** Adds a place; its id is a slug of its name, made unique. Required text left out stays empty for problemsOf to show. */
export function addPlace(draft: Draft, args: PlaceArgs): Edit<{ readonly id: PlaceId }> {
  const unknown = unknownSources(draft, args.sourceIds);
  if (unknown) return unknown;
  const name = cleanLine(args.name);
  const id = uniqueId((slug): PlaceId => `place:${slug}`, name, 'place', idsOf(draft));
  const uncertainty = args.uncertaintyKm ?? null;
  const place: Place = {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round(args.position[0]), round(args.position[1])] },
    properties: {
      id,
      name,
      localName: orNull(args.localName),
      localLang: args.localLang ?? null,
      country: args.country ?? '',
      type: args.type,
      approximate: uncertainty !== null,
      uncertaintyKm: uncertainty,
      coordinateNote: orNull(args.coordinateNote),
      description: cleanLine(args.description ?? ''),
      sources: [...args.sourceIds],
    },
  };
  return done(withPlaces(draft, [...draft.places.features, place]), t('lesson.labelAddPlace', { name }), { id });
}

/**
 * Changes a place's fields (its id stays: links, routes and steps name it). A new position redraws the legs of
 * the routes through the place along `lines` (the roads, railways and rivers the UI has; a leg with no line near
 * both its ends is drawn straight), so that no route is left ending where the place was; `retraced` lists them.
 */
export function updatePlace(
  draft: Draft,
  id: string,
  patch: Partial<PlaceArgs>,
  lines: readonly TraceLine[] = [],
): Edit<{ readonly retraced: readonly string[] }> {
  const old = draft.places.features.find((f) => f.properties.id === id);
  if (!old) return refuse(t('lesson.noSuchPlace', { id }));
  const unknown = unknownSources(draft, patch.sourceIds ?? []);
  if (unknown) return unknown;
  const p = { ...old.properties };
  if (patch.name !== undefined) p.name = cleanLine(patch.name);
  if (patch.localName !== undefined) p.localName = orNull(patch.localName);
  if (patch.localLang !== undefined) p.localLang = patch.localLang;
  if (patch.type !== undefined) p.type = patch.type;
  if (patch.uncertaintyKm !== undefined) [p.uncertaintyKm, p.approximate] = [patch.uncertaintyKm, patch.uncertaintyKm !== null];
  if (patch.country !== undefined) p.country = patch.country;
  if (patch.description !== undefined) p.description = cleanLine(patch.description);
  if (patch.coordinateNote !== undefined) p.coordinateNote = orNull(patch.coordinateNote);
  if (patch.sourceIds !== undefined) p.sources = [...patch.sourceIds];
  const position: [number, number] = patch.position ? [round(patch.position[0]), round(patch.position[1])] : old.geometry.coordinates;
  const moved = position[0] !== old.geometry.coordinates[0] || position[1] !== old.geometry.coordinates[1];
  const place: Place = { ...old, geometry: moved ? { type: 'Point', coordinates: position } : old.geometry, properties: p };
  const next = withPlaces(
    draft,
    draft.places.features.map((f) => (f === old ? place : f)),
  );
  const { draft: retraced, routes } = moved ? retraceThrough(next, p.id, lines) : { draft: next, routes: [] };
  return done(retraced, t('lesson.labelEditPlace', { name: p.name }), { retraced: routes });
}

/** Removes a place and the links and tour references to it (see the top of this file); refused while routes, pack.json or countries.json name it. */
export function removePlace(draft: Draft, id: string): Edit<{ readonly removed: readonly Location[] }> {
  const old = draft.places.features.find((f) => f.properties.id === id);
  if (!old) return refuse(t('lesson.noSuchPlace', { id }));
  const refs = referencesTo(draft, id);
  const blocking = refs.filter((r) => !isRemovable(r));
  if (blocking.length) {
    return refuse(t('lesson.placeInUse', { name: old.properties.name }), blocking);
  }
  const next = put(
    withPlaces(
      draft,
      draft.places.features.filter((f) => f !== old),
    ),
    withoutFeature(draft, id),
  );
  return done(next, t('lesson.labelRemovePlace', { name: old.properties.name }), { removed: refs });
}
