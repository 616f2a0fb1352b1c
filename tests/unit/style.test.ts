import {
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
  type FilterSpecification,
  type LayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LABEL_LANGS, THEMES } from '../../src/content/types.ts';
import { INTERACTIVE_LAYERS, LATER_SOURCES, LAYER, SOURCE, type SourceId } from '../../src/map/style/ids.ts';
import { ARROW_LAYERS, ARROW_OFFSET, ARROW_PHASES, ARROW_REST, ARROW_STATE } from '../../src/map/style/corridors.ts';
import { buildStyle, withoutSources, type StyleOptions } from '../../src/map/style/index.ts';
import { INK_COLOURS, THEME_TOKENS } from '../../src/styles/tokens.ts';

const data = Object.fromEntries(Object.values(SOURCE).map((id) => [id, `http://localhost/geo/${id}.geojson`])) as Record<
  Exclude<SourceId, 'outside-data'>,
  string
>;
/** The style's options: light theme, both label languages, nothing hidden, no tour; `o` changes some. */
const lightStyle = (o: Partial<StyleOptions> = {}): StyleOptions => ({
  theme: 'light',
  labelLang: 'both',
  hiddenKinds: [],
  hiddenPlaceTypes: [],
  revealedCorridors: null,
  fontFaces,
  mapLangs: [],
  data,
  attribution: 'x',
  ...o,
});
const fontFaces = {
  'Noto Sans Regular': [{ url: 'http://localhost/a.woff2', 'unicode-range': ['U+1780-17FF'] }, { url: 'http://localhost/b.woff2' }],
  'Noto Sans Bold': [{ url: 'http://localhost/c.woff2' }],
};

