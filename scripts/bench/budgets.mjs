// The benchmark's budget lines and the README's Performance section, from bench-results/bench.json. Pure
// functions (unit-tested in tests/unit/bench-budgets.test.ts); scripts/bench/readme-table.mjs writes the section.

/** Where the README's generated section starts and ends. */
export const README_START = '<!-- bench:start (made from bench-results/bench.json by scripts/bench/readme-table.mjs; do not edit by hand) -->';
export const README_END = '<!-- bench:end -->';

const DECIMALS = { '×': 2, ms: 0, kB: 1, '%': 1, score: 0 };

/**
 * One budget line. `compare`: '<=' (at most the limit) or '>=' (at least). `met` is null when the value could not be
 * measured (a run that failed, a figure the platform does not give): unknown, neither met nor missed.
 * @param {string} name
 * @param {number | null | undefined} value
 * @param {number} limit
 * @param {'×' | 'ms' | 'kB' | '%' | 'score'} unit
 * @param {'<=' | '>='} [compare]
 */
export function budget(name, value, limit, unit, compare = '<=') {
  const known = typeof value === 'number' && Number.isFinite(value);
  const f = 10 ** (DECIMALS[unit] + 1);
  return {
    name,
    value: known ? Math.round(value * f) / f : null,
    limit,
    unit,
    compare,
    met: known ? (compare === '>=' ? value >= limit : value <= limit) : null,
  };
}

/** A number in a unit, as the tables print it. */
export function formatValue(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  const n = value.toLocaleString('en', {
    maximumFractionDigits: DECIMALS[unit] ?? 1,
    minimumFractionDigits: unit === '×' || unit === 'kB' ? DECIMALS[unit] : 0,
  });
  if (unit === '×') return `×${n}`;
  if (unit === 'score') return n;
  if (unit === '%') return `${n} %`;
  return `${n} ${unit}`;
}

export const verdict = (met) => (met === null ? 'n/a' : met ? 'met' : '**MISSED**');

/** The budgets as a markdown table: one row each. */
export function budgetsTable(budgets) {
  const rows = [
    '| Budget | Value | Limit | Verdict |',
    '| --- | ---: | ---: | --- |',
    ...budgets.map(
      (b) => `| ${b.name} | ${formatValue(b.value, b.unit)} | ${b.compare === '>=' ? '≥' : '≤'} ${formatValue(b.limit, b.unit)} | ${verdict(b.met)} |`,
    ),
  ];
  return rows.join('\n');
}

/** The README's Performance section from a bench.json: when and where it ran, the budgets, then every measure. */
export function readmeSection(bench) {
  const m = bench.machine ?? {};
  const load = (m.loadavgAtStart ?? []).map((x) => x.toFixed(1)).join(' / ');
  const missed = bench.budgets.filter((b) => b.met === false).length;
  const unknown = bench.budgets.filter((b) => b.met === null).length;
  const date = typeof m.date === 'string' ? m.date.slice(0, 10) : 'unknown date';
  const parts = [
    `The last run of \`npm run bench\`, ${date}: ${m.cpus ?? '?'} CPUs, load average ${load || 'n/a'} at the start, Chromium ${m.chromium ?? '?'}, commit ${m.commit ?? '?'}; ${bench.settings?.pairs === 1 ? '1 pair' : `${bench.settings?.pairs ?? '?'} pairs`} of loads. ${bench.budgets.length - missed - unknown} of ${bench.budgets.length} budgets met${missed ? `, ${missed} missed` : ''}${unknown ? `, ${unknown} not measured` : ''}.`,
    budgetsTable(bench.budgets),
    bench.table,
    bench.breakdown,
  ];
  return parts.filter(Boolean).join('\n\n');
}

/** The README with its generated section replaced. Throws if the markers are missing or out of order. */
export function replaceSection(readme, section) {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < 0 || end < start) throw new Error(`README.md needs the markers ${README_START} … ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n\n${section}\n\n${readme.slice(end)}`;
}
