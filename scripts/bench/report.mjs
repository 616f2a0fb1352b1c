// Statistics, budget verdicts and the markdown table of the benchmark.

export const BUDGETS = {
  loadRatio: 1.2, // explorer / reference, median of the pairs' ratios
  extraFirstViewBytes: 150_000, // compressed, explorer minus reference (1 kB = 1000 bytes)
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

const ms = (x) => (x === null ? 'n/a' : `${Math.round(x).toLocaleString('en')} ms`);
const kB = (x) => (x === null ? 'n/a' : `${(x / 1000).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`);
const MB = (x) => `${(x / 1e6).toFixed(1)} MB`;
const verdictText = (ok) => (ok === null ? 'n/a' : ok ? 'met' : '**MISSED**');

/** Summaries and verdicts from the raw runs. */
export function summarize({ pairs, interactions }) {
  const ex = pairs.map((p) => p.explorer);
  const ref = pairs.map((p) => p.reference);
  const ratios = pairs.map((p) => p.explorer.readyMs / p.reference.readyMs);
  const side = (runs) => ({
    readyMsMedian: median(runs.map((r) => r.readyMs)),
    readyMsMin: Math.min(...runs.map((r) => r.readyMs)),
    readyMsMax: Math.max(...runs.map((r) => r.readyMs)),
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
    layers: runs[runs.length - 1].mapWork.layers,
    shaderProgramsMedian: median(runs.map((r) => r.mapWork.shaderPrograms)),
    longTaskCountMedian: median(runs.map((r) => r.longTasks.count)),
    longTaskMaxMsMedian: median(runs.map((r) => r.longTasks.maxMs)),
    longTaskMaxMsWorst: Math.max(...runs.map((r) => r.longTasks.maxMs ?? 0)),
    byKind: runs[runs.length - 1].bytes.byKind,
  });
  const explorer = side(ex);
  const reference = side(ref);
  const ratioMedian = median(ratios);
  const extraSent = explorer.sentMedian - reference.sentMedian;
  const passageMs = median(interactions.passage.map((r) => r.ms));
  const cardMs = median(interactions.country.map((r) => r.ms));
  const lt = interactions.longTasksAfterIdle.all;
  const verdicts = {
    loadRatio: { value: ratioMedian, budget: BUDGETS.loadRatio, met: ratioMedian <= BUDGETS.loadRatio },
    extraFirstViewBytes: { value: extraSent, budget: BUDGETS.extraFirstViewBytes, met: extraSent <= BUDGETS.extraFirstViewBytes },
    passageMs: { value: passageMs, budget: BUDGETS.passageMs, met: passageMs <= BUDGETS.passageMs },
    cardMs: { value: cardMs, budget: BUDGETS.cardMs, met: cardMs <= BUDGETS.cardMs },
    longTaskAfterIdleMs: { value: lt.maxMs, budget: BUDGETS.longTaskAfterIdleMs, met: lt.count === null ? null : lt.maxMs <= BUDGETS.longTaskAfterIdleMs },
  };
  return {
    explorer,
    reference,
    ratios,
    ratioMedian,
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
    verdicts,
  };
}

const cpuText = (c) => `${ms(c.total)} (${ms(c.renderer)} / ${ms(c.gpu)} / ${ms(c.browser + c.other)})`;

/** The one table: markdown, for the terminal and for README. */
export function table(s, { pairs, clicks, interactions }) {
  const { explorer: e, reference: r, verdicts: v } = s;
  const h = interactions.heap;
  const lt = interactions.longTasksAfterIdle;
  const rows = [
    ['Measure', 'Explorer', 'Reference', 'Explorer vs reference', 'Budget', 'Verdict'],
    ['---', '---:', '---:', '---:', '---', '---'],
    [
      `Navigation → first idle (median of ${pairs} pairs)`,
      ms(e.readyMsMedian),
      ms(r.readyMsMedian),
      `×${s.ratioMedian.toFixed(2)} (median of pair ratios)`,
      `≤ ×${BUDGETS.loadRatio}`,
      verdictText(v.loadRatio.met),
    ],
    [
      'First view, transferred (gzip as served)',
      kB(e.sentMedian),
      kB(r.sentMedian),
      `+${kB(s.extraSent)}`,
      `≤ +${kB(BUDGETS.extraFirstViewBytes)}`,
      verdictText(v.extraFirstViewBytes.met),
    ],
    ['First view, raw (uncompressed)', kB(e.rawMedian), kB(r.rawMedian), `+${kB(e.rawMedian - r.rawMedian)}`, '', ''],
    ['Requests to first idle', String(e.requestsMedian), String(r.requestsMedian), `+${e.requestsMedian - r.requestsMedian}`, '', ''],
    [
      'Main-thread busy to first idle (median)',
      ms(e.mainThreadMsMedian),
      ms(r.mainThreadMsMedian),
      `×${(e.mainThreadMsMedian / r.mainThreadMsMedian).toFixed(2)}`,
      '',
      '',
    ],
    ...(e.cpuMsMedian && r.cpuMsMedian
      ? [
          [
            'CPU time of all browser processes to first idle (median): total (renderer / GPU process / rest)',
            cpuText(e.cpuMsMedian),
            cpuText(r.cpuMsMedian),
            `×${(e.cpuMsMedian.total / r.cpuMsMedian.total).toFixed(2)}`,
            '',
            '',
          ],
        ]
      : []),
    [
      'Style layers / shader programs compiled at first idle',
      `${e.layers} / ${e.shaderProgramsMedian ?? 'n/a'}`,
      `${r.layers} / ${r.shaderProgramsMedian ?? 'n/a'}`,
      '',
      '',
      '',
    ],
    [
      'Long tasks during load: count / longest (medians)',
      `${e.longTaskCountMedian} / ${ms(e.longTaskMaxMsMedian)}`,
      `${r.longTaskCountMedian} / ${ms(r.longTaskMaxMsMedian)}`,
      '',
      '',
      '',
    ],
    ['First visit with the service worker (first view + precache)', `${kB(s.firstVisit.sent)} (${s.firstVisit.requests} requests)`, '', '', '', ''],
    [
      `Passage click → highlighted frame (median of ${clicks})`,
      `${ms(s.passage.medianMs)} (p90 ${ms(s.passage.p90Ms)}; handlers ${ms(s.passage.handlersMedianMs)}, map drawn at ${ms(s.passage.toRenderMedianMs)})`,
      '',
      '',
      `≤ ${BUDGETS.passageMs} ms`,
      verdictText(v.passageMs.met),
    ],
    [
      `Country click → card shown (median of ${clicks})`,
      `${ms(s.card.medianMs)} (p90 ${ms(s.card.p90Ms)}; handlers ${ms(s.card.handlersMedianMs)}, in the DOM at ${ms(s.card.toDomMedianMs)})`,
      '',
      '',
      `≤ ${BUDGETS.cardMs} ms`,
      verdictText(v.cardMs.met),
    ],
    [
      'Long tasks after first idle: count / longest',
      `${lt.all.count} / ${ms(lt.all.maxMs)} (clicks ${lt.passage.count + lt.country.count} / ${ms(Math.max(lt.passage.maxMs, lt.country.maxMs))}; tour ${lt.tour.count} / ${ms(lt.tour.maxMs)}; leaving it ${lt.leaveTour.count} / ${ms(lt.leaveTour.maxMs)})`,
      '',
      '',
      `none > ${BUDGETS.longTaskAfterIdleMs} ms`,
      verdictText(v.longTaskAfterIdleMs.met),
    ],
    [
      `JS heap after GC, before → after ${h.tourSteps} tour steps`,
      `${MB(h.before.usedBytes)} → ${MB(h.after.usedBytes)} (${h.after.usedBytes >= h.before.usedBytes ? '+' : '−'}${MB(Math.abs(h.after.usedBytes - h.before.usedBytes))})`,
      '',
      '',
      '',
      '',
    ],
  ];
  return rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** What the first view is made of (explorer and reference, compressed as served). */
export function breakdown(s) {
  const kinds = [...new Set([...Object.keys(s.explorer.byKind), ...Object.keys(s.reference.byKind)])];
  const line = (k) => {
    const e = s.explorer.byKind[k];
    const r = s.reference.byKind[k];
    const cell = (x) => (x ? `${kB(x.sent)} (${x.requests})` : '—');
    return { k, sent: e?.sent ?? 0, text: `| ${k} | ${cell(e)} | ${cell(r)} |` };
  };
  const lines = kinds.map(line).sort((a, b) => b.sent - a.sent);
  return ['| First view by kind (gzip, requests) | Explorer | Reference |', '|---|---:|---:|', ...lines.map((l) => l.text)].join('\n');
}