describe('the map style', () => {
  for (const theme of THEMES) {
    for (const labelLang of LABEL_LANGS) {
      it(`validates with the style-spec validator (${theme}, labels ${labelLang})`, () => {
        const style = buildStyle(lightStyle({ theme, labelLang, hiddenKinds: ['energy'], hiddenPlaceTypes: ['dam'], mapLangs: ['km', 'lo'] }));
        expect(validateStyleMin(style)).toEqual([]);
        expect(style.glyphs).toBeUndefined();
      });
    }
  }

  it("leaves the base map's detail out of the first view: its sources and every layer drawing them, nothing else", () => {
    const full = buildStyle(lightStyle());
    const first = withoutSources(full, LATER_SOURCES);
    expect(validateStyleMin(first)).toEqual([]);
    const later: readonly string[] = LATER_SOURCES;
    expect(Object.keys(first.sources).sort()).toEqual(
      Object.keys(full.sources)
        .filter((id) => !later.includes(id))
        .sort(),
    );
    const drawsLater = (l: LayerSpecification) => 'source' in l && later.includes(l.source as string);
    expect(full.layers.filter(drawsLater).length).toBeGreaterThanOrEqual(LATER_SOURCES.length);
    expect(first.layers.map((l) => l.id)).toEqual(full.layers.filter((l) => !drawsLater(l)).map((l) => l.id));
    // The first view: the countries of the kit's box and what the story draws on them; not the land beyond it (the
    // tour's ink is there from the start, empty, so that its data is never part of a style change).
    expect(Object.keys(first.sources).sort()).toEqual(
      [SOURCE.countries, SOURCE.countryLabels, SOURCE.mekong, SOURCE.corridors, SOURCE.corridorLegs, SOURCE.places, SOURCE.outsideData, SOURCE.ink].sort(),
    );
  });

  it('draws the land beyond the countries’ box beneath them, as they are drawn, and covers the cut between the two', () => {
    for (const theme of THEMES) {
      const layers = buildStyle(lightStyle({ theme })).layers;
      const at = (id: string) => layers.findIndex((l) => l.id === id);
      const layer = (id: string) => layers[at(id)] as LayerSpecification & { source: string; paint: Record<string, unknown> };
      // Same paint as the countries (role colours and feature-state), from the context source, just beneath them.
      expect(at(LAYER.contextFill)).toBe(at(LAYER.countriesFill) - 1);
      expect(layer(LAYER.contextFill).paint).toEqual(layer(LAYER.countriesFill).paint);
      expect(layer(LAYER.contextOutline).paint).toEqual(layer(LAYER.countriesOutline).paint);
      expect(layer(LAYER.contextFill).source).toBe(SOURCE.context);
      expect(layer(LAYER.contextOutline).source).toBe(SOURCE.context);
      // The cut is covered in the land's colour right over the fills' outlines, and over the countries' outlines.
      expect(at(LAYER.seams)).toBe(at(LAYER.countriesFill) + 1);
      expect(layer(LAYER.seams).paint['line-color']).toEqual(layer(LAYER.countriesFill).paint['fill-color']);
      expect(at(LAYER.seamsOverOutline)).toBeGreaterThan(Math.max(at(LAYER.countriesOutline), at(LAYER.contextOutline)));
      expect(at(LAYER.seamsOverOutline)).toBeLessThan(at(LAYER.corridorsCasing));
      for (const id of [LAYER.seams, LAYER.seamsOverOutline]) expect(layer(id).source).toBe(SOURCE.seams);
    }
    // A click on the land beyond the box picks its country (pointer.ts keeps only the ids the pack knows).
    expect(INTERACTIVE_LAYERS).toContain(LAYER.contextFill);
  });

  it('uses only theme tokens for colours', () => {
    const style = JSON.stringify(buildStyle(lightStyle()));
    const tokens = new Set(JSON.stringify([THEME_TOKENS.light, INK_COLOURS]).match(/#[0-9a-f]{6}/gi));
    const used = style.match(/#[0-9a-f]{6}/gi) ?? [];
    expect(used.length).toBeGreaterThan(5);
    for (const c of used) expect(tokens.has(c), `${c} is a theme token`).toBe(true);
  });

  it('has unique layer ids that all come from ids.ts', () => {
    const style = buildStyle(lightStyle());
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  describe('in the tour, only the corridors revealed so far are drawn', () => {
    const CORRIDOR_SOURCES = new Set<string>([SOURCE.corridors, SOURCE.corridorLegs]);
    const corridorLayersOf = (revealedCorridors: readonly string[] | null, hiddenKinds: readonly ('energy' | 'alternative')[] = []) =>
      buildStyle(lightStyle({ hiddenKinds, revealedCorridors })).layers.filter(
        (l): l is LayerSpecification & { source: string; filter?: FilterSpecification } => 'source' in l && CORRIDOR_SOURCES.has(l.source),
      );
    /** Whether a layer draws a corridor of this id and kind (the legs carry the corridor's id and kind too). */
    const draws = (layer: { filter?: FilterSpecification }, id: string, kind: string, status = 'agreed') =>
      featureFilter(layer.filter, 'filter').filter({ zoom: 6 }, { type: 2, id, properties: { id, kind, status, quality: 'traced' }, geometry: [] } as never);

    it('draws a hollow core inside a corridor nobody is known to use yet, and none inside one in use', () => {
      const core = corridorLayersOf(null).find((l) => l.id === 'corridors-core')!;
      for (const status of ['agreed', 'planned', 'no-service']) expect(draws(core, 'corridor:x', 'agri-export', status), status).toBe(true);
      for (const status of ['in-use', 'partly-in-use']) expect(draws(core, 'corridor:x', 'agri-export', status), status).toBe(false);
    });

    it('validates with revealed corridors, and with none revealed yet', () => {
      for (const theme of THEMES) {
        for (const revealedCorridors of [[], ['corridor:laos-da-nang', 'corridor:mekong-river']]) {
          const style = buildStyle(lightStyle({ theme, revealedCorridors }));
          expect(validateStyleMin(style)).toEqual([]);
        }
      }
    });

    it('filters every corridor layer (lines, casing, arrows, hit area) to the revealed ids', () => {
      const layers = corridorLayersOf(['corridor:laos-da-nang']);
      expect(layers.map((l) => l.id)).toEqual(expect.arrayContaining(['corridors-casing', 'corridors-arrows', 'corridors-hit', 'corridors-alternative']));
      for (const layer of layers) {
        expect(draws(layer, 'corridor:laos-vung-ang', 'alternative'), `${layer.id} hides a corridor not yet revealed`).toBe(false);
        if (layer.id === 'corridors-port-access' || layer.id === 'corridors-agri-export' || layer.id === 'corridors-energy') continue;
        expect(draws(layer, 'corridor:laos-da-nang', 'alternative'), `${layer.id} draws a revealed corridor`).toBe(true);
      }
    });

    it('draws the chevrons in one layer per phase, each laid out at its own offset; outside the tour only the resting phase draws', () => {
      const arrows = (revealed: readonly string[] | null) =>
        corridorLayersOf(revealed).filter((l): l is LayerSpecification & { type: 'symbol' } => l.type === 'symbol');
      const explorer = arrows(null);
      expect(explorer.map((l) => l.id)).toEqual([...ARROW_LAYERS]);
      expect(explorer.filter((l) => draws(l, 'corridor:laos-da-nang', 'alternative')).map((l) => l.id)).toEqual([LAYER.corridorsArrows]);
      const phased = arrows(['corridor:laos-da-nang']);
      expect(phased.map((l) => l.id)).toEqual([...ARROW_LAYERS]);
      expect(phased).toHaveLength(ARROW_PHASES);
      for (const l of phased) expect(draws(l, 'corridor:laos-da-nang', 'alternative'), l.id).toBe(true);
      const layout = (l: LayerSpecification & { type: 'symbol' }) => ({ ...l.layout, 'text-offset': undefined });
      // The same chevrons, moved along the line by a quarter of their spacing per phase; the resting phase is the explorer's.
      for (const l of phased) expect(layout(l)).toEqual(layout(phased[ARROW_REST]!));
      expect(new Set(phased.map((l) => JSON.stringify(l.layout?.['text-offset']))).size).toBe(ARROW_PHASES);
      expect(phased[ARROW_REST]!.layout?.['text-offset']).toEqual([...ARROW_OFFSET]);
      expect(explorer[ARROW_REST]).toEqual(phased[ARROW_REST] && { ...phased[ARROW_REST], filter: explorer[ARROW_REST]!.filter });
      // Which phase shows is a feature-state read by a paint property: the animation never changes a layout property.
      for (const l of phased) expect(JSON.stringify(l.paint?.['text-opacity'])).toContain(ARROW_STATE);
    });

    it('draws nothing of the corridors before the first reveal', () => {
      for (const layer of corridorLayersOf([])) expect(draws(layer, 'corridor:laos-da-nang', 'alternative')).toBe(false);
    });

    it('lets the tour override the kind toggles, and the toggles decide outside the tour', () => {
      const casing = (revealed: readonly string[] | null) => corridorLayersOf(revealed, ['energy']).find((l) => l.id === 'corridors-casing')!;
      expect(draws(casing(['corridor:energy-laos-cambodia']), 'corridor:energy-laos-cambodia', 'energy')).toBe(true);
      expect(draws(casing(null), 'corridor:energy-laos-cambodia', 'energy')).toBe(false);
      expect(draws(casing(null), 'corridor:laos-da-nang', 'alternative')).toBe(true);
    });
  });

  // A layer removed and added again by a style change can meet a tile parsed for its earlier self before MapLibre
  // has evaluated its paint, and MapLibre throws (see buildStyle). The tour's chevron phases once came and went.
  it('has the same layers, in the same order, in every state of the map', () => {
    const ids = (o: Partial<StyleOptions>) => buildStyle(lightStyle({ mapLangs: ['km', 'lo'], ...o })).layers.map((l) => l.id);
    const explorer = ids({});
    for (const theme of THEMES)
      for (const labelLang of LABEL_LANGS)
        for (const revealedCorridors of [null, [], ['corridor:x']])
          for (const hiddenKinds of [[], ['energy', 'alternative']] as const)
            for (const hiddenPlaceTypes of [[], ['dam']] as const) {
              const state = { theme, labelLang, revealedCorridors, hiddenKinds, hiddenPlaceTypes };
              expect(ids(state), JSON.stringify(state)).toEqual(explorer);
            }
  });

  // MapLibre compiles a shader program per layer type and per set of paint properties that vary per feature
  // ("source": an attribute; "composite": an attribute interpolated by zoom). Each costs tens of ms on a
  // software GPU, so every drawn layer of a type must vary the same set (see style/expressions.ts).
  it('asks for one shader program per layer type', () => {
    const programProps: Record<string, readonly string[]> = {
      fill: ['fill-color', 'fill-opacity', 'fill-outline-color', 'fill-pattern'],
      line: ['line-color', 'line-opacity', 'line-width', 'line-blur', 'line-gap-width', 'line-offset', 'line-pattern'],
      circle: ['circle-color', 'circle-opacity', 'circle-radius', 'circle-stroke-color', 'circle-stroke-opacity', 'circle-stroke-width', 'circle-blur'],
      symbol: ['text-color', 'text-opacity', 'text-halo-color', 'text-halo-width', 'text-halo-blur'],
    };
    const kind = (type: string, prop: string, value: unknown): string => {
      if (value === undefined || typeof value !== 'object' || value === null || !Array.isArray(value)) return 'uniform';
      const spec = (latest as unknown as Record<string, Record<string, never>>)[`paint_${type}`]![prop]!;
      const e = createPropertyExpression(value, 'paint', spec);
      if (e.result !== 'success') throw new Error(`${prop}: ${JSON.stringify(e.value)}`);
      return e.value.kind === 'source' ? 'per feature' : e.value.kind === 'composite' ? 'per feature, by zoom' : 'uniform';
    };
    // The tour's style too: its chevrons, a layer per phase of their march, must not add a program.
    for (const [theme, revealedCorridors] of THEMES.flatMap((theme) => [null, ['corridor:x']].map((r) => [theme, r] as const))) {
      const style = buildStyle(lightStyle({ theme, mapLangs: ['km'], revealedCorridors }));
      const signatures = new Map<string, Map<string, string[]>>();
      for (const layer of style.layers) {
        const props = programProps[layer.type];
        if (!props) continue;
        const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
        // A layer whose opacity is a constant 0 is never drawn (the corridors' wide hit area).
        if (paint[`${layer.type === 'symbol' ? 'text' : layer.type}-opacity`] === 0) continue;
        // Without its own outline colour a fill outlines in its fill colour, per feature if that is.
        const value = (p: string) => (p === 'fill-outline-color' && paint[p] === undefined ? paint['fill-color'] : paint[p]);
        const signature = props.map((p) => `${p}: ${kind(layer.type, p, value(p))}`).join('; ');
        const byType = signatures.get(layer.type) ?? new Map<string, string[]>();
        byType.set(signature, [...(byType.get(signature) ?? []), layer.id]);
        signatures.set(layer.type, byType);
      }
      expect(signatures.size).toBe(4);
      for (const [type, bySignature] of signatures) {
        expect(
          [...bySignature.entries()].map(([sig, ids]) => `${sig} ← ${ids.join(', ')}`),
          `${type} layers (${theme})`,
        ).toHaveLength(1);
      }
    }
  });
});
