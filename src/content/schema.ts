// The one schema for the content pack: used by the app at load, by the unit tests and by `npm run validate`.
import { z } from 'zod';
import { CORRIDOR_KINDS, CORRIDOR_MODES, CORRIDOR_STATUSES, COUNTRY_ROLES, PLACE_TYPES, REGION_BBOX } from './types.ts';


// No code generation: zod would otherwise try `new Function` (its JIT), which the app's CSP forbids.
// Must run before any schema is built.
z.config({ jitless: true });

const [W, S, E, N] = REGION_BBOX;

type Position = [number, number];
const OUTSIDE = `coordinates outside the region (lon ${W}..${E}, lat ${S}..${N})`;

/** What is wrong with one position, or null. A plain loop: the base map has tens of thousands of them. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return 'expected a position: [longitude, latitude] as two numbers';
  }
  const [lng, lat] = p as Position;
  return lng >= W && lng <= E && lat >= S && lat <= N ? null : OUTSIDE;
}

export const lngLat = z.custom<Position>(() => true).superRefine((p, ctx) => {
  const problem = positionProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** An array of at least `min` positions, each checked as `lngLat` is (issues name the position's index). */
function positions(min: number) {
  return z.custom<Position[]>((v) => Array.isArray(v), { message: 'expected an array of positions' }).superRefine((xs, ctx) => {
    if (xs.length < min) ctx.addIssue({ code: 'custom', message: `Too small: expected at least ${min} positions` });
    for (let i = 0; i < xs.length; i++) {
      const problem = positionProblem(xs[i]);
      if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [i] });
    }
  });
}

const ring = positions(4);
export const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export const lineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: positions(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(positions(2)).min(1) }),
]);
export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: lngLat });

export function featureCollection<G extends z.ZodType, P extends z.ZodType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.union([z.number(), z.string()]).optional(),
        geometry,
        properties,
      }),
    ),
  });
}

export const countryIdSchema = z.string().regex(/^country:[A-Z]{3}$/, 'a country id is country: and an ISO 3166 alpha-3 code');

export const baseCountries = featureCollection(
  polygonGeometry,
  z.object({ id: countryIdSchema, iso3: z.string().regex(/^[A-Z]{3}$/), name: z.string().min(1), role: z.enum(COUNTRY_ROLES) }),
);

export const baseCountryLabels = featureCollection(
  pointGeometry,
  z.object({
    id: countryIdSchema,
    iso3: z.string().regex(/^[A-Z]{3}$/),
    name: z.string().min(1),
    nameNative: z.string().min(1).nullable(),
    nativeLang: z.string().nullable(),
    role: z.enum(COUNTRY_ROLES),
  }),
);

export const baseLines = featureCollection(lineGeometry, z.record(z.string(), z.unknown()));
export const basePolygons = featureCollection(polygonGeometry, z.record(z.string(), z.unknown()));
export const basePoints = featureCollection(pointGeometry, z.record(z.string(), z.unknown()));

export type BaseCountries = z.infer<typeof baseCountries>;
export type BaseCountryLabels = z.infer<typeof baseCountryLabels>;

// --- Authored content ---------------------------------------------------------------------------------------

/**
 * Text shown to readers. It is always rendered as text; markup in it is reported by validatePack (the item is
 * kept and shown literally, so a stray "<" never costs content).
 */
export const plainText = z.string().min(1);

/** Anything that looks like an HTML tag. */
export const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

export const sourceIds = z.array(z.string().min(1)).min(1, 'every statement needs at least one source');

export const sourcesFile = z.object({
  sources: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i),
      title: plainText,
      publisher: plainText.nullable(),
      url: z.url().nullable(),
      date: z.string().nullable(),
      weak: z.boolean(),
      licence: z.string().nullable(),
      supports: z.string().nullable(),
    }),
  ),
});
export type SourcesFile = z.infer<typeof sourcesFile>;
export type Source = SourcesFile['sources'][number];

export const placeIdSchema = z.string().regex(/^place:[a-z0-9][a-z0-9-]*$/, 'a place id is place: and a lowercase slug');
export const corridorIdSchema = z.string().regex(/^corridor:[a-z0-9][a-z0-9-]*$/, 'a corridor id is corridor: and a lowercase slug');

export const placesFile = featureCollection(
  pointGeometry,
  z.object({
    id: placeIdSchema,
    name: plainText,
    localName: plainText.nullable(),
    localLang: z.enum(['km', 'lo', 'th', 'vi', 'zh', 'my']).nullable(),
    country: z.string().regex(/^[A-Z]{3}$/),
    type: z.enum(PLACE_TYPES),
    approximate: z.boolean(),
    uncertaintyKm: z.number().positive().nullable(),
    coordinateNote: plainText.nullable(),
    description: plainText,
    sources: sourceIds,
  }),
);
export type PlacesFile = z.infer<typeof placesFile>;
export type PlaceProps = PlacesFile['features'][number]['properties'];

const corridorLeg = z.object({
  from: placeIdSchema,
  to: placeIdSchema,
  mode: z.enum(CORRIDOR_MODES),
  quality: z.enum(['traced', 'schematic']),
  via: plainText,
  geometrySource: z.enum(['osm', 'natural-earth']).nullable(),
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
});

