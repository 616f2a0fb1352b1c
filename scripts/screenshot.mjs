#!/usr/bin/env node
// Takes a screenshot of a running explorer (default: the preview server) once its map is ready.
// Usage: node scripts/screenshot.mjs [url] [out.png] [width] [height]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptions } from './browser-path.mjs';

const [url = 'http://localhost:4173/', out = 'scripts/screenshot.png', w = '1400', h = '860'] = process.argv.slice(2);
const browser = await chromium.launch(launchOptions([...CHROMIUM_ARGS]));
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.error('page error:', e.message));
await page.goto(url);
await page.waitForFunction(() => window.mekong, null, { timeout: 15_000 });
await page.evaluate(() => window.mekong.ready);
await page.waitForTimeout(500);
await page.screenshot({ path: out });
console.log(`saved ${out}`);
await browser.close();
