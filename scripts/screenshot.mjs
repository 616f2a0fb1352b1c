#!/usr/bin/env node
// Takes a screenshot of a running explorer (default: the preview server) once its map is ready.
// Usage: node scripts/screenshot.mjs [url] [--out file.png] [--width N] [--height N]
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, launchOptions } from './browser-path.mjs';
import { commandLine } from './lib/args.mjs';

const { url, out, width, height } = commandLine('npm run screenshot -- [url] [--out file.png] [--width N] [--height N]', () => {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string', default: 'scripts/screenshot.png' },
      width: { type: 'string', default: '1400' },
      height: { type: 'string', default: '860' },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one address at most, got ${positionals.length}`);
  const size = (/** @type {'width' | 'height'} */ name) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive whole number`);
    return n;
  };
  return { url: positionals[0] ?? 'http://localhost:4173/', out: values.out, width: size('width'), height: size('height') };
});

const browser = await chromium.launch(launchOptions([...CHROMIUM_ARGS]));
const page = await browser.newPage({ viewport: { width, height } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(url);
await page.waitForFunction(() => window.mekong, null, { timeout: 15_000 });
await page.evaluate(() => window.mekong.ready);
await page.waitForTimeout(500);
await page.screenshot({ path: out });
console.log(`saved ${out}`);
await browser.close();
