// A pack's files: those the app validates and uses itself, and the base-map files it hands to the map.

/** The files of a pack that the app validates and uses itself (the rest of geo/base goes straight to the map). */
export const PACK_FILES = {
  /** The pack's manifest: its titles, extent, first view, comparison, kinds and types, and its list of files. */
  manifest: 'pack.json',
  countries: 'base/countries.geojson',
  countryLabels: 'base/country-labels.geojson',
  sources: 'sources.json',
  places: 'places.geojson',
  corridors: 'corridors.geojson',
  article: 'article.json',
  facts: 'countries.json',
  tour: 'tour.json',
} as const;
export type PackKey = keyof typeof PACK_FILES;

/** Base-map files the map draws as they are (validated by the unit tests and the CLI, not at run time). */
export const MAP_ONLY_FILES = {
  /** Land beyond the countries file's box, for wide screens: the same properties as base/countries.geojson. */
  context: 'base/context.geojson',
  borders: 'base/borders.geojson',
  mekong: 'base/mekong.geojson',
  rivers: 'base/rivers.geojson',
  lakes: 'base/lakes.geojson',
  towns: 'base/towns.geojson',
  seaLabels: 'base/sea-labels.geojson',
} as const;

/** A pack's parsed JSON, file by file, before validation. */
export type RawPack = Partial<Record<PackKey, unknown>>;
