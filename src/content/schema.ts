// The one schema for the content pack: used by the app at load, by the unit tests and by `npm run validate`.
import { z } from 'zod';
import { COUNTRY_ROLES, REGION_BBOX } from './types.ts';

const [W, S, E, N] = REGION_BBOX;

export const lngLat = z
  .tuple([z.number(), z.number()])
  .refine(([lng, lat]) => lng >= W && lng <= E && lat >= S && lat <= N, { message: `coordinates outside the region (lon ${W}..${E}, lat ${S}..${N})` });

const ring = z.array(lngLat).min(4);
export const polygonGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export const lineGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), coordinates: z.array(lngLat).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(lngLat).min(2)).min(1) }),
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
