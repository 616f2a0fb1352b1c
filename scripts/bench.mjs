#!/usr/bin/env node
// npm run bench: the explorer against bare MapLibre, on a school laptop's screen size (docs/PERFORMANCE.md).
// Builds the explorer and a reference page (the same maplibre-gl drawing only the countries and their labels,
// with the same fonts), serves both gzipped from 127.0.0.1, loads them in turn (A B A B …) in fresh Chromium
// contexts, then measures the explorer's interactions. Prints one markdown table, writes bench-results/bench.json.
// Exit 0 even when a budget is missed (the table says MISSED); non-zero only when something failed.
//
// Options: --pairs N (default 7), --clicks N (20), --steps N (100), --no-build (reuse bench-results/ builds),
// --profile (one more explorer load under the CPU profiler: main-thread self time per source file / package,
// and of the tour; the raw profiles in bench-results/*.cpuprofile).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium, launchOptions } from './browser-path.mjs';
import { buildPages } from './bench/build.mjs';
import { explorerMapBox, measureInteractions, measureLoad } from './bench/measure.mjs';
import { attribute } from './bench/profile.mjs';
import { breakdown, summarize, table } from './bench/report.mjs';
import { startStaticServer } from './bench/server.mjs';
import { commandLine } from './lib/args.mjs';

const repo = resolve(import.meta.dirname, '..');
const outRoot = join(repo, 'bench-results');
/** A common school laptop screen. */
const VIEWPORT = { width: 1366, height: 768 };

