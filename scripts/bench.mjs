#!/usr/bin/env node
// npm run bench: the explorer against bare MapLibre, on a school laptop's screen size (docs/PERFORMANCE.md).
// Builds the explorer and two reference pages (the same maplibre-gl drawing the explorer's own first-view style
// and data; and drawing only the countries and their labels), serves them gzipped from 127.0.0.1, loads them in
// turn (explorer, first-view style, 3 layers, the explorer opening a 5,000-feature pack, …) in fresh Chromium
// contexts, measures the explorer's interactions, a still tour step's CPU, and runs Lighthouse on the explorer.
// Prints the budgets and the measures, writes bench-results/bench.json (with its `budgets` array) and rewrites
// the README's Performance tables from it. Exit 0 even when a budget is missed (it says MISSED); non-zero only
// when something failed.
//
// Options: --pairs N (default 7), --clicks N (20), --steps N (100), --still-seconds N (30), --no-build (reuse
// bench-results/ builds), --no-lighthouse, --lighthouse-only (build, serve and run Lighthouse only; no bench.json),
// --no-readme (leave README.md as it is), --profile (one more explorer load under the CPU profiler: main-thread
// self time per source file / package, and of the tour; the raw profiles in bench-results/*.cpuprofile).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, findChromium, launchOptions } from './browser-path.mjs';
import { writeBigPack } from './bench/big-pack.mjs';
import { budgetsTable } from './bench/budgets.mjs';
import { buildPages } from './bench/build.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { explorerMapBox, measureInteractions, measureLoad, measureStillStep } from './bench/measure.mjs';
import { attribute } from './bench/profile.mjs';
import { writeReadmeTable } from './bench/readme-table.mjs';
import { breakdown, summarize, table } from './bench/report.mjs';
import { startStaticServer } from './bench/server.mjs';
import { commandLine } from './lib/args.mjs';

const repo = resolve(import.meta.dirname, '..');
const outRoot = join(repo, 'bench-results');
/** A common school laptop screen. */
const VIEWPORT = { width: 1366, height: 768 };
/** The opened pack's size (issue: a pack of 5,000 features opens within ×3 of the built-in pack). */
const BIG_PACK_FEATURES = 5000;
/** Where the big pack is written: inside the explorer's build, so that it is served from the explorer's origin. */
const BIG_PACK_DIR = join('bench-packs', 'big');

