// The one schema for the content pack: used by the app at load, by the unit tests and by `npm run validate`.
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { CORRIDOR_KINDS, CORRIDOR_MODES, CORRIDOR_STATUSES, COUNTRY_ROLES, INFRASTRUCTURE_STATUSES, PLACE_TYPES, WORLD_BBOX, type Bbox } from './types.ts';
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

export const lngLat = z.custom<Position>(() => true).check(
  z.superRefine((p, ctx) => {
    const problem = positionProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

/** An array of at least `min` positions, each checked as `lngLat` is (issues name the position's index). */
function positions(min: number) {
  return z.custom<Position[]>((v) => Array.isArray(v), { message: 'expected an array of positions' }).check(
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

// --- Authored content ---------------------------------------------------------------------------------------

/**
 * Text shown to readers. It is always rendered as text; markup in it is reported by validatePack (the item is
 * kept and shown literally, so a stray "<" never costs content).
 */
export const plainText = z.string().check(z.minLength(1));

/** Anything that looks like an HTML tag. */
export const MARKUP = /<\s*\/?\s*[a-z!][^>]*>/i;

export const sourceIds = z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'every statement needs at least one source'));

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

export const placeIdSchema = idSchema<PlaceId>(/^place:[a-z0-9][a-z0-9-]*$/, 'a place id is place: and a lowercase slug');
export const corridorIdSchema = idSchema<CorridorId>(/^corridor:[a-z0-9][a-z0-9-]*$/, 'a corridor id is corridor: and a lowercase slug');
export const passageIdSchema = idSchema<PassageId>(/^passage:[a-z0-9-]+$/, 'a passage id is passage: and a lowercase slug');

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

export const featureIdSchema = idSchema<MapFeatureId>(
  /^(country:[A-Z]{3}|corridor:[a-z0-9-]+|place:[a-z0-9-]+|river:[a-z0-9-]+)$/,
  'not a feature id (country:, corridor:, place: or river:)',
);

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

const figure = z.object({
  value: z.nullable(z.number()),
  unit: z.string(),
  year: z.nullable(z.int()),
  sources: z.array(z.string()),
  note: z.nullable(plainText),
});
export type Figure = z.infer<typeof figure>;
const sourcedValue = <T extends z.ZodMiniType>(value: T) => z.looseObject({ value, sources: sourceIds, note: z.optional(z.nullable(plainText)) });
const sourcedText = z.looseObject({ text: plainText, sources: sourceIds });

// The Mekong's facts beyond its length (the river card): all optional, each figure of the same shape.
const riverFigure = z.object({ value: z.nullable(z.number()), unit: z.string(), year: z.nullable(z.int()), sources: z.array(z.string()), note: z.nullable(z.string()) });
const riverExtras = z.object({
  basinAreaKm2: z.optional(z.nullable(riverFigure)),
  meanAnnualDischargeKm3: z.optional(z.nullable(riverFigure)),
  names: z.optional(
    z.nullable(
      z.object({
        value: z.array(z.object({ lang: z.string(), text: z.string(), note: z.optional(z.nullable(z.string())) })),
        sources: z.array(z.string()),
      }),
    ),
  ),
  byCountry: z.optional(
    z.array(
      z.object({
        country: countryIdSchema,
        basinAreaKm2: z.optional(z.nullable(riverFigure)),
        shareOfBasin: z.optional(z.array(riverFigure)),
        shareOfCountryInBasin: z.optional(z.array(riverFigure)),
        flowShare: z.optional(z.nullable(riverFigure)),
      }),
    ),
  ),
  notes: z.optional(z.array(z.object({ text: z.string(), sources: z.array(z.string()), countries: z.optional(z.array(z.string())) }))),
});

export const countriesFile = z.object({
  countries: z.array(
    z.looseObject({
      id: countryIdSchema,
      iso3: z.string().check(z.regex(/^[A-Z]{3}$/)),
      iso2: z.string().check(z.regex(/^[A-Z]{2}$/)),
      role: z.enum(COUNTRY_ROLES),
      nameCommon: plainText,
      nameOfficial: sourcedValue(plainText),
      nativeNames: z.array(
        z.looseObject({
          lang: z.enum(['km', 'lo', 'th', 'vi', 'my', 'zh']),
          script: z.string(),
          common: plainText,
          official: z.nullable(plainText),
          romanized: z.nullable(plainText),
          /** An abbreviation of the official name (the letters of a "… PDR", say), never shown as the common name. */
          abbreviation: z.optional(z.nullable(plainText)),
          sources: sourceIds,
        }),
      ),
      capital: z.looseObject({ value: plainText, placeId: z.nullable(placeIdSchema), sources: sourceIds }),
      population: figure,
      area: z.array(figure).check(z.minLength(1)),
      gdp: figure,
      landlocked: sourcedValue(z.boolean()),
      aseanMemberSince: z.looseObject({ value: z.nullable(z.string()), sources: z.array(z.string()), note: z.nullable(plainText) }),
      currency: z.looseObject({ value: plainText, code: z.string().check(z.regex(/^[A-Z]{3}$/)), sources: sourceIds }),
      officialLanguages: sourcedValue(z.array(plainText)),
      mekongBasinShare: z.nullable(figure),
      seaports: z.looseObject({ value: z.array(plainText), sources: z.array(z.string()), note: z.nullable(plainText) }),
      story: sourcedText,
    }),
  ),
  mekong: z.looseObject({ id: z.literal('river:mekong'), lengthKm: z.array(figure), ...riverExtras.shape }),
  bilateral: z.looseObject({
    pair: z.tuple([countryIdSchema, countryIdSchema]),
    relationsSince: sourcedValue(z.string()),
    anniversary: sourcedValue(plainText),
    partnership: z.looseObject({ value: plainText, since: z.nullable(z.string()), sources: sourceIds }),
    roadBorderCrossings: z.looseObject({ text: plainText, placeId: placeIdSchema, sources: sourceIds }),
    border: z.looseObject({
      lengthKm: figure,
      /** How much of the border is demarcated, as of each figure's date (what is left is said in its note). */
      demarcatedPct: z.array(figure).check(z.minLength(1)),
      treatySigned: sourcedValue(z.string()),
      /** How much of the border is still to be demarcated, as of when, as a sentence. */
      status: sourcedText,
      /** What the border drawn on the map is (a de facto line from the base map's data), with its sources. */
      mapNote: sourcedText,
    }),
    energy: sourcedText,
    trade: z.looseObject({
      unit: z.literal('US$'),
      series: z.array(
        z.looseObject({ year: z.int(), value: z.number().check(z.positive()), qualifier: z.nullable(z.string()), caveat: z.nullable(plainText), sources: sourceIds }),
      ),
      missingYears: z.array(z.int()),
      missingNote: plainText,
      target: z.looseObject({ value: z.number().check(z.positive()), year: z.int(), sources: sourceIds, note: plainText }),
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

// --- The pack's manifest (pack.json) ------------------------------------------------------------------------

/** A box [west, south, east, north] within the world's bounds, west of east and south of north. */
export const bboxSchema = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90)), z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]).check(
  z.refine((b) => b[0] < b[2] && b[1] < b[3], 'a box is [west, south, east, north] with west < east and south < north'),
);

/** A colour as #rrggbb. */
export const colourSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'));
/** One colour for every theme, or one per theme (a theme not named uses the light one). */
export const themedColour = z.union([colourSchema, z.object({ light: colourSchema, projector: z.optional(colourSchema), 'high-contrast': z.optional(colourSchema) })]);

/** The files a pack may hold, each under its one name (base/ for the base map). */
export const PACK_FILE_NAMES = [
  'pack.json',
  'sources.json',
  'places.geojson',
  'corridors.geojson',
  'article.json',
  'countries.json',
  'tour.json',
  'base/countries.geojson',
  'base/country-labels.geojson',
  'base/borders.geojson',
  'base/mekong.geojson',
  'base/rivers.geojson',
  'base/lakes.geojson',
  'base/towns.geojson',
  'base/sea-labels.geojson',
] as const;

export const packManifest = z.object({
  /** For editors: the JSON Schema this file follows. */
  $schema: z.optional(z.string()),
  /** The pack's id: it is kept on the device under it and named in the URL (?story=<id>). */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a pack id is a lowercase slug (letters, digits, hyphens)')),
  /** The page's title and the header's title. */
  title: plainText.check(z.maxLength(120)),
  /** The header's line under the title. */
  subtitle: plainText.check(z.maxLength(240)),
  /** The language of the article (a BCP 47 tag: en, fr, lo, km …). */
  lang: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or fr-CA')),
  /** The map's name for screen readers ("Map of …"). */
  mapLabel: plainText,
  /** The region the pack's data covers: every position lies inside it; the map is veiled outside it. */
  extent: bboxSchema,
  /** Where the story happens: the camera frames a big country only as far as it reaches into this (default: extent). */
  frameExtent: z.optional(bboxSchema),
  /** The first view: a box to fit, or a centre and zoom. */
  firstView: z.union([
    z.object({ bounds: bboxSchema }),
    z.object({ center: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]), zoom: z.number().check(z.gte(0), z.lte(18)) }),
  ]),
  /** The "How can … reach the sea?" comparison in the Routes tab (left out: no comparison). */
  comparison: z.optional(
    z.object({
      title: plainText,
      /** What the Routes tab offers, as the empty selection card says it ("compares the ways … can reach the sea"). */
      hint: plainText,
      /** The places the comparison starts from. */
      origins: z.array(placeIdSchema).check(z.minLength(1)),
      /** Waypoints that count as an origin (a dry port or station in a city): origin id → place ids. */
      standIns: z.optional(z.record(placeIdSchema, z.array(placeIdSchema))),
    }),
  ),
  /** The panel on two countries in the Countries tab, from countries.json's `bilateral` (left out: no panel). */
  bilateral: z.optional(
    z.object({
      /** The panel's heading. */
      title: plainText,
      /** The pair's short name in the chart's title and the button on the two countries' cards ("A–B"). */
      pairName: plainText,
      pair: z.tuple([countryIdSchema, countryIdSchema]),
    }),
  ),
  /** The corridor kinds the pack uses, in legend order, with their labels and colours. */
  corridorKinds: z.array(z.object({ id: z.enum(CORRIDOR_KINDS), label: plainText, colour: themedColour })),
  /** The place types the pack uses, in legend order, with their labels (and colours, else the explorer's). */
  placeTypes: z.array(z.object({ id: z.enum(PLACE_TYPES), label: plainText, colour: z.optional(themedColour) })).check(z.minLength(1)),
  /** Every file the pack holds (pack.json, sources.json, places.geojson and article.json at least). */
  files: z.array(z.enum(PACK_FILE_NAMES)).check(z.minLength(1)),
  /** "built-in": the base map's files (base/…) the pack does not hold are the explorer's own. */
  baseMap: z.optional(z.literal('built-in')),
});
export type PackManifest = z.infer<typeof packManifest>;
export type PackFileName = (typeof PACK_FILE_NAMES)[number];
