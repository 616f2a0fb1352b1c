// The benchmark's budget lines and the README's Performance section made from bench.json (scripts/bench/).
import { describe, expect, it } from 'vitest';
import { budget, budgetsTable, formatValue, readmeSection, replaceSection, README_END, README_START, type BenchJson } from '../../scripts/bench/budgets.mjs';
import { lighthouseSummary } from '../../scripts/bench/lighthouse.mjs';
import { BUDGETS, summarize, table } from '../../scripts/bench/report.mjs';

describe('a budget line', () => {
  it('is met at or under an upper limit, missed above it', () => {
    expect(budget('load', 1.15, 1.15, '×').met).toBe(true);
    expect(budget('load', 1.1501, 1.15, '×').met).toBe(false);
    expect(budget('cpu', 12.3, 25, '%')).toEqual({ name: 'cpu', value: 12.3, limit: 25, unit: '%', compare: '<=', met: true });
  });

  it('is met at or over a lower limit (a score), missed under it', () => {
    expect(budget('a11y', 100, 100, 'score', '>=').met).toBe(true);
    expect(budget('a11y', 98, 100, 'score', '>=').met).toBe(false);
  });

  it('is unknown, neither met nor missed, when the value could not be measured', () => {
    for (const v of [null, undefined, Number.NaN, Infinity]) expect(budget('x', v, 100, 'ms')).toMatchObject({ value: null, met: null });
  });

  it('keeps a digit more than the tables print, and judges the unrounded value', () => {
    expect(budget('t', 200.4, 200, 'ms')).toMatchObject({ value: 200.4, met: false });
    expect(budget('r', 1.23456, 2, '×').value).toBe(1.235);
  });
});

describe('the budgets table', () => {
  it('has one row per budget with its value, limit and verdict', () => {
    const md = budgetsTable([
      budget('Load', 1.08, 1.15, '×'),
      budget('Accessibility', 92, 100, 'score', '>='),
      budget('Lighthouse LCP − FCP', null, 500, 'ms'),
    ]);
    const rows = md.split('\n');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toBe('| Load | ×1.08 | ≤ ×1.15 | met |');
    expect(rows[3]).toBe('| Accessibility | 92 | ≥ 100 | **MISSED** |');
    expect(rows[4]).toBe('| Lighthouse LCP − FCP | n/a | ≤ 500 ms | n/a |');
  });

  it('prints each unit as the README does', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(140.62, 'kB')).toBe('140.6 kB');
    expect(formatValue(12.34, '%')).toBe('12.3 %');
    expect(formatValue(2, '×')).toBe('×2.00');
  });
});

describe("the README's Performance section", () => {
  const bench: BenchJson = {
    machine: { date: '2026-12-05T10:00:00.000Z', cpus: 2, loadavgAtStart: [1.23, 2, 3], chromium: '156.0', commit: 'abc1234' },
    settings: { pairs: 7 },
    budgets: [budget('Load', 1.3, 1.15, '×'), budget('Click', 40, 100, 'ms'), budget('Lighthouse', null, 100, 'score', '>=')],
    table: '| Measure | Explorer |\n|---|---:|\n| Load | 4,000 ms |',
    breakdown: '| Kind | Explorer |\n|---|---:|\n| fonts | 78.4 kB (7) |',
  };

  it('says when and where the run was made and how many budgets it met, then the tables from bench.json', () => {
    const md = readmeSection(bench);
    expect(md).toContain('2026-12-05: 2 CPUs, load average 1.2 / 2.0 / 3.0 at the start, Chromium 156.0, commit abc1234; 7 pairs of loads.');
    expect(md).toContain('1 of 3 budgets met, 1 missed, 1 not measured.');
    expect(md).toContain('| Load | ×1.30 | ≤ ×1.15 | **MISSED** |');
    expect(md).toContain(bench.table);
    expect(md).toContain(bench.breakdown);
  });

  it('replaces only what lies between the markers', () => {
    const readme = `# Title\n\n## Performance\n\nIntro.\n\n${README_START}\n\nold table\n\n${README_END}\n\nAfter.\n`;
    const next = replaceSection(readme, 'new table');
    expect(next).toBe(`# Title\n\n## Performance\n\nIntro.\n\n${README_START}\n\nnew table\n\n${README_END}\n\nAfter.\n`);
    expect(replaceSection(next, 'new table')).toBe(next);
  });

  it('refuses a README without its markers', () => {
    expect(() => replaceSection('# Title\n', 'x')).toThrow(/markers/);
    expect(() => replaceSection(`${README_END}\n${README_START}`, 'x')).toThrow(/markers/);
  });
});

