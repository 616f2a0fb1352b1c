import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LABEL_LANGS, THEMES } from '../../src/content/types.ts';
import { SOURCE, type SourceId } from '../../src/map/style/ids.ts';
import { buildStyle } from '../../src/map/style/index.ts';
import { THEME_TOKENS } from '../../src/styles/tokens.ts';

const data = Object.fromEntries(Object.values(SOURCE).map((id) => [id, `http://localhost/geo/${id}.geojson`])) as Record<Exclude<SourceId, 'outside-data'>, string>;
const fontFaces = { 'Noto Sans Regular': [{ url: 'http://localhost/a.woff2', 'unicode-range': ['U+1780-17FF'] }, { url: 'http://localhost/b.woff2' }], 'Noto Sans Bold': [{ url: 'http://localhost/c.woff2' }] };

describe('the map style', () => {
  for (const theme of THEMES) {
    for (const labelLang of LABEL_LANGS) {
      it(`validates with the style-spec validator (${theme}, labels ${labelLang})`, () => {
        const style = buildStyle({ theme, labelLang, hiddenKinds: ['energy'], hiddenPlaceTypes: ['dam'], fontFaces, mapLangs: ['km', 'lo'], data, attribution: 'x' });
        expect(validateStyleMin(style)).toEqual([]);
        expect(style.glyphs).toBeUndefined();
      });
    }
  }

  it('uses only theme tokens for colours', () => {
    const style = JSON.stringify(buildStyle({ theme: 'light', labelLang: 'both', hiddenKinds: [], hiddenPlaceTypes: [], fontFaces, mapLangs: [], data, attribution: 'x' }));
    const tokens = new Set(JSON.stringify(THEME_TOKENS.light).match(/#[0-9a-f]{6}/gi));
    const used = style.match(/#[0-9a-f]{6}/gi) ?? [];
    expect(used.length).toBeGreaterThan(5);
    for (const c of used) expect(tokens.has(c), `${c} is a theme token`).toBe(true);
  });

  it('has unique layer ids that all come from ids.ts', () => {
    const style = buildStyle({ theme: 'light', labelLang: 'both', hiddenKinds: [], hiddenPlaceTypes: [], fontFaces, mapLangs: [], data, attribution: 'x' });
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
