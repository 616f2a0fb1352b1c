// The schema of a pack's manifest (pack.json): its titles, extent, first view, comparison, two-country panel,
// legend and files. Part of the one content schema (schema.ts re-exports it).
import { z } from 'zod/mini';
import { CORRIDOR_KINDS, PLACE_TYPES } from './types.ts';
import { countryIdSchema, featureIdSchema, placeIdSchema, plainText, sourceIds } from './schema-base.ts';

/** A box [west, south, east, north] within the world's bounds, west of east and south of north. */
export const bboxSchema = z
  .tuple([
    z.number().check(z.gte(-180), z.lte(180)),
    z.number().check(z.gte(-90), z.lte(90)),
    z.number().check(z.gte(-180), z.lte(180)),
    z.number().check(z.gte(-90), z.lte(90)),
  ])
  .check(z.refine((b) => b[0] < b[2] && b[1] < b[3], 'a box is [west, south, east, north] with west < east and south < north'));

/** A colour as #rrggbb. */
export const colourSchema = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb'));
/** One colour for every theme, or one per theme (a theme not named uses the light one). */
export const themedColour = z.union([
  colourSchema,
  z.object({ light: colourSchema, projector: z.optional(colourSchema), 'high-contrast': z.optional(colourSchema) }),
]);

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
  'base/context.geojson',
  'base/borders.geojson',
  'base/mekong.geojson',
  'base/rivers.geojson',
  'base/lakes.geojson',
  'base/towns.geojson',
  'base/sea-labels.geojson',
] as const;

/**
 * A question of the pack's own for the quiz: a choice among options, one of them the answer, with what the
 * feedback says and the sources it rests on (validatePack checks that the answer is an option and the sources exist).
 */
export const packQuestion = z.object({
  /** Stable within the pack: question: and a lowercase slug. */
  id: z.string().check(z.regex(/^question:[a-z0-9][a-z0-9-]*$/, 'a question id is question: and a lowercase slug')),
  /** The question as the pupil reads it. */
  question: plainText,
  /** The choices, in the order they are offered (at least two, at most six, all different). */
  options: z.array(plainText).check(z.minLength(2), z.maxLength(6)),
  /** The right answer: exactly one of the options. */
  answer: plainText,
  /** The fact the feedback states, in the pack's own words. */
  explanation: plainText,
  sources: sourceIds,
  /** A map feature the answer is about: the teacher's reveal selects and frames it. */
  feature: z.optional(featureIdSchema),
});
export type PackQuestion = z.infer<typeof packQuestion>;

/** A BCP 47 language tag, as the pack's `lang` and its translations' keys. */
const langTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as en or fr-CA'));

/**
 * The pack's own words in another language: its titles and the labels it gives its kinds and types, as written
 * by its author. The article, names, notes and sourced texts have no translations: they are shown as written,
 * marked with the pack's language.
 */
const packTranslation = z.object({
  title: z.optional(plainText.check(z.maxLength(120))),
  subtitle: z.optional(plainText.check(z.maxLength(240))),
  mapLabel: z.optional(plainText),
  comparison: z.optional(z.object({ title: z.optional(plainText), hint: z.optional(plainText) })),
  bilateral: z.optional(z.object({ title: z.optional(plainText), pairName: z.optional(plainText) })),
  corridorKinds: z.optional(z.partialRecord(z.enum(CORRIDOR_KINDS), plainText)),
  placeTypes: z.optional(z.partialRecord(z.enum(PLACE_TYPES), plainText)),
});
export type PackTranslation = z.infer<typeof packTranslation>;

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
  lang: langTag,
  /** The pack's titles and labels in other languages, by language tag (fr, km, lo …): shown when the interface is in one. */
  translations: z.optional(z.record(langTag, packTranslation)),
  /** The map's name for screen readers ("Map of …"). */
  mapLabel: plainText,
  /** The region the pack's data covers: every position lies inside it; the map is veiled outside it. */
  extent: bboxSchema,
  /** Where the story happens: the camera frames a big country only as far as it reaches into this (default: extent). */
  frameExtent: z.optional(bboxSchema),
  /** The first view: a box to fit, or a centre and zoom. */
  firstView: z.union([
    z.object({ bounds: bboxSchema }),
    z.object({
      center: z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]),
      zoom: z.number().check(z.gte(0), z.lte(18)),
    }),
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
  /** The pack's own quiz questions (left out: the quiz asks only what it makes from the data). */
  questions: z.optional(z.array(packQuestion)),
  /** The corridor kinds the pack uses, in legend order, with their labels (and colours, else the explorer's). */
  corridorKinds: z.array(z.object({ id: z.enum(CORRIDOR_KINDS), label: plainText, colour: z.optional(themedColour) })),
  /** The place types the pack uses, in legend order, with their labels (and colours, else the explorer's). */
  placeTypes: z.array(z.object({ id: z.enum(PLACE_TYPES), label: plainText, colour: z.optional(themedColour) })).check(z.minLength(1)),
  /** Every file the pack holds (pack.json, sources.json, places.geojson and article.json at least). */
  files: z.array(z.enum(PACK_FILE_NAMES)).check(z.minLength(1)),
  /** "built-in": the base map's files (base/…) the pack does not hold are the explorer's own. */
  baseMap: z.optional(z.literal('built-in')),
});
export type PackManifest = z.infer<typeof packManifest>;
export type PackFileName = (typeof PACK_FILE_NAMES)[number];
