// The classroom pen's inks (the tour's drawing tools): the same in every theme, each chosen to stand out from the
// sea, every land fill and every selection colour of every theme, also on a washed-out projector (checked in
// tests/unit/contrast.test.ts). Apart from tokens.ts so that the page's colours (page-colours.ts) can name them too.
export const INK_COLOURS = {
  red: '#e8001c',
  orange: '#ff6a00',
  green: '#00a344',
  magenta: '#d6009a',
} as const;

export type InkColour = keyof typeof INK_COLOURS;

export const INK_COLOUR_NAMES = Object.keys(INK_COLOURS) as readonly InkColour[];
