// The schema of countries.json: each country's facts with their sources, the Mekong's, and the story's pair of
// countries. Part of the one content schema (schema.ts re-exports it).
import { z } from 'zod/mini';
import { COUNTRY_ROLES } from './types.ts';
import { countryIdSchema, placeIdSchema, plainText, sourceIds } from './schema-base.ts';

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
const riverFigure = z.object({
  value: z.nullable(z.number()),
  unit: z.string(),
  year: z.nullable(z.int()),
  sources: z.array(z.string()),
  note: z.nullable(z.string()),
});
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
        z.looseObject({
          year: z.int(),
          value: z.number().check(z.positive()),
          qualifier: z.nullable(z.string()),
          caveat: z.nullable(plainText),
          sources: sourceIds,
        }),
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