describe('the budgets of a run', () => {
  const load = (readyMs: number, o: { sent?: number; longest?: number } = {}) => ({
    readyMs,
    paint: { fcpMs: 500, lcpMs: 900, lcpElement: 'h2#article-headline', articleMs: 900 },
    longTasks: { count: 2, maxMs: o.longest ?? 120, totalMs: 200 },
    bytes: { sent: o.sent ?? 500_000, raw: 1_000_000, requests: 10, byKind: {} },
    cdpEncodedBytes: 0,
    mainThread: { taskMs: 1000, scriptMs: 500 },
    cpuMs: { total: 3000, renderer: 2000, gpu: 800, browser: 100, other: 100 },
    mapWork: { layers: 19, shaderPrograms: 9 },
    errors: [],
  });
  const tasks = (maxMs: number) => ({ count: 1, maxMs, totalMs: maxMs, over200: maxMs > 200 ? 1 : 0 });
  const interactions = {
    passage: [{ ms: 40 }, { ms: 60 }, { ms: 50 }],
    country: [{ ms: 30 }, { ms: 150 }, { ms: 140 }],
    heap: { before: { usedBytes: 1e7 }, after: { usedBytes: 1.2e7 }, tourSteps: 100, stepCount: 12 },
    longTasksAfterIdle: { all: tasks(250), settle: tasks(0), passage: tasks(50), country: tasks(60), tour: tasks(180), leaveTour: tasks(250) },
    precache: { sentTotal: 1e6, rawTotal: 2e6, requests: 50 },
  };
  const pairs = [
    { explorer: load(4000, { sent: 640_000 }), referenceStyle: load(3600), reference: load(2000), bigPack: load(9000, { longest: 450 }) },
    { explorer: load(4200, { sent: 640_000 }), referenceStyle: load(3500), reference: load(2100), bigPack: load(14000, { longest: 620 }) },
    { explorer: load(4100, { sent: 640_000 }), referenceStyle: load(3700), reference: load(2050), bigPack: load(10000, { longest: 300 }) },
  ];
  const still = {
    animated: { step: 9, wallMs: 30_000, coreShare: 0.31, frames: 90, cpuMs: { total: 9300, renderer: 5000, gpu: 4000, browser: 200, other: 100 } },
    reduced: { step: 9, wallMs: 30_000, coreShare: 0.02, frames: 0, cpuMs: { total: 600, renderer: 300, gpu: 200, browser: 50, other: 50 } },
  };
  const lighthouse = {
    version: '13.5.0',
    scores: { performance: 60, accessibility: 100, 'best-practices': 96, seo: 91 },
    fcpMs: 1500,
    lcpMs: 1800,
    lcpMinusFcpMs: 300,
  };
  const s = summarize({ pairs, interactions, still, lighthouse, bigPack: { features: 5000 } });
  const byName = (part: string) => {
    const found = s.budgets.filter((b) => b.name.includes(part));
    expect(found, part).toHaveLength(1);
    return found[0]!;
  };

  it('has one line for each budget, this issue’s and the earlier ones', () => {
    expect(s.budgets).toHaveLength(Object.keys(BUDGETS).length);
    expect(new Set(s.budgets.map((b) => b.name)).size).toBe(s.budgets.length);
  });

  it('judges the load against the first-view-style reference, as the median of the pairs’ ratios', () => {
    // Ratios 4000/3600, 4200/3500, 4100/3700: 1.111, 1.2, 1.108; the median is 1.111.
    expect(byName('first-view-style reference')).toMatchObject({ value: 1.111, limit: 1.15, unit: '×', met: true });
    expect(s.layerRatioMedian).toBeCloseTo(2, 1);
  });

  it('reads the Lighthouse figures, the tour, the still step, the big pack and the clicks', () => {
    expect(byName('largest contentful paint − first')).toMatchObject({ value: 300, met: true });
    expect(byName('accessibility')).toMatchObject({ value: 100, compare: '>=', met: true });
    expect(byName('best practices')).toMatchObject({ value: 96, met: false });
    expect(byName('Tour: longest long task')).toMatchObject({ value: 180, met: true });
    expect(byName('Still tour step')).toMatchObject({ value: 31, unit: '%', met: false });
    // Big pack ratios 2.25, 3.33, 2.44: median 2.44; its worst long task 620 ms.
    expect(byName('vs the built-in pack')).toMatchObject({ value: 2.439, met: true });
    expect(byName('while it loads')).toMatchObject({ value: 620, met: false });
    expect(byName('three-layer reference')).toMatchObject({ value: 140, unit: 'kB', met: true });
    expect(byName('Passage click')).toMatchObject({ value: 50, met: true });
    expect(byName('Country click')).toMatchObject({ value: 140, met: false });
    expect(byName('after the first idle')).toMatchObject({ value: 250, met: false });
  });

  it('leaves the Lighthouse lines unknown when Lighthouse did not run', () => {
    const without = summarize({ pairs, interactions, still, lighthouse: null, bigPack: { features: 5000 } });
    expect(without.budgets.filter((b) => b.met === null).map((b) => b.name)).toEqual([
      'Lighthouse (mobile): largest contentful paint − first contentful paint',
      'Lighthouse (mobile): accessibility',
      'Lighthouse (mobile): best practices',
    ]);
  });

  it('makes the measures table with the explorer and both references', () => {
    const md = table(s, { pairs: 3, clicks: 3, interactions });
    expect(md).toContain('| Navigation → first idle (median of 3 pairs) | 4,100 ms | 3,600 ms | 2,050 ms | ×1.11 / ×2.00 (medians of pair ratios) |');
    expect(md).toContain('31.0 % of one core (90 frames in 30 s;');
  });
});

