// The map's fills must tell apart what the story tells apart, also on a washed-out projector: the focus countries
// from their neighbours and from the sea, neighbours from the countries around them, a selection from the focus
// fill. Differences are CIEDE2000 (culori); text against its background is the WCAG contrast ratio.
import { differenceCiede2000, wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';
import { CORRIDOR_KINDS, THEMES, type ThemeName } from '../../src/content/types.ts';
import { INK_COLOURS, THEME_TOKENS, type Theme } from '../../src/styles/tokens.ts';

const deltaE = differenceCiede2000();

/** The least ΔE2000 between the focus and the neighbour fills: the projector needs more than a screen. */
const FOCUS_NEIGHBOUR: Readonly<Record<ThemeName, number>> = { light: 10, projector: 15, 'high-contrast': 15 };

/** Every fill a country can be drawn in. */
const landFills = (t: Theme) => ({
  focus: t.land.focus,
  neighbour: t.land.neighbour,
  context: t.land.context,
  hover: t.landHover,
  selected: t.landSelected,
  dimmed: t.dimmed,
});

/** Expects ΔE2000 between `a` and `b` of at least `min`, naming the pair in the message. */
function expectApart(what: string, a: string, b: string, min: number): void {
  expect(deltaE(a, b), `${what}: ΔE2000 between ${a} and ${b}`).toBeGreaterThanOrEqual(min);
}

describe('the colour difference of the map fills (CIEDE2000)', () => {
  it('is measured as the published CIEDE2000 test data says', () => {
    // Sharma, Wu and Dalal (2005), pairs 1 and 2.
    expect(deltaE({ mode: 'lab65', l: 50, a: 2.6772, b: -79.7751 }, { mode: 'lab65', l: 50, a: 0, b: -82.7485 })).toBeCloseTo(2.0425, 4);
    expect(deltaE({ mode: 'lab65', l: 50, a: 3.1571, b: -77.2803 }, { mode: 'lab65', l: 50, a: 0, b: -82.7485 })).toBeCloseTo(2.8615, 4);
  });

  for (const name of THEMES) {
    const t = THEME_TOKENS[name];
    describe(name, () => {
      it(`sets the focus countries apart from their neighbours (ΔE ≥ ${FOCUS_NEIGHBOUR[name]})`, () => {
        expectApart('focus / neighbour', t.land.focus, t.land.neighbour, FOCUS_NEIGHBOUR[name]);
      });

      it('sets land apart from the sea, and the neighbours from the context countries', () => {
        expectApart('focus / sea', t.land.focus, t.sea, 20);
        expectApart('neighbour / sea', t.land.neighbour, t.sea, 10);
        expectApart('context / sea', t.land.context, t.sea, 10);
        expectApart('neighbour / context', t.land.neighbour, t.land.context, 5);
      });

      it('shows a selected or hovered country on any fill', () => {
        for (const [role, fill] of Object.entries(t.land)) expectApart(`selected / ${role}`, t.landSelected, fill, 15);
        for (const [role, fill] of Object.entries(t.land)) expectApart(`hover / ${role}`, t.landHover, fill, 8);
        expectApart('hover / selected', t.landHover, t.landSelected, 8);
        expectApart('dimmed / selected', t.dimmed, t.landSelected, 15);
      });

      it('keeps water and corridor lines readable on every land fill', () => {
        for (const [fillName, fill] of Object.entries(landFills(t))) {
          expectApart(`lake / ${fillName}`, t.lake, fill, 10);
          expectApart(`river / ${fillName}`, t.river, fill, 15);
          expectApart(`Mekong / ${fillName}`, t.mekong, fill, 15);
          for (const kind of CORRIDOR_KINDS) expectApart(`${kind} corridor / ${fillName}`, t.corridor[kind].color, fill, 20);
        }
      });
    });
  }
});

describe('the contrast of text on the map (WCAG)', () => {
  for (const name of THEMES) {
    const t = THEME_TOKENS[name];
    it(`${name}: labels on their halo, and the text colour on every land fill even without one, reach 4.5:1`, () => {
      for (const [what, colour] of Object.entries({ text: t.text, textMuted: t.textMuted, town: t.town, waterText: t.waterText })) {
        expect(wcagContrast(colour, t.halo), `${what} ${colour} on the halo ${t.halo}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const [fillName, fill] of Object.entries(landFills(t))) {
        expect(wcagContrast(t.text, fill), `text ${t.text} on the ${fillName} fill ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});

describe("the classroom pen's inks", () => {
  it('stand out from the sea, every land fill and the selection in every theme (ΔE ≥ 25), and from each other (ΔE ≥ 15)', () => {
    for (const name of THEMES) {
      const t = THEME_TOKENS[name];
      for (const [ink, colour] of Object.entries(INK_COLOURS)) {
        for (const [fillName, fill] of Object.entries({ sea: t.sea, ...landFills(t) })) expectApart(`${name}: ${ink} ink / ${fillName}`, colour, fill, 25);
      }
    }
    const inks = Object.entries(INK_COLOURS);
    for (const [i, [a, ca]] of inks.entries()) for (const [b, cb] of inks.slice(i + 1)) expectApart(`${a} / ${b} ink`, ca, cb, 15);
  });
});
