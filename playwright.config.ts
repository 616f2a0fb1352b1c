import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, launchOptions } from './scripts/browser-path.mjs';

const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  // SwiftShader renders WebGL on the CPU: one worker on a 2-core machine.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: launchOptions([...CHROMIUM_ARGS]),
    trace: 'off',
  },
  webServer: {
    // Against the production build (made by `npm run test:e2e` just before).
    command: `node_modules/.bin/vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
