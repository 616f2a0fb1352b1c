// The open story's settings, from its pack.json: titles, language, extent, first view, the comparison, the
// two-country panel, and the labels and colours of corridor kinds and place types. The pack is chosen before
// the store exists and stays for the page's life (switching story reloads the page), so the settings are set
// once at start-up (`setStory`) and read by the map's style, the panels and the tour through `story()`.
// The explorer's code names no country or town of any story: everything story-specific is here, from the pack.
import type { PackManifest } from './schema.ts';
import { CORRIDOR_KINDS, PLACE_TYPES, WORLD_BBOX, type Bbox, type CorridorKind, type PlaceId, type PlaceType, type ThemeName } from './types.ts';

export type ThemedColour = string | { readonly light: string; readonly projector?: string | undefined; readonly 'high-contrast'?: string | undefined };

export interface StorySettings {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly lang: string;
  readonly mapLabel: string;
  /** The data's extent: positions lie inside it, the map is veiled outside it. */
  readonly extent: Bbox;
  /** Where the story happens: a big country is framed only as far as it reaches into this. */
  readonly frameExtent: Bbox;
  readonly firstView: { readonly bounds: Bbox } | { readonly center: readonly [number, number]; readonly zoom: number };
  readonly comparison: {
    readonly title: string;
    readonly hint: string;
    readonly origins: readonly PlaceId[];
    readonly standIns: Readonly<Record<PlaceId, readonly PlaceId[]>>;
  } | null;
  readonly bilateral: { readonly title: string; readonly pairName: string; readonly pair: readonly [string, string] } | null;
  /** The corridor kinds of the story, in legend order. */
  readonly corridorKinds: readonly { readonly id: CorridorKind; readonly label: string; readonly colour?: ThemedColour | undefined }[];
  /** The place types of the story, in legend order. */
  readonly placeTypes: readonly { readonly id: PlaceType; readonly label: string; readonly colour?: ThemedColour | undefined }[];
}

/** Plain names of the kinds and types, for a story that does not name them. */
const KIND_DEFAULT: Readonly<Record<CorridorKind, string>> = {
  'port-access': 'Port access',
  'agri-export': 'Farm exports',
  alternative: 'Alternative routes',
  energy: 'Energy trade',
};
const TYPE_DEFAULT: Readonly<Record<PlaceType, string>> = {
  capital: 'Capital',
  city: 'City',
  town: 'Town',
  seaport: 'Seaport',
  'river-port': 'River port',
  'dry-port': 'Dry port',
  'railway-station': 'Railway station',
  'border-crossing': 'Border crossing',
  bridge: 'Bridge',
  dam: 'Dam',
  falls: 'Falls',
  canal: 'Canal',
};

/** What the explorer shows when no pack.json could be read: the whole world, no comparison, plain names. */
export const DEFAULT_STORY: StorySettings = {
  id: 'unnamed',
  title: 'Connectivity Explorer',
  subtitle: '',
  lang: 'en',
  mapLabel: 'Map',
  extent: WORLD_BBOX,
  frameExtent: WORLD_BBOX,
  firstView: { bounds: WORLD_BBOX },
  comparison: null,
  bilateral: null,
  corridorKinds: CORRIDOR_KINDS.map((id) => ({ id, label: KIND_DEFAULT[id] })),
  placeTypes: PLACE_TYPES.map((id) => ({ id, label: TYPE_DEFAULT[id] })),
};

export function storyFromManifest(m: PackManifest): StorySettings {
  return {
    id: m.id,
    title: m.title,
    subtitle: m.subtitle,
    lang: m.lang,
    mapLabel: m.mapLabel,
    extent: m.extent,
    frameExtent: m.frameExtent ?? m.extent,
    firstView: m.firstView,
    comparison: m.comparison
      ? { title: m.comparison.title, hint: m.comparison.hint, origins: m.comparison.origins, standIns: m.comparison.standIns ?? {} }
      : null,
    bilateral: m.bilateral ?? null,
    corridorKinds: m.corridorKinds,
    placeTypes: m.placeTypes,
  };
}

let current: StorySettings = DEFAULT_STORY;

/** The open story's settings. */
export function story(): StorySettings {
  return current;
}

/** Sets the open story (once, at start-up; the unit tests set the built-in one). */
export function setStory(s: StorySettings): void {
  current = s;
}

/** How a corridor kind is named in the legend, the lists and the cards. */
/** The explorer's own name of a corridor kind (what a pack that lists it without a label of its own would show). */
export function defaultKindLabel(kind: CorridorKind): string {
  return KIND_DEFAULT[kind];
}

export function kindLabel(kind: CorridorKind): string {
  return current.corridorKinds.find((k) => k.id === kind)?.label ?? KIND_DEFAULT[kind];
}

/** How a place type is named. */
export function placeTypeLabel(type: PlaceType): string {
  return current.placeTypes.find((t) => t.id === type)?.label ?? TYPE_DEFAULT[type];
}

/** A themed colour in one theme: the theme's own, else the light one. */
export function colourIn(c: ThemedColour | undefined, theme: ThemeName): string | undefined {
  if (c === undefined) return undefined;
  return typeof c === 'string' ? c : (c[theme] ?? c.light);
}