export const corridorsFile = featureCollection(
  z.object({ type: z.literal('LineString'), coordinates: positions(2) }),
  z.object({
    id: corridorIdSchema,
    name: plainText,
    shortName: plainText.max(32),
    kind: z.enum(CORRIDOR_KINDS),
    mode: z.enum([...CORRIDOR_MODES, 'mixed']),
    modes: z.array(z.enum(CORRIDOR_MODES)).min(1),
    status: z.enum(CORRIDOR_STATUSES),
    statusNote: plainText.nullable(),
    waypoints: z.array(placeIdSchema).min(2),
    origin: placeIdSchema,
    destination: placeIdSchema,
    legs: z.array(corridorLeg).min(1),
    quality: z.enum(['traced', 'schematic', 'partly-schematic']),
    description: plainText,
    publishedLengths: z.array(
      z.object({ from: placeIdSchema, to: placeIdSchema, km: z.number().positive(), sources: sourceIds, note: plainText.nullable() }),
    ),
    sources: sourceIds,
  }),
);
export type CorridorsFile = z.infer<typeof corridorsFile>;
export type CorridorFeature = CorridorsFile['features'][number];
export type CorridorProps = CorridorFeature['properties'];
export type CorridorLeg = z.infer<typeof corridorLeg>;

export const featureIdSchema = z
  .string()
  .regex(/^(country:[A-Z]{3}|corridor:[a-z0-9-]+|place:[a-z0-9-]+|river:[a-z0-9-]+)$/, 'not a feature id (country:, corridor:, place: or river:)');

export const articleFile = z.object({
  title: plainText,
  context: plainText,
  headline: plainText,
  caption: plainText,
  sources: sourceIds,
  sections: z
    .array(
      z.object({
        id: z.string().regex(/^section:[a-z0-9-]+$/),
        heading: plainText.nullable(),
        passages: z
          .array(
            z.object({
              id: z.string().regex(/^passage:[a-z0-9-]+$/, 'a passage id is passage: and a lowercase slug'),
              text: plainText,
              links: z.array(z.object({ feature: featureIdSchema, terms: z.array(z.string().min(1)), note: plainText.optional() })),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type ArticleFile = z.infer<typeof articleFile>;
export type Passage = ArticleFile['sections'][number]['passages'][number];

const figure = z.object({
  value: z.number().nullable(),
  unit: z.string(),
  year: z.int().nullable(),
  sources: z.array(z.string()),
  note: plainText.nullable(),
});
export type Figure = z.infer<typeof figure>;
const sourcedValue = <T extends z.ZodType>(value: T) => z.looseObject({ value, sources: sourceIds, note: plainText.nullable().optional() });
const sourcedText = z.looseObject({ text: plainText, sources: sourceIds });

export const countriesFile = z.object({
  countries: z.array(
    z.looseObject({
      id: countryIdSchema,
      iso3: z.string().regex(/^[A-Z]{3}$/),
      iso2: z.string().regex(/^[A-Z]{2}$/),
      role: z.enum(COUNTRY_ROLES),
      nameCommon: plainText,
      nameOfficial: sourcedValue(plainText),
      nativeNames: z.array(
        z.looseObject({
          lang: z.enum(['km', 'lo', 'th', 'vi', 'my', 'zh']),
          script: z.string(),
          common: plainText,
          official: plainText.nullable(),
          romanized: plainText.nullable(),
          sources: sourceIds,
        }),
      ),
      capital: z.looseObject({ value: plainText, placeId: placeIdSchema.nullable(), sources: sourceIds }),
      population: figure,
      area: z.array(figure).min(1),
      gdp: figure,
      landlocked: sourcedValue(z.boolean()),
      aseanMemberSince: z.looseObject({ value: z.string().nullable(), sources: z.array(z.string()), note: plainText.nullable() }),
      currency: z.looseObject({ value: plainText, code: z.string().regex(/^[A-Z]{3}$/), sources: sourceIds }),
      officialLanguages: sourcedValue(z.array(plainText)),
      mekongBasinShare: figure.nullable(),
      seaports: z.looseObject({ value: z.array(plainText), sources: z.array(z.string()), note: plainText.nullable() }),
      story: sourcedText,
    }),
  ),
  mekong: z.looseObject({ id: z.literal('river:mekong'), lengthKm: z.array(figure) }),
  bilateral: z.looseObject({
    pair: z.tuple([countryIdSchema, countryIdSchema]),
    relationsSince: sourcedValue(z.string()),
    anniversary: sourcedValue(plainText),
    partnership: z.looseObject({ value: plainText, since: z.string().nullable(), sources: sourceIds }),
    roadBorderCrossings: z.looseObject({ text: plainText, placeId: placeIdSchema, sources: sourceIds }),
    energy: sourcedText,
    trade: z.looseObject({
      unit: z.literal('US$'),
      series: z.array(
        z.looseObject({ year: z.int(), value: z.number().positive(), qualifier: z.string().nullable(), caveat: plainText.nullable(), sources: sourceIds }),
      ),
      missingYears: z.array(z.int()),
      missingNote: plainText,
      target: z.looseObject({ value: z.number().positive(), year: z.int(), sources: sourceIds, note: plainText }),
    }),
  }),
});
export type CountriesFile = z.infer<typeof countriesFile>;
export type CountryFacts = CountriesFile['countries'][number];
export type Bilateral = CountriesFile['bilateral'];

export const tourFile = z.object({
  title: plainText,
  steps: z
    .array(
      z.object({
        id: z.string().regex(/^step:[a-z0-9-]+$/, 'a step id is step: and a lowercase slug'),
        kind: z.enum(['title', 'step', 'closing']),
        title: plainText,
        /** Short text shown under the title on title and closing slides (the project's own words). */
        subtitle: plainText.nullable(),
        passage: z.string().regex(/^passage:[a-z0-9-]+$/).nullable(),
        /** Features the camera frames and highlights. */
        features: z.array(featureIdSchema),
        /** Corridors revealed at this step (they stay revealed on later steps). */
        reveal: z.array(corridorIdSchema),
        notes: plainText,
        sources: z.array(z.string()),
      }),
    )
    .min(3),
});
export type TourFile = z.infer<typeof tourFile>;
export type TourStep = TourFile['steps'][number];
