// The open story's settings, from its pack.json: titles, language, extent, first view, the comparison, the
// two-country panel, and the labels and colours of corridor kinds and place types. The pack is chosen before
// the store exists and stays for the page's life (switching story reloads the page), so the settings are set
// once at start-up (`setStory`) and read by the map's style, the panels and the tour through `story()`, in the
// interface's language where the pack carries its titles and labels in it (`translations` in pack.json).
// The explorer's code names no country or town of any story: everything story-specific is here, from the pack.
import type { PackManifest, PackTranslation } from './schema.ts';
import { locale, t, type MessageKey } from '../i18n/index.ts';
import { CORRIDOR_KINDS, PLACE_TYPES, WORLD_BBOX, type Bbox, type CorridorKind, type PlaceId, type PlaceType, type ThemeName } from './types.ts';

export type ThemedColour = string | { readonly light: string; readonly projector?: string | undefined; readonly 'high-contrast'?: string | undefined };

export interface StorySettings {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** The language of the pack: its article, names and notes. */
  readonly lang: string;
  /** The language of the titles and labels below: the interface's where the pack translates them, else `lang`. */
  readonly textLang: string;
  /** The pack's titles and labels in other languages (pack.json's `translations`). */
  readonly translations: Readonly<Record<string, PackTranslation>>;
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

/** Plain names of the kinds and types, for a story that does not name them (in the interface's language). */
const KIND_DEFAULT: Readonly<Record<CorridorKind, MessageKey>> = {
  'port-access': 'explore.kindPortAccess',
  'agri-export': 'explore.kindAgriExport',
  alternative: 'explore.kindAlternative',
  energy: 'explore.kindEnergy',
};
const TYPE_DEFAULT: Readonly<Record<PlaceType, MessageKey>> = {
  capital: 'explore.typeCapital',
  city: 'explore.typeCity',
  town: 'explore.typeTown',
  seaport: 'explore.typeSeaport',
  'river-port': 'explore.typeRiverPort',
  'dry-port': 'explore.typeDryPort',
  'railway-station': 'explore.typeRailwayStation',
  'border-crossing': 'explore.typeBorderCrossing',
  bridge: 'explore.typeBridge',
  dam: 'explore.typeDam',
  falls: 'explore.typeFalls',
  canal: 'explore.typeCanal',
};

/** What the explorer shows when no pack.json could be read: the whole world, no comparison, plain names. */
export const DEFAULT_STORY: StorySettings = {
  id: 'unnamed',
  title: 'Connectivity Explorer',
  subtitle: '',
  lang: 'en',
  textLang: 'en',
  translations: {},
  mapLabel: 'Map',
  extent: WORLD_BBOX,
  frameExtent: WORLD_BBOX,
  firstView: { bounds: WORLD_BBOX },
  comparison: null,
  bilateral: null,
  corridorKinds: CORRIDOR_KINDS.map((id) => ({ id, label: t(KIND_DEFAULT[id]) })),
  placeTypes: PLACE_TYPES.map((id) => ({ id, label: t(TYPE_DEFAULT[id]) })),
};

export function storyFromManifest(m: PackManifest): StorySettings {
  return {
    id: m.id,
    title: m.title,
    subtitle: m.subtitle,
    lang: m.lang,
    textLang: m.lang,
    translations: m.translations ?? {},
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
let shown: { readonly base: StorySettings; readonly ui: string; readonly settings: StorySettings } | null = null;

/** A story's settings with its titles and labels in `ui`, where the pack translates them. */
export function storyIn(s: StorySettings, ui: string): StorySettings {
  const tr = ui === s.lang ? undefined : s.translations[ui];
  if (!tr) return s;
  return {
    ...s,
    textLang: ui,
    title: tr.title ?? s.title,
    subtitle: tr.subtitle ?? s.subtitle,
    mapLabel: tr.mapLabel ?? s.mapLabel,
    comparison: s.comparison && { ...s.comparison, title: tr.comparison?.title ?? s.comparison.title, hint: tr.comparison?.hint ?? s.comparison.hint },
    bilateral: s.bilateral && { ...s.bilateral, title: tr.bilateral?.title ?? s.bilateral.title, pairName: tr.bilateral?.pairName ?? s.bilateral.pairName },
    corridorKinds: s.corridorKinds.map((k) => ({ ...k, label: tr.corridorKinds?.[k.id] ?? k.label })),
    placeTypes: s.placeTypes.map((p) => ({ ...p, label: tr.placeTypes?.[p.id] ?? p.label })),
  };
}

/** The open story's settings, its titles and labels in the interface's language where the pack has them. */
export function story(): StorySettings {
  const ui = locale();
  if (shown?.base !== current || shown.ui !== ui) shown = { base: current, ui, settings: storyIn(current, ui) };
  return shown.settings;
}

/** Sets the open story (once, at start-up; the unit tests set the built-in one). */
export function setStory(s: StorySettings): void {
  current = s;
}

/** The explorer's own name of a corridor kind (what a pack that lists it without a label of its own would show). */
export function defaultKindLabel(kind: CorridorKind): string {
  return t(KIND_DEFAULT[kind]);
}

/** How a corridor kind is named: the story's label, in the interface's language where the pack translates it. */
export function kindLabel(kind: CorridorKind): string {
  return story().corridorKinds.find((k) => k.id === kind)?.label ?? t(KIND_DEFAULT[kind]);
}

/** How a place type is named. */
export function placeTypeLabel(type: PlaceType): string {
  return story().placeTypes.find((p) => p.id === type)?.label ?? t(TYPE_DEFAULT[type]);
}

/** A themed colour in one theme: the theme's own, else the light one. */
export function colourIn(c: ThemedColour | undefined, theme: ThemeName): string | undefined {
  if (c === undefined) return undefined;
  return typeof c === 'string' ? c : (c[theme] ?? c.light);
}
