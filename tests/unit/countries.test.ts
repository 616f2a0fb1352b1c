// Country facts (geo/countries.json): valid, sourced, with real ISO codes; and the trade chart's data model.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tradeChartModel, tradeSummary, yearRanges } from '../../src/analysis/trade.ts';
import { countriesFile, sourcesFile, type Bilateral } from '../../src/content/schema.ts';
import { GEO_DIR, loadPack } from './helpers/pack.ts';

const raw = JSON.parse(readFileSync(resolve(GEO_DIR, 'countries.json'), 'utf8')) as unknown;
const facts = countriesFile.parse(raw);
const sourceIds = new Set(sourcesFile.parse(JSON.parse(readFileSync(resolve(GEO_DIR, 'sources.json'), 'utf8'))).sources.map((s) => s.id));

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
