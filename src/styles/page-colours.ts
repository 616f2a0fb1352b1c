// Theme tokens, continued: the page's colours around the map (see tokens.ts).
import { INK_COLOURS } from './ink-colours.ts';

/**
 * The page's colours around the map, written into CSS custom properties at start-up (`page-theme.ts`); the style
 * sheets use only `var(--…)`. `page` is set on the root element (`--name`), `present` on the tour's panel
 * (`--p-name`, by its `present--<theme>` class). Each holds the light theme's colours and what the other themes change.
 */
export interface CssColours {
  readonly light: Readonly<Record<string, string>>;
  readonly projector: Readonly<Record<string, string>>;
  readonly 'high-contrast': Readonly<Record<string, string>>;
}

export const PAGE_COLOURS: CssColours = {
  light: {
    // The pen's inks, for the tour's swatches and the presenter view's strokes: the map's own (ink-colours.ts).
    ...Object.fromEntries(Object.entries(INK_COLOURS).map(([name, colour]) => [`ink-${name}`, colour])),
    bg: '#faf8f4',
    fg: '#2a2723',
    muted: '#6b655d',
    accent: '#b0421f',
    focus: '#1f6fb2',
    panel: '#ffffff',
    line: '#ddd6cb',
    chip: '#f1ece3',
    'chip-focus': '#fdeec4',
    'chart-bar': '#1f6fb2',
    'chart-gap': '#6b655d',
    'chart-gap-fill': '#f4f1ea',
    'chart-target': '#b0421f',
    'chart-grid': '#e3ddd2',
    'fact-missing': '#8a4b00',
    'context-bg': '#f3f2ef',
    // The same in every theme:
    pressed: '#f3c35c',
    'pressed-line': '#8a6d1f',
    brand: '#b0421f',
    'brand-dark': '#8a2f14',
    'on-brand': '#ffffff',
    'map-fallback': '#ecedee',
    'problems-bg': '#fff3ef',
    'error-fg': '#8a1c12',
    'weak-fg': '#8a5a00',
    'warm-line': '#d9b36c',
    'warm-bg': '#fff6e0',
    'warm-strong': '#b8860b',
    'schematic-fg': '#7a4f00',
    'mention-bg': '#fff1cc',
    'mention-line': '#e0b54a',
    'selected-bg': '#ffe7a8',
    blackout: '#000000',
    // The presenter view (a dark page in every theme) and the printed handout (black on white):
    'notes-bg': '#14120f',
    'notes-fg': '#f4efe6',
    'notes-title': '#ffffff',
    'notes-muted': '#cfc7ba',
    'notes-line': '#5c554c',
    'notes-accent': '#ffd27a',
    'notes-black': '#000000',
    'notes-focus': '#00e5ff',
    'print-bg': '#ffffff',
    'print-fg': '#000000',
    'print-muted': '#444444',
    'print-sources': '#333333',
    'print-rule': '#999999',
    'print-accent': '#b0421f',
    'print-mark': '#ffe08a',
    'print-bar': '#6c3483',
  },
  projector: {
    bg: '#ffffff',
    fg: '#111111',
    muted: '#3b3732',
    line: '#8c8378',
    chip: '#eee9df',
    'chip-focus': '#fff0b8',
    focus: '#0b57a4',
    accent: '#a3300f',
    'chart-bar': '#0b57a4',
    'chart-gap': '#3b3732',
    'chart-target': '#a3300f',
    'chart-grid': '#cfc8bb',
    'fact-missing': '#6e3b00',
  },
  'high-contrast': {
    bg: '#ffffff',
    fg: '#000000',
    muted: '#000000',
    panel: '#ffffff',
    line: '#000000',
    chip: '#ffffff',
    'chip-focus': '#ffef80',
    focus: '#0000c8',
    accent: '#000000',
    'chart-bar': '#000000',
    'chart-gap': '#000000',
    'chart-gap-fill': '#ffffff',
    'chart-target': '#c00000',
    'chart-grid': '#8a8a8a',
    'fact-missing': '#000000',
    'context-bg': '#ffffff',
  },
};

export const PRESENT_COLOURS: CssColours = {
  light: {
    bg: '#ffffff',
    fg: '#14120f',
    muted: '#4a443d',
    accent: '#b0421f',
    mark: '#ffe08a',
    'mark-fg': '#14120f',
    line: '#d9d2c6',
    button: '#f3eee5',
    'button-fg': '#14120f',
    bar: '#6c3483',
    focus: '#1f6fb2',
  },
  projector: { fg: '#000000', muted: '#2b2722', line: '#8c8378' },
  'high-contrast': {
    bg: '#000000',
    fg: '#ffffff',
    muted: '#ffffff',
    accent: '#ffd500',
    mark: '#ffd500',
    'mark-fg': '#000000',
    line: '#ffffff',
    button: '#000000',
    'button-fg': '#ffffff',
    bar: '#ffd500',
    focus: '#00e5ff',
  },
};
