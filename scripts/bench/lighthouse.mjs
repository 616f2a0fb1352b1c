// Lighthouse (the npm package, pinned) against the explorer's production build, as `npm run bench` serves it: its
// default mobile emulation and simulated throttling, categories performance, accessibility, best practices and
// SEO. Chromium is the one the browser tests use (scripts/browser-path.mjs), started by chrome-launcher with the
// same software-WebGL flags; nothing is fetched beyond the page's own server. The raw report is kept (JSON and
// HTML) in bench-results/; the bench keeps the figures its budgets read (`lighthouseSummary`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from '../browser-path.mjs';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const round = (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x) : null);

/** The first DOM node an audit's details name (they nest: tables, lists, items), or null. */
function firstNode(details, depth = 0) {
  if (!details || typeof details !== 'object' || depth > 6) return null;
  if (details.type === 'node' && (details.selector || details.snippet)) return details;
  for (const v of Object.values(details)) {
    const found = Array.isArray(v) ? v.map((x) => firstNode(x, depth + 1)).find(Boolean) : firstNode(v, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * What the bench keeps of a Lighthouse result (its `lhr`): the scores (0–100), the paint and blocking metrics in
 * ms, what the largest contentful paint was, what blocked rendering, and the audits that failed in the
 * accessibility and best-practices categories (each by id and title).
 * @param {any} lhr
 */
export function lighthouseSummary(lhr) {
  const audit = (id) => lhr.audits?.[id];
  const score = (id) => {
    const s = lhr.categories?.[id]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : null;
  };
  const failed = (category) =>
    (lhr.categories?.[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => audit(ref.id))
      .filter((a) => a && typeof a.score === 'number' && a.score < 1)
      .map((a) => ({ id: a.id, title: a.title }));
  const fcpMs = round(audit('first-contentful-paint')?.numericValue);
  const lcpMs = round(audit('largest-contentful-paint')?.numericValue);
  const lcpNode = firstNode(audit('largest-contentful-paint-element')?.details) ?? firstNode(audit('lcp-breakdown-insight')?.details);
  const blocking = audit('render-blocking-insight') ?? audit('render-blocking-resources');
  return {
    version: lhr.lighthouseVersion ?? null,
    finalUrl: lhr.finalDisplayedUrl ?? lhr.finalUrl ?? null,
    formFactor: lhr.configSettings?.formFactor ?? null,
    throttling: lhr.configSettings?.throttlingMethod ?? null,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(c)])),
    fcpMs,
    lcpMs,
    lcpMinusFcpMs: fcpMs !== null && lcpMs !== null ? lcpMs - fcpMs : null,
    speedIndexMs: round(audit('speed-index')?.numericValue),
    totalBlockingTimeMs: round(audit('total-blocking-time')?.numericValue),
    cumulativeLayoutShift: audit('cumulative-layout-shift')?.numericValue ?? null,
    lcpElement: lcpNode ? { selector: lcpNode.selector ?? null, snippet: lcpNode.snippet ?? null } : null,
    renderBlocking: (blocking?.details?.items ?? []).map((i) => ({ url: i.url ?? null, wastedMs: round(i.wastedMs) })).filter((i) => i.url),
    failedAccessibility: failed('accessibility'),
    failedBestPractices: failed('best-practices'),
    runWarnings: lhr.runWarnings ?? [],
  };
}

/**
 * Runs Lighthouse once against `url` with the Chromium at `chromePath`; writes `lighthouse.report.json` and
 * `lighthouse.report.html` into `outDir`. Returns the summary.
 */
export async function runLighthouse({ url, chromePath, outDir }) {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  // chrome-launcher reads CHROME_PATH when it is not given a path.
  process.env.CHROME_PATH = chromePath;
  const chrome = await chromeLauncher.launch({
    chromePath,
    // As the benchmark's own browser: headless, WebGL on the CPU, nothing from the network. The sandbox needs a
    // user other than root, which a CI machine may not have.
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      onlyCategories: LIGHTHOUSE_CATEGORIES,
      logLevel: 'error',
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const [json, html] = /** @type {string[]} */ (result.report);
    writeFileSync(join(outDir, 'lighthouse.report.json'), json);
    writeFileSync(join(outDir, 'lighthouse.report.html'), html);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    return lighthouseSummary(result.lhr);
  } finally {
    await chrome.kill();
  }
}
