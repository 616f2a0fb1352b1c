// Country facts (geo/countries.json): valid, sourced, with real ISO codes; and the trade chart's data model.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tradeChartModel, tradeSummary, yearRanges } from '../../src/analysis/trade.ts';
import { baseCountryLabels, countriesFile, sourcesFile, type Bilateral } from '../../src/content/schema.ts';
import { undatedSoleClaims } from '../../src/content/validate.ts';
import { GEO_DIR, loadPack } from './helpers/pack.ts';

const raw = JSON.parse(readFileSync(resolve(GEO_DIR, 'countries.json'), 'utf8')) as unknown;
const facts = countriesFile.parse(raw);
const sources = sourcesFile.parse(JSON.parse(readFileSync(resolve(GEO_DIR, 'sources.json'), 'utf8'))).sources;
const sourceIds = new Set(sources.map((s) => s.id));
const weak = new Set(sources.filter((s) => s.weak).map((s) => s.id));

type Pos = [number, number];
/** Km of the land border two countries share on the map's own lines, and how much of it lies within 1 km of the Mekong. */
function borderAlongMekong(a: string, b: string): { total: number; along: number } {
  const read = (f: string) =>
    JSON.parse(readFileSync(resolve(GEO_DIR, 'base', f), 'utf8')) as {
      features: { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
    };
  const river = read('mekong.geojson').features.find((f) => f.properties['segment'] === 'main stem')!.geometry.coordinates as Pos[];
  const rad = Math.PI / 180;
  const km = (p: Pos, q: Pos) =>
    2 *
    6371.0088 *
    Math.asin(Math.sqrt(Math.sin(((q[1] - p[1]) * rad) / 2) ** 2 + Math.cos(p[1] * rad) * Math.cos(q[1] * rad) * Math.sin(((q[0] - p[0]) * rad) / 2) ** 2));
  const toRiver = (p: Pos) => {
    const kx = 111.32 * Math.cos(p[1] * rad);
    let best = Infinity;
    for (let i = 0; i + 1 < river.length; i++) {
      const [s, e] = [river[i]!, river[i + 1]!];
      const ax = (s[0] - p[0]) * kx,
        ay = (s[1] - p[1]) * 110.57,
        dx = (e[0] - s[0]) * kx,
        dy = (e[1] - s[1]) * 110.57;
      const l = dx * dx + dy * dy;
      const t = l === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / l));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  };
  const countries = read('countries.geojson').features;
  const edges = (id: string) => {
    const g = countries.find((f) => f.properties['id'] === id)!.geometry;
    const polys = (g.type === 'MultiPolygon' ? g.coordinates : [g.coordinates]) as Pos[][][];
    return polys.flatMap((poly) => poly.flatMap((ring) => ring.slice(1).map((q, i) => [ring[i]!, q] as [Pos, Pos])));
  };
  const key = (p: Pos, q: Pos) => `${p.join()};${q.join()}`;
  const other = new Set(edges(b).flatMap(([p, q]) => [key(p, q), key(q, p)]));
  let total = 0;
  let along = 0;
  for (const [p, q] of edges(a)) {
    if (!other.has(key(p, q))) continue;
    total += km(p, q);
    if (toRiver([(p[0] + q[0]) / 2, (p[1] + q[1]) / 2]) < 1) along += km(p, q);
  }
  return { total, along };
}

