// Statistics, the budget lines (bench.json's `budgets`) and the markdown tables of the benchmark.
import { budget } from './budgets.mjs';

/** Each budget's limit (docs/PERFORMANCE.md says why each is what it is). */
export const BUDGETS = {
  loadRatio: 1.15, // explorer / first-view-style reference, median of the pairs' ratios
  lcpMinusFcpMs: 500, // Lighthouse (mobile): largest contentful paint − first contentful paint
  lighthouseAccessibility: 100, // at least
  lighthouseBestPractices: 100, // at least
  tourLongTaskMs: 200, // no long task longer than this across the tour's steps
  stillStepCorePercent: 25, // CPU of all browser processes over a still tour step, % of one core
  bigPackRatio: 3, // an opened pack of 5,000 features / the built-in pack, navigation → first idle, median of pairs
  bigPackLongTaskMs: 500, // no long task longer than this while it loads
  extraFirstViewBytes: 150_000, // compressed, explorer minus the three-layer reference (1 kB = 1000 bytes)
  passageMs: 100, // median, passage click -> highlighted frame
  cardMs: 100, // median, country click -> card shown
  longTaskAfterIdleMs: 200, // no long task longer than this after the first idle
};

export function median(xs) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

export function quantile(xs, q) {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

const ms = (x) => (x === null || x === undefined ? 'n/a' : `${Math.round(x).toLocaleString('en')} ms`);
const kB = (x) => (x === null ? 'n/a' : `${(x / 1000).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`);
const MB = (x) => `${(x / 1e6).toFixed(1)} MB`;
const ratio = (x) => (x === null || !Number.isFinite(x) ? 'n/a' : `×${x.toFixed(2)}`);
const pct = (x) => (x === null || x === undefined ? 'n/a' : `${(x * 100).toFixed(1)} %`);
const signed = (x, f) => (x === null ? 'n/a' : `${x >= 0 ? '+' : '−'}${f(Math.abs(x))}`);

/** The medians of one page's loads. */
function side(runs) {
  if (!runs.length) return null;
  const paint = (k) => median(runs.map((r) => r.paint?.[k] ?? null));
  return {
    readyMsMedian: median(runs.map((r) => r.readyMs)),
    readyMsMin: Math.min(...runs.map((r) => r.readyMs)),
    readyMsMax: Math.max(...runs.map((r) => r.readyMs)),
    fcpMsMedian: paint('fcpMs'),
    lcpMsMedian: paint('lcpMs'),
    articleMsMedian: paint('articleMs'),
    lcpElement: runs[runs.length - 1].paint?.lcpElement ?? null,
    sentMedian: median(runs.map((r) => r.bytes.sent)),
    rawMedian: median(runs.map((r) => r.bytes.raw)),
    requestsMedian: median(runs.map((r) => r.bytes.requests)),
    cdpEncodedMedian: median(runs.map((r) => r.cdpEncodedBytes)),
    mainThreadMsMedian: median(runs.map((r) => r.mainThread.taskMs)),
    scriptMsMedian: median(runs.map((r) => r.mainThread.scriptMs)),
    // CPU of all the browser's processes (null off Linux): total and by process, medians of each.
    cpuMsMedian: runs.every((r) => r.cpuMs)
      ? Object.fromEntries(['total', 'renderer', 'gpu', 'browser', 'other'].map((k) => [k, median(runs.map((r) => r.cpuMs[k]))]))
      : null,
    layers: runs[runs.length - 1].mapWork?.layers ?? null,
    shaderProgramsMedian: median(runs.map((r) => r.mapWork?.shaderPrograms ?? null)),
    longTaskCountMedian: median(runs.map((r) => r.longTasks.count)),
    longTaskMaxMsMedian: median(runs.map((r) => r.longTasks.maxMs)),
    longTaskMaxMsWorst: runs.some((r) => r.longTasks.maxMs === null) ? null : Math.max(...runs.map((r) => r.longTasks.maxMs)),
    byKind: runs[runs.length - 1].bytes.byKind,
  };
}

/**
 * Summaries and the budget lines from the raw runs. `pairs`: per pair { explorer, referenceStyle, reference,
 * bigPack } loads; `still`: { animated, reduced } still tour steps; `lighthouse`: its summary, or null if it did
 * not run (its budget lines are then unknown).
 */
export function summarize({ pairs, interactions, still, lighthouse, bigPack }) {
  const pick = (k) => pairs.map((p) => p[k]).filter(Boolean);
  const needed = (k) => {
    const sideOf = side(pick(k));
    if (!sideOf) throw new Error(`no ${k} loads to summarize`);
    return sideOf;
  };
  const explorer = needed('explorer');
  const referenceStyle = needed('referenceStyle');
  const reference = needed('reference');
  const big = side(pick('bigPack'));
  const ratiosOf = (k) => pairs.filter((p) => p[k]).map((p) => p.explorer.readyMs / p[k].readyMs);
  const styleRatios = ratiosOf('referenceStyle');
  const layerRatios = ratiosOf('reference');
  const bigRatios = pairs.filter((p) => p.bigPack).map((p) => p.bigPack.readyMs / p.explorer.readyMs);
  const extraSent = explorer.sentMedian - reference.sentMedian;
  const passageMs = median(interactions.passage.map((r) => r.ms));
  const cardMs = median(interactions.country.map((r) => r.ms));
  const lt = interactions.longTasksAfterIdle;
  const s = {
    explorer,
    referenceStyle,
    reference,
    bigPack: big ? { ...big, features: bigPack?.features ?? null, ratios: bigRatios, ratioMedian: median(bigRatios) } : null,
    styleRatios,
    styleRatioMedian: median(styleRatios),
    layerRatios,
    layerRatioMedian: median(layerRatios),
    extraSent,
    passage: {
      medianMs: passageMs,
      p90Ms: quantile(
        interactions.passage.map((r) => r.ms),
        0.9,
      ),
      inputDelayMedianMs: median(interactions.passage.map((r) => r.inputDelayMs)),
      handlersMedianMs: median(interactions.passage.map((r) => r.handlersMs)),
      toRenderMedianMs: median(interactions.passage.map((r) => r.toRenderMs)),
    },
    card: {
      medianMs: cardMs,
      p90Ms: quantile(
        interactions.country.map((r) => r.ms),
        0.9,
      ),
      inputDelayMedianMs: median(interactions.country.map((r) => r.inputDelayMs)),
      handlersMedianMs: median(interactions.country.map((r) => r.handlersMs)),
      toDomMedianMs: median(interactions.country.map((r) => r.toDomMs)),
    },
    firstVisit: { sent: interactions.precache.sentTotal, raw: interactions.precache.rawTotal, requests: interactions.precache.requests },
    still,
    lighthouse,
  };
  const steps = interactions.heap.tourSteps;
  const features = (bigPack?.features ?? 5000).toLocaleString('en');
  s.budgets = [
    budget('Navigation → first idle: explorer vs first-view-style reference (median of pair ratios)', s.styleRatioMedian, BUDGETS.loadRatio, '×'),
    budget('Lighthouse (mobile): largest contentful paint − first contentful paint', lighthouse?.lcpMinusFcpMs, BUDGETS.lcpMinusFcpMs, 'ms'),
    budget('Lighthouse (mobile): accessibility', lighthouse?.scores.accessibility, BUDGETS.lighthouseAccessibility, 'score', '>='),
    budget('Lighthouse (mobile): best practices', lighthouse?.scores['best-practices'], BUDGETS.lighthouseBestPractices, 'score', '>='),
    budget(`Tour: longest long task across ${steps} steps`, lt.tour.count === null ? null : lt.tour.maxMs, BUDGETS.tourLongTaskMs, 'ms'),
    budget(
      `Still tour step, animated: CPU of all browser processes (% of one core, ${Math.round((still?.animated?.wallMs ?? 0) / 1000)} s)`,
      still?.animated?.coreShare === null || still?.animated?.coreShare === undefined ? null : still.animated.coreShare * 100,
      BUDGETS.stillStepCorePercent,
      '%',
    ),
    budget(
      `Opened pack of ${features} features: navigation → first idle vs the built-in pack (median of pair ratios)`,
      median(bigRatios),
      BUDGETS.bigPackRatio,
      '×',
    ),
    budget(`Opened pack of ${features} features: longest long task while it loads`, big?.longTaskMaxMsWorst, BUDGETS.bigPackLongTaskMs, 'ms'),
    budget('First view, transferred: explorer − three-layer reference', extraSent / 1000, BUDGETS.extraFirstViewBytes / 1000, 'kB'),
    budget('Passage click → highlighted frame (median)', passageMs, BUDGETS.passageMs, 'ms'),
    budget('Country click → card shown (median)', cardMs, BUDGETS.cardMs, 'ms'),
    budget('Longest long task after the first idle (clicks, tour, leaving it)', lt.all.count === null ? null : lt.all.maxMs, BUDGETS.longTaskAfterIdleMs, 'ms'),
  ];
  return s;
}

const cpuText = (c) => (c ? `${ms(c.total)} (${ms(c.renderer)} / ${ms(c.gpu)} / ${ms(c.browser + c.other)})` : 'n/a');
const stillText = (x) => (x ? `${pct(x.coreShare)} of one core (${x.frames} frames in ${Math.round(x.wallMs / 1000)} s; ${cpuText(x.cpuMs)})` : 'n/a');

/** The measures: markdown, for the terminal, bench.json and README (the budgets have a table of their own). */
export function table(s, { pairs, clicks, interactions }) {
  const { explorer: e, referenceStyle: rs, reference: r } = s;
  const h = interactions.heap;
  const lt = interactions.longTasksAfterIdle;
  const both = (f) => `${f(rs)} / ${f(r)}`;
  const lh = s.lighthouse;
  const big = s.bigPack;
  const rows = [
    ['Measure', 'Explorer', 'Reference: first-view style', 'Reference: 3 layers', 'Explorer vs references (style / 3 layers)'],
    ['---', '---:', '---:', '---:', '---:'],
    [
      `Navigation → first idle (median of ${pairs} ${pairs === 1 ? 'pair' : 'pairs'})`,
      ms(e.readyMsMedian),
      ms(rs.readyMsMedian),
      ms(r.readyMsMedian),
      `${ratio(s.styleRatioMedian)} / ${ratio(s.layerRatioMedian)} (medians of pair ratios)`,
    ],
    ['Navigation → first contentful paint (median)', ms(e.fcpMsMedian), ms(rs.fcpMsMedian), ms(r.fcpMsMedian), ''],
    ['Navigation → article headline painted (median)', ms(e.articleMsMedian), '—', '—', ''],
    [
      'Navigation → largest contentful paint (median; the element, last load)',
      `${ms(e.lcpMsMedian)} (${e.lcpElement ?? 'n/a'})`,
      `${ms(rs.lcpMsMedian)} (${rs.lcpElement ?? 'n/a'})`,
      `${ms(r.lcpMsMedian)} (${r.lcpElement ?? 'n/a'})`,
      '',
    ],
    ['First view, transferred (gzip as served)', kB(e.sentMedian), kB(rs.sentMedian), kB(r.sentMedian), both((x) => signed(e.sentMedian - x.sentMedian, kB))],
    ['First view, raw (uncompressed)', kB(e.rawMedian), kB(rs.rawMedian), kB(r.rawMedian), both((x) => signed(e.rawMedian - x.rawMedian, kB))],
    [
      'Requests to first idle',
      String(e.requestsMedian),
      String(rs.requestsMedian),
      String(r.requestsMedian),
      both((x) => signed(e.requestsMedian - x.requestsMedian, String)),
    ],
    [
      'Main-thread busy to first idle (median)',
      ms(e.mainThreadMsMedian),
      ms(rs.mainThreadMsMedian),
      ms(r.mainThreadMsMedian),
      both((x) => ratio(e.mainThreadMsMedian / x.mainThreadMsMedian)),
    ],
    [
      'CPU time of all browser processes to first idle (median): total (renderer / GPU process / rest)',
      cpuText(e.cpuMsMedian),
      cpuText(rs.cpuMsMedian),
      cpuText(r.cpuMsMedian),
      e.cpuMsMedian && rs.cpuMsMedian && r.cpuMsMedian ? both((x) => ratio(e.cpuMsMedian.total / x.cpuMsMedian.total)) : '',
    ],
    [
      'Style layers / shader programs compiled at first idle',
      `${e.layers} / ${e.shaderProgramsMedian ?? 'n/a'}`,
      `${rs.layers} / ${rs.shaderProgramsMedian ?? 'n/a'}`,
      `${r.layers} / ${r.shaderProgramsMedian ?? 'n/a'}`,
      '',
    ],
    [
      'Long tasks during load: count / longest (medians)',
      `${e.longTaskCountMedian} / ${ms(e.longTaskMaxMsMedian)}`,
      `${rs.longTaskCountMedian} / ${ms(rs.longTaskMaxMsMedian)}`,
      `${r.longTaskCountMedian} / ${ms(r.longTaskMaxMsMedian)}`,
      '',
    ],
    ['First visit with the service worker (first view + precache)', `${kB(s.firstVisit.sent)} (${s.firstVisit.requests} requests)`, '', '', ''],
    [
      `Passage click → highlighted frame (median of ${clicks})`,
      `${ms(s.passage.medianMs)} (p90 ${ms(s.passage.p90Ms)}; handlers ${ms(s.passage.handlersMedianMs)}, map drawn at ${ms(s.passage.toRenderMedianMs)})`,
      '',
      '',
      '',
    ],
    [
      `Country click → card shown (median of ${clicks})`,
      `${ms(s.card.medianMs)} (p90 ${ms(s.card.p90Ms)}; handlers ${ms(s.card.handlersMedianMs)}, in the DOM at ${ms(s.card.toDomMedianMs)})`,
      '',
      '',
      '',
    ],
    [
      'Long tasks after first idle: count / longest',
      `${lt.all.count} / ${ms(lt.all.maxMs)} (clicks ${lt.passage.count + lt.country.count} / ${ms(Math.max(lt.passage.maxMs, lt.country.maxMs))}; tour ${lt.tour.count} / ${ms(lt.tour.maxMs)}; leaving it ${lt.leaveTour.count} / ${ms(lt.leaveTour.maxMs)})`,
      '',
      '',
      '',
    ],
    [
      `JS heap after GC, before → after ${h.tourSteps} tour steps`,
      `${MB(h.before.usedBytes)} → ${MB(h.after.usedBytes)} (${signed(h.after.usedBytes - h.before.usedBytes, MB)})`,
      '',
      '',
      '',
    ],
    ...(s.still
      ? [
          [
            `Still tour step ${s.still.animated?.step ?? ''}, animated: CPU of all browser processes (renderer / GPU process / rest)`,
            stillText(s.still.animated),
            '',
            '',
            '',
          ],
          ['… the same step, reduced motion (no animation)', stillText(s.still.reduced), '', '', ''],
        ]
      : []),
    ...(big
      ? [
          [
            `Opened pack of ${big.features?.toLocaleString('en') ?? '?'} features (?pack=): navigation → first idle (median), vs the built-in pack`,
            `${ms(big.readyMsMedian)} (${ratio(big.ratioMedian)}, median of pair ratios)`,
            '',
            '',
            '',
          ],
          [
            '… its long tasks during load: count (median) / longest (worst) ; CPU (median)',
            `${big.longTaskCountMedian} / ${ms(big.longTaskMaxMsWorst)} ; ${cpuText(big.cpuMsMedian)}`,
            '',
            '',
            '',
          ],
        ]
      : []),
    ...(lh
      ? [
          [
            `Lighthouse ${lh.version} (mobile): performance / accessibility / best practices / SEO`,
            `${lh.scores.performance} / ${lh.scores.accessibility} / ${lh.scores['best-practices']} / ${lh.scores.seo}`,
            '',
            '',
            '',
          ],
          [
            'Lighthouse: first contentful paint / largest contentful paint (its element) / total blocking time',
            `${ms(lh.fcpMs)} / ${ms(lh.lcpMs)} (${lh.lcpElement?.selector ?? 'n/a'}) / ${ms(lh.totalBlockingTimeMs)}`,
            '',
            '',
            '',
          ],
        ]
      : []),
  ];
  return rows.map((row) => `| ${row.map((c) => String(c).replaceAll('|', '\\|')).join(' | ')} |`).join('\n');
}

/** What the first view is made of (the explorer and both references, compressed as served). */
export function breakdown(s) {
  const pages = [s.explorer, s.referenceStyle, s.reference];
  const kinds = [...new Set(pages.flatMap((p) => Object.keys(p.byKind)))];
  const cell = (x) => (x ? `${kB(x.sent)} (${x.requests})` : '—');
  const lines = kinds
    .map((k) => ({ sent: s.explorer.byKind[k]?.sent ?? 0, text: `| ${k} | ${pages.map((p) => cell(p.byKind[k])).join(' | ')} |` }))
    .sort((a, b) => b.sent - a.sent);
  return [
    '| First view by kind (gzip, requests) | Explorer | Reference: first-view style | Reference: 3 layers |',
    '|---|---:|---:|---:|',
    ...lines.map((l) => l.text),
  ].join('\n');
}