describe('what the bench keeps of a Lighthouse report', () => {
  const lhr = {
    lighthouseVersion: '13.5.0',
    configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
    categories: {
      performance: { score: 0.62, auditRefs: [] },
      accessibility: {
        score: 0.96,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'image-alt', weight: 10 },
          { id: 'manual-check', weight: 0 },
        ],
      },
      'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
      seo: { score: 0.91, auditRefs: [] },
    },
    audits: {
      'first-contentful-paint': { numericValue: 1510.4 },
      'largest-contentful-paint': { numericValue: 1820.6 },
      'total-blocking-time': { numericValue: 950 },
      'color-contrast': { id: 'color-contrast', title: 'Contrast', score: 0 },
      'image-alt': { id: 'image-alt', title: 'Alt', score: 1 },
      'manual-check': { id: 'manual-check', title: 'Manual', score: 0 },
      'errors-in-console': { id: 'errors-in-console', title: 'Console', score: 1 },
      'lcp-breakdown-insight': {
        details: {
          type: 'list',
          items: [
            { type: 'table', items: [] },
            { type: 'node', selector: 'section#panel-article > article > h2#article-headline', snippet: '<h2>' },
          ],
        },
      },
      'render-blocking-insight': { details: { items: [{ url: 'http://127.0.0.1/assets/index.css', wastedMs: 451.2 }] } },
    },
  };

  it('keeps the scores out of 100, the paints and their difference, and what the largest paint was', () => {
    const s = lighthouseSummary(lhr);
    expect(s.scores).toEqual({ performance: 62, accessibility: 96, 'best-practices': 100, seo: 91 });
    expect([s.fcpMs, s.lcpMs, s.lcpMinusFcpMs, s.totalBlockingTimeMs]).toEqual([1510, 1821, 311, 950]);
    expect(s.lcpElement?.selector).toBe('section#panel-article > article > h2#article-headline');
    expect(s.renderBlocking).toEqual([{ url: 'http://127.0.0.1/assets/index.css', wastedMs: 451 }]);
  });

  it('lists the weighted audits that failed, so that a score under 100 says why', () => {
    const s = lighthouseSummary(lhr);
    expect(s.failedAccessibility).toEqual([{ id: 'color-contrast', title: 'Contrast' }]);
    expect(s.failedBestPractices).toEqual([]);
  });

  it('gives nulls, not zeros, for a report without the figures', () => {
    const s = lighthouseSummary({ audits: {}, categories: {} });
    expect(s.scores.accessibility).toBeNull();
    expect(s.lcpMinusFcpMs).toBeNull();
  });
});