/** The command line (any other argument is refused), with the counts checked. */
function readArgs() {
  return commandLine(
    'npm run bench -- [--pairs N] [--clicks N] [--steps N] [--still-seconds N] [--no-build] [--no-lighthouse] [--lighthouse-only] [--no-readme] [--profile]',
    () => {
      const { values } = parseArgs({
        options: {
          pairs: { type: 'string', default: '7' },
          clicks: { type: 'string', default: '20' },
          steps: { type: 'string', default: '100' },
          'still-seconds': { type: 'string', default: '30' },
          'no-build': { type: 'boolean', default: false },
          'no-lighthouse': { type: 'boolean', default: false },
          'lighthouse-only': { type: 'boolean', default: false },
          'no-readme': { type: 'boolean', default: false },
          profile: { type: 'boolean', default: false },
        },
        strict: true,
        allowPositionals: false,
      });
      /** @param {'pairs' | 'clicks' | 'steps' | 'still-seconds'} name */
      const count = (name) => {
        const n = Number(values[name]);
        if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive whole number`);
        return n;
      };
      if (values['no-lighthouse'] && values['lighthouse-only']) throw new Error('--no-lighthouse and --lighthouse-only contradict each other');
      return {
        pairs: count('pairs'),
        clicks: count('clicks'),
        tourSteps: count('steps'),
        stillSeconds: count('still-seconds'),
        build: !values['no-build'],
        lighthouse: !values['no-lighthouse'],
        lighthouseOnly: values['lighthouse-only'],
        readme: !values['no-readme'],
        profile: values.profile,
      };
    },
  );
}

const log = (...a) => console.error(...a);

/** The tour step a still step is measured at: the last one that reveals corridors (all revealed so far are drawn). */
function stillStepOf(tour) {
  const steps = tour.steps.map((s, i) => ({ i, n: s.reveal?.length ?? 0 })).filter((s) => s.n > 0);
  if (!steps.length) throw new Error('geo/tour.json reveals no corridors: no step has animated corridors');
  return steps[steps.length - 1].i;
}

async function main() {
  const o = readArgs();
  const { pairs, clicks, tourSteps, profile } = o;

  const chromiumPath = findChromium();
  if (!chromiumPath) {
    throw new Error('No Chromium found: set CHROMIUM_PATH, or install one (on Debian: apt-get install -y chromium).');
  }
  const tour = JSON.parse(readFileSync(join(repo, 'geo', 'tour.json'), 'utf8'));
  const stepCount = tour.steps?.length;
  if (!stepCount) throw new Error('geo/tour.json has no steps');

  mkdirSync(outRoot, { recursive: true });
  const dirs = { explorer: join(outRoot, 'explorer'), referenceStyle: join(outRoot, 'reference-style'), reference: join(outRoot, 'reference') };
  if (o.build) {
    log('building the explorer and the reference pages …');
    await buildPages(repo, outRoot);
  } else {
    for (const d of Object.values(dirs)) if (!existsSync(join(d, 'index.html'))) throw new Error(`--no-build: ${relative(repo, d)} has no build`);
  }
  // The big pack, served by the explorer's server (an opened pack must be on the explorer's own origin).
  const bigDir = join(dirs.explorer, BIG_PACK_DIR);
  rmSync(bigDir, { recursive: true, force: true });
  const bigPack = await writeBigPack(bigDir, { features: BIG_PACK_FEATURES });
  const bigTitle = JSON.parse(readFileSync(join(bigDir, 'pack.json'), 'utf8')).title;

  const servers = {};
  let browser = null;
  const machineStart = { loadavg: loadavg() };
  try {
    servers.explorer = await startStaticServer(dirs.explorer);
    servers.referenceStyle = await startStaticServer(dirs.referenceStyle);
    servers.reference = await startStaticServer(dirs.reference);

    if (o.lighthouseOnly) {
      log('Lighthouse …');
      const lh = await runLighthouse({ url: servers.explorer.url, chromePath: chromiumPath, outDir: outRoot });
      writeFileSync(join(outRoot, 'lighthouse.json'), JSON.stringify(lh, null, 2) + '\n');
      console.log(JSON.stringify(lh, null, 2));
      console.log(`Load average ${machineStart.loadavg.map((x) => x.toFixed(1)).join('/')} at start. Raw report: bench-results/lighthouse.report.html`);
      return;
    }

    browser = await chromium.launch(launchOptions([...CHROMIUM_ARGS]));
    const chromiumVersion = browser.version();

    // Warm-up (not counted): starts the browser's processes and the OS file cache, and measures the explorer's
    // map (its size and its first view) so that the references draw the same pixels.
    log('warming up …');
    const box = await explorerMapBox(browser, { url: servers.explorer.url, viewport: VIEWPORT });
    const size = `w=${box.width}&h=${box.height}`;
    const pages = {
      explorer: { url: servers.explorer.url, server: servers.explorer, what: 'explorer' },
      referenceStyle: {
        url: `${servers.referenceStyle.url}?${size}&lng=${box.lng}&lat=${box.lat}&zoom=${box.zoom}`,
        server: servers.referenceStyle,
        what: 'first-view-style reference',
      },
      reference: { url: `${servers.reference.url}?${size}`, server: servers.reference, what: 'three-layer reference' },
      bigPack: {
        url: `${servers.explorer.url}?pack=${encodeURIComponent(BIG_PACK_DIR.split('\\').join('/') + '/')}`,
        server: servers.explorer,
        what: `explorer opening a pack of ${bigPack.features} features`,
        title: bigTitle,
      },
    };
    const load = (k, extra = {}) => measureLoad(browser, { viewport: VIEWPORT, ...pages[k], ...extra });
    await load('referenceStyle');
    await load('reference');
    await load('bigPack');

    const runs = [];
    for (let i = 0; i < pairs; i++) {
      const run = {};
      for (const k of ['explorer', 'referenceStyle', 'reference', 'bigPack']) run[k] = await load(k);
      runs.push(run);
      const r = (k) => (run.explorer.readyMs / run[k].readyMs).toFixed(2);
      log(
        `pair ${i + 1}/${pairs}: explorer ${Math.round(run.explorer.readyMs)} ms; vs first-view style ×${r('referenceStyle')}, vs 3 layers ×${r('reference')}; big pack ×${(run.bigPack.readyMs / run.explorer.readyMs).toFixed(2)}`,
      );
    }

    let mainThreadProfile = null;
    if (profile) {
      log('profiling one more explorer load …');
      const run = await load('explorer', { what: 'explorer (profiled)', profile: true });
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

    const step = stillStepOf(tour);
    log(`a still tour step (${step}) for ${o.stillSeconds} s, animated, then with reduced motion …`);
    const stillOptions = { url: servers.explorer.url, viewport: VIEWPORT, step, seconds: o.stillSeconds };
    const still = {
      animated: await measureStillStep(browser, { ...stillOptions, reducedMotion: false }),
      reduced: await measureStillStep(browser, { ...stillOptions, reducedMotion: true }),
    };
    await browser.close();
    browser = null;

    // Lighthouse last, alone: one browser at a time on the machine.
    let lighthouse = null;
    let lighthouseError = null;
    if (o.lighthouse) {
      log('Lighthouse …');
      try {
        lighthouse = await runLighthouse({ url: servers.explorer.url, chromePath: chromiumPath, outDir: outRoot });
      } catch (e) {
        lighthouseError = e instanceof Error ? e.message : String(e);
      }
    }

    const summary = summarize({ pairs: runs, interactions, still, lighthouse, bigPack });
    const md = table(summary, { pairs, clicks, interactions });
    const kinds = breakdown(summary);
    const machine = {
      date: new Date().toISOString(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      totalMemBytes: totalmem(),
      os: `${platform()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
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
      settings: {
        pairs,
        clicks,
        tourSteps,
        stepCount,
        stillStep: step,
        stillSeconds: o.stillSeconds,
        bigPack,
        lighthouse: o.lighthouse,
        serviceWorkersDuringLoads: 'blocked',
        httpCache: 'disabled, fresh context per load',
      },
      budgets: summary.budgets,
      summary,
      table: md,
      breakdown: kinds,
      pairs: runs,
      interactions,
      still,
      lighthouse,
      ...(lighthouseError ? { lighthouseError } : {}),
      ...(mainThreadProfile ? { mainThreadProfile } : {}),
      ...(tourProfile ? { tourProfile } : {}),
    };
    const benchPath = join(outRoot, 'bench.json');
    writeFileSync(benchPath, JSON.stringify(result, null, 2) + '\n');

    const missed = summary.budgets.filter((b) => b.met === false).map((b) => b.name);
    console.log(`\n${budgetsTable(summary.budgets)}\n\n${md}\n\n${kinds}\n`);
    const list2 = (xs) => xs.map((r) => r.toFixed(2)).join(', ');
    console.log(`Pair ratios, explorer / first-view-style reference: ${list2(summary.styleRatios)}`);
    console.log(`Pair ratios, explorer / three-layer reference: ${list2(summary.layerRatios)}`);
    if (summary.bigPack) console.log(`Pair ratios, big pack / built-in pack: ${list2(summary.bigPack.ratios)}`);
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
    const pageErrors = [
      ...runs.flatMap((p) => Object.values(p).flatMap((r) => r.errors)),
      ...interactions.errors,
      ...still.animated.errors,
      ...still.reduced.errors,
    ];
    if (pageErrors.length) console.log(`Page errors: ${[...new Set(pageErrors)].join(' | ')}`);
    if (lighthouseError) console.log(`Lighthouse failed: ${lighthouseError}`);
    console.log(missed.length ? `\nBudgets MISSED: ${missed.join('; ')}` : '\nNo budget missed.');
    console.log(`Written ${relative(repo, benchPath)}`);
    if (o.readme) {
      await writeReadmeTable(benchPath);
      console.log("README.md's Performance tables rewritten from it.");
    }
    if (lighthouseError) process.exitCode = 1;
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
