// Theme tokens: the only place colours are written. The map style and the legend both read them.
import { colourIn, type StorySettings } from '../content/story.ts';
import { CORRIDOR_KINDS, THEMES, type CorridorKind, type CountryRole, type PlaceType, type ThemeName } from '../content/types.ts';

export interface CorridorTokens {
  readonly color: string;
  /** Dash pattern in line widths; empty for a solid line. Colour and dash together tell kinds apart. */
  readonly dash: readonly number[];
}

export interface Theme {
  readonly name: ThemeName;
  readonly sea: string;
  readonly land: Readonly<Record<CountryRole, string>>;
  readonly landHover: string;
  readonly landSelected: string;
  readonly dimmed: string;
  readonly border: string;
  readonly borderFocus: string;
  readonly coast: string;
  readonly mekong: string;
  readonly river: string;
  readonly lake: string;
  readonly text: string;
  readonly textMuted: string;
  readonly halo: string;
  readonly seaText: string;
  readonly waterText: string;
  readonly town: string;
  readonly highlight: string;
  readonly corridor: Readonly<Record<CorridorKind, CorridorTokens>>;
  readonly place: Readonly<Record<PlaceType, string>>;
  /** Multiplier for text sizes and line widths (the projector theme is read from the back of a room). */
  readonly scale: number;
}

/** Each kind's dash pattern, the same in every theme. */
const DASH: Readonly<Record<CorridorKind, readonly number[]>> = { 'port-access': [], 'agri-export': [3, 1.5], alternative: [1.5, 1.5], energy: [0.5, 1.5] };
const corridors = (colour: Readonly<Record<CorridorKind, string>>): Theme['corridor'] =>
  Object.fromEntries(CORRIDOR_KINDS.map((k) => [k, { color: colour[k], dash: DASH[k] }])) as Record<CorridorKind, CorridorTokens>;

const corridorLight = corridors({ 'port-access': '#c0392b', 'agri-export': '#1b7f3b', alternative: '#6c3483', energy: '#b9770e' });

const placeLight: Theme['place'] = {
  capital: '#222222',
  city: '#444444',
  town: '#555555',
  seaport: '#0b5394',
  'river-port': '#2e86c1',
  'dry-port': '#7d6608',
  'railway-station': '#1b7f3b',
  'border-crossing': '#922b21',
  bridge: '#5d6d7e',
  dam: '#b9770e',
  falls: '#1a5276',
  canal: '#117a65',
};

/** The letter drawn inside each place's marker (map and legend): shape and letter tell types apart without colour. */
export const PLACE_SYMBOL: Readonly<Record<PlaceType, string>> = {
  capital: '',
  city: '',
  town: '',
  seaport: 'P',
  'river-port': 'R',
  'dry-port': 'D',
  'railway-station': 'T',
  'border-crossing': 'B',
  bridge: '=',
  dam: 'H',
  falls: 'F',
  canal: 'C',
};

/**
 * The explorer's own colours, before a story's pack.json sets those of its corridor kinds and place types. The land
 * fills keep the focus countries apart from their neighbours even on a washed-out projector: a warm, saturated focus
 * and cool greys around it (the differences are checked in tests/unit/contrast.test.ts).
 */
