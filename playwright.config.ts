import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptions } from './scripts/browser-path.mjs';

// Overridable so that several builds can be tested side by side (E2E_PORT, E2E_OUT). The test build has its own
// folder, so it never replaces the dist/ that `npm start` serves.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const OUT = process.env.E2E_OUT ?? 'dist-test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/${OUT}`,
  // SwiftShader renders WebGL on the CPU: one worker on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // Generous: SwiftShader draws on the CPU, and a shared machine can be slow. A hang still fails.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: launchOptions([...CHROMIUM_ARGS]),
    // A failed test leaves a trace to open with `npx playwright show-trace test-results/<out>/<test>/trace.zip`.
    trace: 'retain-on-failure',
  },
  webServer: {
    // Against a fresh production build (test mode: label fading off), served by Vite's preview server.
    command: `node_modules/.bin/vite build --mode test --outDir ${OUT} --emptyOutDir && node_modules/.bin/vite preview --port ${PORT} --strictPort --outDir ${OUT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 240_000,
  },
});
