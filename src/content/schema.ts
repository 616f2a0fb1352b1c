// The one schema for the content pack: used by the app at load, by the unit tests and by `npm run validate`.
// The pieces every file is built of, countries.json and pack.json have files of their own, re-exported here.
import { z } from 'zod/mini';
import { CORRIDOR_KINDS, CORRIDOR_MODES, CORRIDOR_STATUSES, INFRASTRUCTURE_STATUSES, PLACE_TYPES } from './types.ts';
import {
  corridorIdSchema,
  featureCollection,
  featureIdSchema,
  passageIdSchema,
  placeIdSchema,
  plainText,
  pointGeometry,
  positions,
  sourceIds,
} from './schema-base.ts';

export * from './schema-base.ts';
export * from './schema-countries.ts';
export * from './schema-pack.ts';

// --- Authored content ---------------------------------------------------------------------------------------

export const sourcesFile = z.object({
  sources: z.array(
    z.object({
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]*$/i)),
      title: plainText,
      publisher: z.nullable(plainText),
      url: z.nullable(z.url()),
      date: z.nullable(z.string()),
      weak: z.boolean(),
      licence: z.nullable(z.string()),
      supports: z.nullable(z.string()),
    }),
  ),
});
export type SourcesFile = z.infer<typeof sourcesFile>;
export type Source = SourcesFile['sources'][number];

export const placesFile = featureCollection(
  pointGeometry,
  z.object({
    id: placeIdSchema,
    name: plainText,
    localName: z.nullable(plainText),
    localLang: z.nullable(z.enum(['km', 'lo', 'th', 'vi', 'zh', 'my'])),
    country: z.string().check(z.regex(/^[A-Z]{3}$/)),
    type: z.enum(PLACE_TYPES),
    approximate: z.boolean(),
    uncertaintyKm: z.nullable(z.number().check(z.positive())),
    coordinateNote: z.nullable(plainText),
    description: plainText,
    sources: sourceIds,
  }),
);
export type PlacesFile = z.infer<typeof placesFile>;

const corridorLeg = z.object({
  from: placeIdSchema,
  to: placeIdSchema,
  mode: z.enum(CORRIDOR_MODES),
  quality: z.enum(['traced', 'schematic']),
  via: plainText,
  geometrySource: z.nullable(z.enum(['osm', 'natural-earth'])),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** How the content build traces the leg: the kit lines it follows (none: drawn straight), and why a long way
   *  round is right, if it is. Authored data for scripts/build-content.mjs; the app ignores it. */
  trace: z.optional(
    z.object({
      lines: z.array(z.string().check(z.regex(/^(road|rail|river):[a-z0-9-]+$/))),
      detour: z.optional(plainText),
    }),
  ),
});

export const corridorsFile = featureCollection(
  z.object({ type: z.literal('LineString'), coordinates: positions(2) }),
  z.object({
    id: corridorIdSchema,
    name: plainText,
    shortName: plainText.check(z.maxLength(32)),
    kind: z.enum(CORRIDOR_KINDS),
    mode: z.enum([...CORRIDOR_MODES, 'mixed']),
    modes: z.array(z.enum(CORRIDOR_MODES)).check(z.minLength(1)),
    status: z.enum(CORRIDOR_STATUSES),
    infrastructure: z.enum(INFRASTRUCTURE_STATUSES),
    /** What the sources say of the corridor's use and its infrastructure, and when (required: a status is a claim). */
    statusNote: plainText,
    waypoints: z.array(placeIdSchema).check(z.minLength(2)),
    origin: placeIdSchema,
    destination: placeIdSchema,
    legs: z.array(corridorLeg).check(z.minLength(1)),
    quality: z.enum(['traced', 'schematic', 'partly-schematic']),
    description: plainText,
    publishedLengths: z.array(
      z.object({ from: placeIdSchema, to: placeIdSchema, km: z.number().check(z.positive()), sources: sourceIds, note: z.nullable(plainText) }),
    ),
    sources: sourceIds,
  }),
);
export type CorridorsFile = z.infer<typeof corridorsFile>;
export type CorridorFeature = CorridorsFile['features'][number];
export type CorridorLeg = z.infer<typeof corridorLeg>;

export const articleFile = z.object({
  title: plainText,
  context: plainText,
  headline: plainText,
  caption: plainText,
  sources: sourceIds,
  sections: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^section:[a-z0-9-]+$/)),
        heading: z.nullable(plainText),
        passages: z
          .array(
            z.object({
              id: passageIdSchema,
              text: plainText,
              links: z.array(
                z.object({
                  feature: featureIdSchema,
                  terms: z.array(z.string().check(z.minLength(1))),
                  /** The explorer's own note on the link (the article does not say it), with its own sources. */
                  note: z.optional(z.object({ text: plainText, sources: sourceIds })),
                }),
              ),
            }),
          )
          .check(z.minLength(1)),
      }),
    )
    .check(z.minLength(1)),
});
export type ArticleFile = z.infer<typeof articleFile>;
export type Passage = ArticleFile['sections'][number]['passages'][number];

export const tourFile = z.object({
  title: plainText,
  steps: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^step:[a-z0-9-]+$/, 'a step id is step: and a lowercase slug')),
        kind: z.enum(['title', 'step', 'closing']),
        title: plainText,
        /** Short text shown under the title on title and closing slides (the project's own words). */
        subtitle: z.nullable(plainText),
        passage: z.nullable(z.string().check(z.regex(/^passage:[a-z0-9-]+$/))),
        /** Features the camera frames and highlights. */
        features: z.array(featureIdSchema),
        /** Corridors revealed at this step (they stay revealed on later steps). */
        reveal: z.array(corridorIdSchema),
        notes: plainText,
        sources: z.array(z.string()),
      }),
    )
    .check(z.minLength(3)),
});
export type TourFile = z.infer<typeof tourFile>;
export type TourStep = TourFile['steps'][number];