const BASE_TOKENS: Readonly<Record<ThemeName, Theme>> = {
  light: {
    name: 'light',
    sea: '#b7d4e8',
    land: { focus: '#fdeec4', neighbour: '#ecedee', context: '#d5d6d7' },
    landHover: '#fad39c',
    landSelected: '#f3c35c',
    dimmed: '#cfcecb',
    border: '#8c8378',
    borderFocus: '#5a4632',
    coast: '#7fa7c4',
    mekong: '#1f6fb2',
    river: '#6ea6d3',
    lake: '#9cc5e3',
    text: '#2a2723',
    textMuted: '#6b655d',
    halo: '#ffffff',
    seaText: '#3f6e91',
    waterText: '#1a5a91',
    town: '#3a3631',
    highlight: '#f39c12',
    corridor: corridorLight,
    place: placeLight,
    scale: 1,
  },
  projector: {
    name: 'projector',
    sea: '#9fc6e3',
    land: { focus: '#fff0b8', neighbour: '#e4e6e7', context: '#cccecf' },
    landHover: '#ffd58a',
    landSelected: '#ffbf2e',
    dimmed: '#c4c3bf',
    border: '#5c5349',
    borderFocus: '#2b1d10',
    coast: '#5d8db3',
    mekong: '#0b57a4',
    river: '#3f87c8',
    lake: '#7fb4dc',
    text: '#111111',
    textMuted: '#3b3732',
    halo: '#ffffff',
    seaText: '#1f4e74',
    waterText: '#0b3f73',
    town: '#111111',
    highlight: '#e67e00',
    corridor: corridors({ 'port-access': '#b0221a', 'agri-export': '#0f6e2e', alternative: '#5b2378', energy: '#a35f00' }),
    place: placeLight,
    scale: 1.3,
  },
  'high-contrast': {
    name: 'high-contrast',
    sea: '#000000',
    land: { focus: '#ffffff', neighbour: '#b8b8b8', context: '#8f8f8f' },
    landHover: '#ffff66',
    landSelected: '#ffd500',
    dimmed: '#7a7a7a',
    border: '#000000',
    borderFocus: '#000000',
    coast: '#ffffff',
    mekong: '#0044ff',
    river: '#0066ff',
    lake: '#3366ff',
    text: '#000000',
    textMuted: '#000000',
    halo: '#ffffff',
    seaText: '#ffffff',
    waterText: '#0033cc',
    town: '#000000',
    highlight: '#ff00ff',
    corridor: corridors({ 'port-access': '#d00000', 'agri-export': '#007a00', alternative: '#7a00cc', energy: '#b35900' }),
    place: { ...placeLight, capital: '#000000', city: '#000000', town: '#000000' },
    scale: 1.2,
  },
};

/** The colours of each theme: the explorer's own, with the open story's colours for its kinds and types. */
export let THEME_TOKENS: Readonly<Record<ThemeName, Theme>> = BASE_TOKENS;

/**
 * Takes the colours of corridor kinds and place types from the open story (its pack.json), once at start-up,
 * before the map's style or any legend is built. A colour given once serves every theme.
 */
export function applyStoryColours(s: Pick<StorySettings, 'corridorKinds' | 'placeTypes'>): void {
  THEME_TOKENS = Object.fromEntries(
    THEMES.map((name) => {
      const base = BASE_TOKENS[name];
      const corridor = { ...base.corridor };
      for (const k of s.corridorKinds) {
        const colour = colourIn(k.colour, name);
        if (colour) corridor[k.id] = { ...corridor[k.id], color: colour };
      }
      const place = { ...base.place };
      for (const t of s.placeTypes) {
        const colour = colourIn(t.colour, name);
        if (colour) place[t.id] = colour;
      }
      return [name, { ...base, corridor, place }];
    }),
  ) as Record<ThemeName, Theme>;
}

/**
 * A corridor nobody is known to use yet (agreed, planned, no service found) is drawn hollow: a core of the halo
 * colour, this share of the line's width, runs inside its coloured line (map, key, tour legend, image export).
 */
export const HOLLOW_CORE = 0.45;

/** Opacities that carry meaning, shared by the map style and the legend. */
export const OPACITY = {
  /** A corridor leg that follows a real road, rail or river line. */
  traced: 0.95,
  /** A leg drawn straight between towns (no real line in the data). */
  schematic: 0.55,
  /** The disc around a place whose position is estimated. */
  uncertaintyFill: 0.12,
  uncertaintyStroke: 0.4,
} as const;

export { PAGE_COLOURS, PRESENT_COLOURS, type CssColours } from './page-colours.ts';
export { INK_COLOURS, INK_COLOUR_NAMES, type InkColour } from './ink-colours.ts';
