// The two-country trade chart as data: one bar per year from the first sourced year to the target year.
// A year without a sourced figure is a gap (value null): it is never filled in, interpolated or carried over.
import type { Bilateral } from '../content/schema.ts';
import { ensurePart, formatList, formatNumber, t } from '../i18n/index.ts';

// What the first view does not show has its words in the catalogue's `details` part, loaded with this code.
await ensurePart('details');

type Trade = Bilateral['trade'];

export interface TradeBar {
  readonly year: number;
  /** US$ million, exactly as the sources give it (divided by a million); null where no figure was found. */
  readonly valueM: number | null;
  readonly qualifier: string | null;
  readonly caveat: string | null;
  readonly sources: readonly string[];
}

export interface TradeChartModel {
  readonly bars: readonly TradeBar[];
  readonly target: { readonly valueM: number; readonly year: number; readonly sources: readonly string[] };
  /** Years in the range that have no sourced figure, in order. */
  readonly gaps: readonly number[];
  /** The latest year that has a figure, or null when the series is empty. */
  readonly latest: TradeBar | null;
  /** Top of the value axis in US$ million: a round number at or above the target and every value. */
  readonly axisMaxM: number;
}

const MILLION = 1_000_000;

export function tradeChartModel(trade: Trade): TradeChartModel {
  const byYear = new Map<number, Trade['series'][number]>();
  for (const entry of trade.series) {
    // Two figures for one year would be a content error; keep the first rather than average or invent.
    if (!byYear.has(entry.year)) byYear.set(entry.year, entry);
  }
  const targetM = trade.target.value / MILLION;
  const target = { valueM: targetM, year: trade.target.year, sources: trade.target.sources };
  if (byYear.size === 0) return { bars: [], target, gaps: [], latest: null, axisMaxM: niceCeil(targetM * 1.1) };

  const first = Math.min(...byYear.keys());
  const last = Math.max(trade.target.year, ...byYear.keys());
  const bars: TradeBar[] = [];
  for (let year = first; year <= last; year++) {
    const e = byYear.get(year);
    bars.push(
      e
        ? { year, valueM: e.value / MILLION, qualifier: e.qualifier, caveat: e.caveat, sources: e.sources }
        : { year, valueM: null, qualifier: null, caveat: null, sources: [] },
    );
  }
  const withValue = bars.filter((b) => b.valueM !== null);
  return {
    bars,
    target,
    gaps: bars.filter((b) => b.valueM === null).map((b) => b.year),
    latest: withValue[withValue.length - 1] ?? null,
    // A little headroom, so the target line and its label sit inside the plot.
    axisMaxM: niceCeil(Math.max(targetM, ...withValue.map((b) => b.valueM!)) * 1.1),
  };
}

/** The smallest of 1, 2 or 5 × a power of ten, times a whole number of steps, that is at least n. */
function niceCeil(n: number): number {
  if (n <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(n)) / 2;
  return Math.ceil(n / step) * step;
}

/** Axis ticks from 0 to the axis maximum, four or five of them. */
export function axisTicks(maxM: number): number[] {
  const raw = maxM / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let v = 0; v <= maxM + 1e-9; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/** Years as readable text: runs of three or more as ranges. [2020, 2021, 2023, 2024, 2025] → "2020, 2021 and 2023–2025". */
export function yearRanges(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let prev: number | null = null;
  const flush = () => {
    if (start === null || prev === null) return;
    if (start === prev) parts.push(String(start));
    else if (prev === start + 1) parts.push(String(start), String(prev));
    else parts.push(`${start}–${prev}`);
  };
  for (const y of [...years].sort((a, b) => a - b)) {
    if (prev !== null && y === prev + 1) {
      prev = y;
      continue;
    }
    flush();
    start = y;
    prev = y;
  }
  flush();
  return formatList(parts);
}

/**
 * The one-paragraph summary under the chart, computed from the same model the chart and the table draw, in the
 * interface's language (years are passed as text: a year is not a quantity to group by thousands).
 */
export function tradeSummary(m: TradeChartModel): string {
  const millions = (v: number) => formatNumber(v, { maximumFractionDigits: 1 });
  const target = { target: millions(m.target.valueM), targetYear: String(m.target.year) };
  if (!m.latest || m.latest.valueM === null) return t('details.tradeSummaryNone', target);
  const share = Math.round((m.latest.valueM / m.target.valueM) * 100);
  const firstBar = m.bars.find((b) => b.valueM !== null)!;
  const latest = { ...target, year: String(m.latest.year), value: millions(m.latest.valueM), share };
  const sentences = [
    m.latest.qualifier ? t('details.tradeSummaryLatestQualified', { ...latest, qualifier: m.latest.qualifier }) : t('details.tradeSummaryLatest', latest),
  ];
  if (firstBar.year !== m.latest.year) {
    sentences.push(t('details.tradeSummaryRange', { firstYear: String(firstBar.year), firstValue: millions(firstBar.valueM!), year: String(m.latest.year) }));
  }
  if (m.gaps.length > 0) sentences.push(t('details.tradeSummaryGaps', { years: yearRanges(m.gaps), count: m.gaps.length }));
  return sentences.join(' ');
}
