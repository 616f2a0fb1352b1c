// Content concepts shared by the schema, the store, the map and the panels.
// Feature ids are typed strings: `country:ABC`, `corridor:a-route`, `place:a-town`, `river:a-river`,
// `passage:a-passage`. The prefix tells the kind.

export type CountryId = `country:${string}`;
export type CorridorId = `corridor:${string}`;
export type PlaceId = `place:${string}`;
export type RiverId = `river:${string}`;
export type PassageId = `passage:${string}`;
export type MapFeatureId = CountryId | CorridorId | PlaceId | RiverId;
export type SelectableId = MapFeatureId | PassageId;

export type FeatureKind = 'country' | 'corridor' | 'place' | 'river' | 'passage';

export const CORRIDOR_KINDS = ['port-access', 'agri-export', 'alternative', 'energy'] as const;
export type CorridorKind = (typeof CORRIDOR_KINDS)[number];

export const CORRIDOR_MODES = ['road', 'rail', 'river', 'power'] as const;
export type CorridorMode = (typeof CORRIDOR_MODES)[number];

/**
 * How the story uses a corridor, apart from whether its road, railway or line exists: a road can be in use while
 * the corridor the story speaks of (one country's cargo to another's ports, say) is only agreed. Only `in-use` and
 * `partly-in-use` are drawn as working routes; the others are drawn hollow.
 */
export const CORRIDOR_STATUSES = ['in-use', 'partly-in-use', 'agreed', 'planned', 'no-service'] as const;
export type CorridorStatus = (typeof CORRIDOR_STATUSES)[number];
/** The statuses of a corridor that nobody is known to use yet. */
export const NOT_IN_USE: readonly CorridorStatus[] = ['agreed', 'planned', 'no-service'];

/** Whether the corridor's road, railway, river or line itself exists and is used, whatever the story plans for it. */
export const INFRASTRUCTURE_STATUSES = ['in-use', 'partly-planned', 'interrupted', 'under-construction', 'planned'] as const;
export type InfrastructureStatus = (typeof INFRASTRUCTURE_STATUSES)[number];

export const PLACE_TYPES = [
  'capital',
  'city',
  'town',
  'seaport',
  'river-port',
  'dry-port',
  'railway-station',
  'border-crossing',
  'bridge',
  'dam',
  'falls',
  'canal',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export const COUNTRY_ROLES = ['focus', 'neighbour', 'context'] as const;
export type CountryRole = (typeof COUNTRY_ROLES)[number];

export const LABEL_LANGS = ['en', 'native', 'both'] as const;
export type LabelLang = (typeof LABEL_LANGS)[number];

export const THEMES = ['light', 'projector', 'high-contrast'] as const;
export type ThemeName = (typeof THEMES)[number];

export function kindOf(id: string): FeatureKind | null {
  const prefix = id.slice(0, id.indexOf(':'));
  switch (prefix) {
    case 'country':
    case 'corridor':
    case 'place':
    case 'river':
    case 'passage':
      return prefix;
    default:
      return null;
  }
}

/** Whether a string is an id the explorer can select (its prefix names a kind). */
export function isSelectableId(id: string): id is SelectableId {
  return kindOf(id) !== null;
}

/** A box: west, south, east, north, in degrees. */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** The world's bounds: no position of any pack lies outside them. A pack's own extent is in its pack.json. */
export const WORLD_BBOX: Bbox = [-180, -90, 180, 90];