/** The command line (any other argument is refused), with the counts checked. */
function readArgs() {
  return commandLine('npm run bench -- [--pairs N] [--clicks N] [--steps N] [--no-build] [--profile]', () => {
    const { values } = parseArgs({
      options: {
        pairs: { type: 'string', default: '7' },
        clicks: { type: 'string', default: '20' },
        steps: { type: 'string', default: '100' },
        'no-build': { type: 'boolean', default: false },
        profile: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    /** @param {'pairs' | 'clicks' | 'steps'} name */
    const count = (name) => {
      const n = Number(values[name]);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive whole number`);
      return n;
    };
    return { pairs: count('pairs'), clicks: count('clicks'), tourSteps: count('steps'), build: !values['no-build'], profile: values.profile };
  });
}

const log = (...a) => console.error(...a);

async function main() {
  const { pairs, clicks, tourSteps, build, profile } = readArgs();

  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error('No Chromium found: set CHROMIUM_PATH, or install one (on Debian: apt-get install -y chromium).');
  }
  const tour = JSON.parse(readFileSync(join(repo, 'geo', 'tour.json'), 'utf8'));
  const stepCount = tour.steps?.length;
  if (!stepCount) throw new Error('geo/tour.json has no steps');

  mkdirSync(outRoot, { recursive: true });
  const dirs = { explorer: join(outRoot, 'explorer'), reference: join(outRoot, 'reference') };
  if (build) {
    log('building the explorer and the reference page …');
    await buildPages(repo, outRoot);
  } else {
    for (const d of Object.values(dirs)) if (!existsSync(join(d, 'index.html'))) throw new Error(`--no-build: ${relative(repo, d)} has no build`);
  }

  const servers = {};
  let browser = null;
  try {
    servers.explorer = await startStaticServer(dirs.explorer);
    servers.reference = await startStaticServer(dirs.reference);
    browser = await chromium.launch(launchOptions([...CHROMIUM_ARGS]));
    const machineStart = { loadavg: loadavg() };

    // Warm-up (not counted): starts the browser's processes and the OS file cache, and measures the size of the
    // explorer's map so the reference draws the same number of pixels.
    log('warming up …');
    const box = await explorerMapBox(browser, { url: servers.explorer.url, viewport: VIEWPORT });
    const referenceUrl = `${servers.reference.url}?w=${box.width}&h=${box.height}`;
    await measureLoad(browser, { url: referenceUrl, viewport: VIEWPORT, server: servers.reference, what: 'reference' });

    const runs = [];
    for (let i = 0; i < pairs; i++) {
      const explorer = await measureLoad(browser, { url: servers.explorer.url, viewport: VIEWPORT, server: servers.explorer, what: 'explorer' });
      const reference = await measureLoad(browser, { url: referenceUrl, viewport: VIEWPORT, server: servers.reference, what: 'reference' });
      runs.push({ explorer, reference });
      log(
        `pair ${i + 1}/${pairs}: explorer ${Math.round(explorer.readyMs)} ms, reference ${Math.round(reference.readyMs)} ms, ratio ${(explorer.readyMs / reference.readyMs).toFixed(2)}`,
      );
    }

    let mainThreadProfile = null;
    if (profile) {
      log('profiling one more explorer load …');
      const run = await measureLoad(browser, {
        url: servers.explorer.url,
        viewport: VIEWPORT,
        server: servers.explorer,
        what: 'explorer (profiled)',
        profile: true,
      });
      // The raw profile opens in Chrome DevTools (Performance panel: Load profile).
      writeFileSync(join(outRoot, 'explorer-load.cpuprofile'), JSON.stringify(run.cpuProfile));
      mainThreadProfile = { readyMs: run.readyMs, ...attribute(run.cpuProfile, dirs.explorer) };
    }

    log(`interactions: ${clicks} passage clicks, ${clicks} country clicks, ${tourSteps} tour steps …`);
    const interactions = await measureInteractions(browser, {
      url: servers.explorer.url,
      viewport: VIEWPORT,
      server: servers.explorer,
      clicks,
      tourSteps,
      stepCount,
      profileTour: profile,
    });
    let tourProfile = null;
    if (interactions.tourProfile) {
      writeFileSync(join(outRoot, 'explorer-tour.cpuprofile'), JSON.stringify(interactions.tourProfile));
      tourProfile = attribute(interactions.tourProfile, dirs.explorer);
      delete interactions.tourProfile;
    }

    const summary = summarize({ pairs: runs, interactions });
    const md = table(summary, { pairs, clicks, interactions });
    const kinds = breakdown(summary);
    const machine = {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      totalMemBytes: totalmem(),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: browser.version(),
      chromiumArgs: CHROMIUM_ARGS,
      maplibre: JSON.parse(readFileSync(join(repo, 'node_modules', 'maplibre-gl', 'package.json'), 'utf8')).version,
      commit: gitDescribe(),
      loadavgAtStart: machineStart.loadavg,
      loadavgAtEnd: loadavg(),
      viewport: VIEWPORT,
      mapCanvas: box,
    };
    const result = {
      machine,
      settings: { pairs, clicks, tourSteps, stepCount, serviceWorkersDuringLoads: 'blocked', httpCache: 'disabled, fresh context per load' },
      budgets: summary.verdicts,
      summary,
      table: md,
      breakdown: kinds,
      pairs: runs,
      interactions,
      ...(mainThreadProfile ? { mainThreadProfile } : {}),
      ...(tourProfile ? { tourProfile } : {}),
    };
    writeFileSync(join(outRoot, 'bench.json'), JSON.stringify(result, null, 2) + '\n');

    const missed = Object.entries(summary.verdicts)
      .filter(([, v]) => v.met === false)
      .map(([k]) => k);
    console.log(`\n${md}\n\n${kinds}\n`);
    console.log(`Pair ratios (explorer/reference): ${summary.ratios.map((r) => r.toFixed(2)).join(', ')}`);
    const t = interactions.tourSettles;
    console.log(`Tour: the map reached idle in ${t.idleReached} of ${t.waits} pauses (each waited up to ${t.idleCapMs / 1000} s after the camera stopped).`);
    const list = (xs) =>
      xs
        .slice(0, 10)
        .map((x) => `${x.name} ${x.ms} ms`)
        .join('; ');
    if (mainThreadProfile) {
      console.log(`Profiled load (${Math.round(mainThreadProfile.readyMs)} ms to idle), main-thread self time by source: ${list(mainThreadProfile.buckets)}`);
      console.log(`… by function: ${list(mainThreadProfile.functions)}`);
    }
    if (tourProfile)
      console.log(`Tour (${tourSteps} steps), main-thread self time by source: ${list(tourProfile.buckets)}\n… by function: ${list(tourProfile.functions)}`);
    console.log(
      `Machine: ${machine.cpus} CPUs, Node ${machine.node}, Chromium ${machine.chromium}, load average ${machine.loadavgAtStart.map((x) => x.toFixed(1)).join('/')} at start.`,
    );
    const pageErrors = [...runs.flatMap((p) => [...p.explorer.errors, ...p.reference.errors]), ...interactions.errors];
    if (pageErrors.length) console.log(`Page errors: ${[...new Set(pageErrors)].join(' | ')}`);
    console.log(missed.length ? `\nBudgets MISSED: ${missed.join(', ')}` : '\nAll budgets met.');
    console.log(`Written ${relative(repo, join(outRoot, 'bench.json'))}`);
  } finally {
    if (browser) await browser.close();
    for (const s of Object.values(servers)) await s.close();
  }
}

function gitDescribe() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
