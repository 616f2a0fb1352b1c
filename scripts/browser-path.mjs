// Finds the Chromium that Playwright drives: CHROMIUM_PATH, else Playwright's own browser if installed,
// else Debian's /usr/bin/chromium. Shared by ensure-browser.mjs, playwright.config.ts and the benchmark.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here: fall through.
  }
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

/** Flags that let Chromium run WebGL2 on the CPU (SwiftShader) and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch options for Playwright with the Chromium found here (none: Playwright's default). */
export function launchOptions(args) {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args } : { args };
}
