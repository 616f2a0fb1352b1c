// The pieces every file's schema is built of: positions checked against the pack's region, geometries, feature
// collections, typed ids and reader-facing text; and the base map's files. Part of the one content schema
// (schema.ts re-exports it).
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { COUNTRY_ROLES, WORLD_BBOX, type Bbox } from './types.ts';
import type { CorridorId, CountryId, MapFeatureId, PassageId, PlaceId } from './types.ts';

// No code generation: zod would otherwise try `new Function` (its JIT), which the app's CSP forbids.
// Must run before any schema is built. zod/mini has no default locale: English messages are set here.
z.config({ jitless: true, ...en() });

type Position = [number, number];

/**
 * The region positions must lie in: the pack's own extent (pack.json) while validatePack runs, the whole world
 * otherwise. Validation is synchronous, so `withRegion` sets it for one run and puts the world back after.
 */
let [W, S, E, N]: Bbox = WORLD_BBOX;
let OUTSIDE = outsideMessage();
function outsideMessage(): string {
  return `coordinates outside the region (lon ${W}..${E}, lat ${S}..${N})`;
}
export function withRegion<T>(extent: Bbox | null, run: () => T): T {
  // The world's bounds always apply, whatever a pack says its extent is.
  const [w, s, e, n] = extent ?? WORLD_BBOX;
  [W, S, E, N] = [Math.max(w, WORLD_BBOX[0]), Math.max(s, WORLD_BBOX[1]), Math.min(e, WORLD_BBOX[2]), Math.min(n, WORLD_BBOX[3])];
  OUTSIDE = outsideMessage();
  try {
    return run();
  } finally {
    [W, S, E, N] = WORLD_BBOX;
    OUTSIDE = outsideMessage();
  }
}

/** What is wrong with one position, or null. A plain loop: the base map has tens of thousands of them. */
function positionProblem(p: unknown): string | null {
  if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    return 'expected a position: [longitude, latitude] as two numbers';
  }
  const [lng, lat] = p as Position;
  return lng >= W && lng <= E && lat >= S && lat <= N ? null : OUTSIDE;
}

export const lngLat = z
  .custom<Position>(() => true)
  .check(
    z.superRefine((p, ctx) => {
      const problem = positionProblem(p);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  );

/** An array of at least `min` positions, each checked as `lngLat` is (issues name the position's index). */
export function positions(min: number) {
  return z
    .custom<Position[]>((v) => Array.isArray(v), { message: 'expected an array of positions' })
    .check(
      z.superRefine((xs, ctx) => {
        if (xs.length < min) ctx.addIssue({ code: 'custom', message: `Too small: expected at least ${min} positions` });
        for (let i = 0; i < xs.length; i++) {
          const problem = positionProblem(xs[i]);
          if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [i] });
        }
      }),
    );
}

const ring = positions(4);
export const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)) }),
]);
export const lineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: positions(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(positions(2)).check(z.minLength(1)) }),
]);
export const pointGeometry = z.object({ type: z.literal('Point'), coordinates: lngLat });

export function featureCollection<G extends z.ZodMiniType, P extends z.ZodMiniType>(geometry: G, properties: P) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.optional(z.union([z.number(), z.string()])),
        geometry,
        properties,
      }),
    ),
  });
}

/**
 * An id: a string checked against its pattern, typed by its prefix (`country:…`, `place:…`), so that parsed
 * content carries typed ids. The pattern guarantees the prefix; the schema object is the plain string check
 * (the JSON Schema for editors keeps the pattern).
 */
function idSchema<Id extends string>(pattern: RegExp, message: string) {
  return z.string().check(z.regex(pattern, message)) as unknown as z.ZodMiniType<Id, string>;
}

export const countryIdSchema = idSchema<CountryId>(/^country:[A-Z]{3}$/, 'a country id is country: and an ISO 3166 alpha-3 code');

export const baseCountries = featureCollection(
  polygonGeometry,
  z.object({ id: countryIdSchema, iso3: z.string().check(z.regex(/^[A-Z]{3}$/)), name: z.string().check(z.minLength(1)), role: z.enum(COUNTRY_ROLES) }),
);

export const baseCountryLabels = featureCollection(
  pointGeometry,
  z.object({
    id: countryIdSchema,
    iso3: z.string().check(z.regex(/^[A-Z]{3}$/)),
    name: z.string().check(z.minLength(1)),
    nameNative: z.nullable(z.string().check(z.minLength(1))),
    nativeLang: z.nullable(z.string()),
    role: z.enum(COUNTRY_ROLES),
  }),
);

export const baseLines = featureCollection(lineGeometry, z.record(z.string(), z.unknown()));
export const basePolygons = featureCollection(polygonGeometry, z.record(z.string(), z.unknown()));
export const basePoints = featureCollection(pointGeometry, z.record(z.string(), z.unknown()));

export type BaseCountries = z.infer<typeof baseCountries>;
export type BaseCountryLabels = z.infer<typeof baseCountryLabels>;

/**
 * Text shown to readers. It is always rendered as text; markup in it is reported by validatePack (the item is
 * kept and shown literally, so a stray "<" never costs content).
 */
export const plainText = z.string().check(z.minLength(1));

/** Anything that looks like an HTML tag. */
export const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

export const sourceIds = z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'every statement needs at least one source'));

export const placeIdSchema = idSchema<PlaceId>(/^place:[a-z0-9][a-z0-9-]*$/, 'a place id is place: and a lowercase slug');
export const corridorIdSchema = idSchema<CorridorId>(/^corridor:[a-z0-9][a-z0-9-]*$/, 'a corridor id is corridor: and a lowercase slug');
export const passageIdSchema = idSchema<PassageId>(/^passage:[a-z0-9-]+$/, 'a passage id is passage: and a lowercase slug');

export const featureIdSchema = idSchema<MapFeatureId>(
  /^(country:[A-Z]{3}|corridor:[a-z0-9-]+|place:[a-z0-9-]+|river:[a-z0-9-]+)$/,
  'not a feature id (country:, corridor:, place: or river:)',
);