/** Every object in a value with its path, so checks can walk the whole file. */
function* objects(value: unknown, path = '$'): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* objects(value[i], `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    yield [path, value as Record<string, unknown>];
    for (const [k, v] of Object.entries(value)) yield* objects(v, `${path}.${k}`);
  }
}

describe('geo/countries.json', () => {
  it('validates with the schema, and the whole pack loads with no problems', () => {
    expect(countriesFile.safeParse(raw).success).toBe(true);
    const pack = loadPack();
    expect(pack.problems).toEqual([]);
    expect(pack.facts?.countries.map((c) => c.id).sort()).toEqual(['country:CHN', 'country:KHM', 'country:LAO', 'country:MMR', 'country:THA', 'country:VNM']);
  });

  it('gives every number that has a value at least one source', () => {
    const unsourced: string[] = [];
    for (const [path, o] of objects(raw)) {
      if (typeof o['value'] !== 'number') continue;
      const sources = o['sources'];
      if (!Array.isArray(sources) || sources.length === 0) unsourced.push(path);
    }
    expect(unsourced).toEqual([]);
  });

  it('gives yearly indicators (population, GDP) a year whenever they have a value', () => {
    for (const c of facts.countries) {
      for (const f of [c.population, c.gdp]) {
        if (f.value !== null) expect(f.year, `${c.id} ${f.unit}`).toEqual(expect.any(Number));
      }
    }
    for (const s of facts.bilateral.trade.series) expect(s.sources.length, `trade ${s.year}`).toBeGreaterThan(0);
  });

  it('uses consistent ISO 3166 alpha-2 and alpha-3 codes, and ids made of them', () => {
    const ISO: Record<string, string> = { KHM: 'KH', LAO: 'LA', THA: 'TH', VNM: 'VN', MMR: 'MM', CHN: 'CN' };
    for (const c of facts.countries) {
      expect(ISO[c.iso3], `${c.iso3} is one of the expected countries`).toBeDefined();
      expect(c.iso2, `${c.iso3}`).toBe(ISO[c.iso3]);
      expect(c.id).toBe(`country:${c.iso3}`);
    }
  });

  it('cites only sources that exist in geo/sources.json', () => {
    const unknown: string[] = [];
    for (const [path, o] of objects(raw)) {
      const sources = o['sources'];
      if (!Array.isArray(sources)) continue;
      sources.forEach((id, i) => {
        if (typeof id !== 'string' || !sourceIds.has(id)) unknown.push(`${path}.sources[${i}] = ${String(id)}`);
      });
    }
    expect(unknown).toEqual([]);
  });

  it('rests every statement on at least one source not marked weaker; a figure from weaker sources alone says so', () => {
    const weakOnly: string[] = [];
    for (const [path, o] of objects(raw)) {
      const list = o['sources'];
      if (!Array.isArray(list) || list.length === 0 || !list.every((id) => weak.has(id as string))) continue;
      const flagged = typeof o['note'] === 'string' && /weak/i.test(o['note']);
      if (!flagged) weakOnly.push(`${path}: ${String(o['text'] ?? o['value'])}`);
    }
    expect(weakOnly).toEqual([]);
  });

  it('gives no length for the Laos–Myanmar border that the map’s own lines contradict (all of it follows the Mekong)', () => {
    const drawn = borderAlongMekong('country:LAO', 'country:MMR');
    expect(drawn.along / drawn.total, 'the whole border is drawn along the river').toBeGreaterThan(0.98);
    const LAOS_MYANMAR = /Laos–Myanmar border|Myanmar’s border with Laos|Myanmar and Laos|Laos and Myanmar/;
    const figures: string[] = [];
    (function walk(v: unknown): void {
      if (typeof v === 'string') {
        for (const sentence of v.split(/(?<=[.;])\s+/)) {
          if (!LAOS_MYANMAR.test(sentence)) continue;
          for (const m of sentence.matchAll(/(\d[\d,]*)\s*km\b/g)) {
            const value = Number(m[1]!.replace(/,/g, ''));
            if (Math.abs(value - drawn.total) / drawn.total > 0.05) figures.push(`${value} km in “${sentence}”`);
          }
        }
      } else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    })(raw);
    expect(figures, `the border is ${Math.round(drawn.total)} km on the map`).toEqual([]);
  });

  it('dates every claim of a sole road or crossing ("as of <year>")', () => {
    const undated: string[] = [];
    (function walk(v: unknown, path: string): void {
      if (typeof v === 'string') undated.push(...undatedSoleClaims(v).map((s) => `${path}: ${s}`));
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    })(raw, '$');
    expect(undated).toEqual([]);
  });

  it('says how much of the Cambodia–Laos border is still to be demarcated, and that the border drawn is de facto', () => {
    const border = facts.bilateral.border;
    expect(border.status.text).toMatch(/\b\d+% was still to be demarcated\b/);
    expect(border.status.text).toMatch(/^As of \w+ \d{4}/);
    expect(border.status.sources).toContain('lir_700m');
    expect(border.mapNote.text).toMatch(/Natural Earth/);
    expect(border.mapNote.text).toMatch(/de facto/);
    expect(border.mapNote.sources).toContain('natural-earth');
  });

  it('gives as the common native name the country’s name, not an abbreviation of its official name', () => {
    // An abbreviation is made of the first letters of the official name's words (ສປປ for ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນ).
    for (const c of facts.countries) {
      for (const n of c.nativeNames) {
        const words = (n.official ?? '').split(/\s+/).filter(Boolean);
        if (words.length < 2) continue;
        const initials = words.map((w) => [...w][0]).join('');
        const common = n.common.replace(/\s+/g, '');
        const abbreviated = [...initials].slice(0, 2).join('');
        expect(common.startsWith(abbreviated), `${c.id}: ${n.common} is built from the initials of ${n.official}`).toBe(false);
        if (typeof n['abbreviation'] === 'string')
          expect(n['abbreviation'].replace(/\s+/g, ''), `${c.id}: the abbreviation is not the common name`).not.toBe(common);
      }
    }
    const lao = facts.countries.find((c) => c.id === 'country:LAO')!.nativeNames[0]!;
    expect(lao.common).toBe('ລາວ');
    expect(lao['abbreviation']).toBe('ສປປ ລາວ');
  });

  it('labels each country on the map with the same native name as its card', () => {
    const labels = baseCountryLabels.parse(JSON.parse(readFileSync(resolve(GEO_DIR, 'base/country-labels.geojson'), 'utf8')));
    for (const c of facts.countries) {
      const label = labels.features.find((f) => f.properties.id === c.id);
      expect(label?.properties.nameNative, c.id).toBe(c.nativeNames[0]?.common ?? null);
    }
  });

  it('writes each native name with its language, and the Khmer and Lao names in their own scripts', () => {
    const byId = new Map(facts.countries.map((c) => [c.id, c]));
    expect(byId.get('country:KHM')?.nativeNames[0]?.common).toMatch(/^[\u1780-\u17FF]+$/);
    expect(byId.get('country:LAO')?.nativeNames[0]?.common).toMatch(/^[\u0E80-\u0EFF]+$/);
    expect(byId.get('country:LAO')?.landlocked.value).toBe(true);
  });
});

describe('the trade chart model', () => {
  const trade = facts.bilateral.trade;

  it('has one bar a year from the first sourced year to the target year', () => {
    const m = tradeChartModel(trade);
    const first = Math.min(...trade.series.map((s) => s.year));
    expect(m.bars.map((b) => b.year)).toEqual(Array.from({ length: trade.target.year - first + 1 }, (_, i) => first + i));
  });

  it('shows exactly the sourced values, in US$ million, with their sources', () => {
    const m = tradeChartModel(trade);
    for (const s of trade.series) {
      const bar = m.bars.find((b) => b.year === s.year)!;
      expect(bar.valueM! * 1_000_000).toBeCloseTo(s.value, 0);
      expect(bar.sources).toEqual(s.sources);
    }
    expect(m.bars.filter((b) => b.valueM !== null)).toHaveLength(trade.series.length);
  });

  it('leaves the years without a figure as gaps, never filled in', () => {
    const m = tradeChartModel(trade);
    for (const y of trade.missingYears) expect(m.bars.find((b) => b.year === y)?.valueM, `year ${y}`).toBeNull();
    expect(m.gaps).toEqual(m.bars.filter((b) => !trade.series.some((s) => s.year === b.year)).map((b) => b.year));
    expect(m.gaps).toEqual(expect.arrayContaining(trade.missingYears));
    expect(m.target.valueM).toBe(700);
  });

  it('does not invent values around a gap in the middle of a series', () => {
    const made: Bilateral['trade'] = {
      ...trade,
      series: [
        { year: 2010, value: 5_000_000, qualifier: null, caveat: null, sources: ['a'] },
        { year: 2013, value: 8_000_000, qualifier: 'about', caveat: null, sources: ['b'] },
      ],
      missingYears: [2011, 2012],
      target: { ...trade.target, value: 20_000_000, year: 2015 },
    };
    const m = tradeChartModel(made);
    expect(m.bars.map((b) => [b.year, b.valueM])).toEqual([
      [2010, 5],
      [2011, null],
      [2012, null],
      [2013, 8],
      [2014, null],
      [2015, null],
    ]);
    expect(m.latest?.year).toBe(2013);
    expect(m.axisMaxM).toBeGreaterThanOrEqual(20);
    expect(tradeSummary(m)).toBe(
      'The latest sourced figure is for 2013: about US$8 million of two-way trade, 40% of the US$20 million target for 2015. ' +
        'The sourced figures run from 2010 (US$5 million) to 2013. No figure is shown for 2011, 2012, 2014 and 2015: ' +
        'the sources give no total for those years, and none is estimated.',
    );
  });

  it('summarises the real series from the same numbers', () => {
    const m = tradeChartModel(trade);
    const latest = trade.series.reduce((a, b) => (b.year > a.year ? b : a));
    const share = Math.round((latest.value / trade.target.value) * 100);
    expect(tradeSummary(m)).toContain(`for ${latest.year}:`);
    expect(tradeSummary(m)).toContain(`${share}% of the US$700 million target for ${trade.target.year}`);
  });

  it('writes runs of years as ranges', () => {
    expect(yearRanges([2023, 2024, 2025, 2026])).toBe('2023–2026');
    expect(yearRanges([2020])).toBe('2020');
    expect(yearRanges([2020, 2021, 2023, 2024, 2025])).toBe('2020, 2021 and 2023–2025');
  });
});
