// A lesson never breaks when the network drops or the site is updated: the first visit works offline once the
// service worker has installed, and a new version is offered, never forced, while the open page keeps working on
// its own version (online and offline) until the teacher takes the update.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { BrowserContext, Page } from '@playwright/test';
import { LAYER, SOURCE } from '../../src/map/style/ids.ts';
import { THEME_TOKENS } from '../../src/styles/tokens.ts';
import { expect, expectColorNear, test, type Explorer } from './fixtures.ts';

interface TourJson {
  steps: { id: string; title: string }[];
}
const root = resolve(import.meta.dirname, '../..');
const steps = (JSON.parse(readFileSync(join(root, 'geo/tour.json'), 'utf8')) as TourJson).steps;
const count = steps.length;

/** The base map's detail: the sources loaded from files, and their layers. */
const DETAIL_SOURCES = [SOURCE.borders, SOURCE.mekong, SOURCE.rivers, SOURCE.lakes, SOURCE.towns, SOURCE.seaLabels];
/** Drawn at every step of the tour… */
const EVERY_STEP = [LAYER.borders, LAYER.mekong, LAYER.rivers, LAYER.towns];
/** …and these too on the title and closing steps, which show the whole region. */
const WHOLE_REGION = [...EVERY_STEP, LAYER.lakesFill, LAYER.townLabels, LAYER.seaLabels];

/** Requests that failed or were answered with an error, from now on. */
function watchFailures(context: BrowserContext): string[] {
  const failed: string[] = [];
  context.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });
  return failed;
}

/** Waits until the service worker is installed and active (it then controls the page: clientsClaim). */
async function installed(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active?.state !== 'activated') {
      await new Promise<void>((done) => reg.active!.addEventListener('statechange', () => reg.active!.state === 'activated' && done()));
    }
  });
}

const side = (e: Explorer) => e.page.locator('.present-side');
const tourStep = (e: Explorer) => e.state<number>('s => s.tour.step');

/** The tour shows step n, the map has framed it, and the base map's detail is loaded and drawn. */
async function expectStepDrawn(e: Explorer, n: number): Promise<void> {
  await expect.poll(() => tourStep(e), `step ${n + 1}`).toBe(n);
  await expect(side(e).locator('.present-title')).toHaveText(steps[n]!.title);
  await expect(e.page.locator('.present')).toHaveAttribute('data-framed', 'true');
  await e.idle();
  const loaded = await e.page.evaluate((ids) => ids.filter((id) => !window.mekong!.map!.isSourceLoaded(id)), DETAIL_SOURCES);
  expect(loaded, `step ${n + 1}: detail sources not loaded`).toEqual([]);
  const layers = n === 0 || n === count - 1 ? WHOLE_REGION : EVERY_STEP;
  for (const layer of layers) {
    expect((await e.renderedIds(layer)).length, `step ${n + 1}: ${layer} is drawn`).toBeGreaterThan(0);
  }
}

async function openTools(e: Explorer) {
  const tools = e.page.locator('.present-tools');
  if (!(await tools.evaluate((d) => (d as HTMLDetailsElement).open))) await tools.locator('summary').click();
  return tools;
}

async function tool(e: Explorer, name: string): Promise<void> {
  await (await openTools(e)).getByRole('button', { name }).click();
}

test.describe('offline from the first visit', () => {
  test.use({ serviceWorkers: 'allow', reducedMotion: 'reduce' });

  test('first visit, then offline: the tour draws every layer of the base map and no request fails', async ({ explorer, context }) => {
    test.setTimeout(240_000);
    const failed = watchFailures(context);
    await explorer.open();
    await installed(explorer.page);
    await explorer.idle();
    // From now on, every source whose data the map (re)loads (a file it would download again).
    await explorer.page.evaluate((ids) => {
      const reloaded: string[] = [];
      (window as unknown as { reloaded: string[] }).reloaded = reloaded;
      window.mekong!.map!.on('dataloading', (e) => {
        const { sourceId, tile } = e as unknown as { sourceId?: string; tile?: unknown };
        if (sourceId !== undefined && ids.includes(sourceId) && !tile) reloaded.push(sourceId);
      });
    }, DETAIL_SOURCES as string[]);
    await context.setOffline(true);
    await explorer.page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStepDrawn(explorer, 0);
    for (let n = 1; n < count; n++) {
      await explorer.page.keyboard.press('PageDown');
      await expectStepDrawn(explorer, n);
    }
    // A theme change in the tour keeps them too.
    await (await openTools(explorer)).locator('[data-theme-choice="high-contrast"]').click();
    await expect.poll(() => explorer.state<string>('s => s.theme')).toBe('high-contrast');
    await expectStepDrawn(explorer, count - 1);
    expect(failed, 'failed requests').toEqual([]);
    // The tour and the theme reused the base map's data the map had: none of its files was loaded again.
    expect(await explorer.page.evaluate(() => (window as unknown as { reloaded: string[] }).reloaded), 'sources loaded again').toEqual([]);
    await context.setOffline(false);
  });
});

/** Serves a folder as a static host would (no fallback: a file that is gone is a 404). */
function serve(dir: string, port: number): Promise<Server> {
  const TYPES: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.mjs': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.geojson': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.map': 'application/json',
  };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    let body: Buffer | null = null;
    try {
      if (file.startsWith(dir + sep) && statSync(file).isFile()) body = readFileSync(file);
    } catch {
      body = null;
    }
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
    res.end(body);
  });
  return new Promise((done) => server.listen(port, 'localhost', () => done(server)));
}

/** Replaces what the folder serves with another build: a deployment. */
function deploy(from: string, to: string): void {
  for (const name of readdirSync(to)) rmSync(join(to, name), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

test.describe('an update under an open lesson', () => {
  const port = Number(process.env['E2E_UPDATE_PORT'] ?? 4281);
  const NEXT = 'next-for-the-update-test';
  let work = '';
  let site = '';
  let server: Server | null = null;
  test.use({ baseURL: `http://localhost:${port}/`, serviceWorkers: 'allow', reducedMotion: 'reduce' });

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    work = mkdtempSync(join(tmpdir(), 'mekong-update-'));
    site = join(work, 'site');
    // The first version is the build under test; the second is the same app with another version name.
    cpSync(resolve(root, process.env['E2E_OUT'] ?? 'dist-test'), site, { recursive: true });
    await promisify(execFile)(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--mode', 'test', '--outDir', join(work, 'next'), '--emptyOutDir', '--logLevel', 'error'],
      {
        cwd: root,
        env: { ...process.env, APP_VERSION: NEXT },
      },
    );
    server = await serve(site, port);
  });

  test.afterAll(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('the new version is offered, not forced; the open page keeps working on its own, online and offline; accepting it returns to the same step', async ({
    explorer,
    context,
  }) => {
    test.setTimeout(600_000);
    const { page } = explorer;
    const failed = watchFailures(context);
    await explorer.open();
    await installed(page);
    const version = page.locator('#app-version');
    const first = await page.evaluate(() => document.getElementById('app-version')?.textContent ?? '');
    // A mark that a reload would wipe.
    await page.evaluate(() => ((window as unknown as { firstLoad: boolean }).firstLoad = true));

    // The site is updated while the page is open; the browser looks for a new version (as it does on its own).
    deploy(join(work, 'next'), site);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible({ timeout: 60_000 });
    const reload = prompt.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    expect(first).toMatch(/^Version \S+$/);
    expect(first).not.toContain(NEXT);

    const stillFirst = async () => {
      expect(await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad), 'the page has not reloaded').toBe(true);
      await expect(version).toHaveText(first);
    };

    for (const offline of [false, true]) {
      const how = offline ? 'offline' : 'online';
      await context.setOffline(offline);
      await stillFirst();
      // A theme change: the map restyles.
      await page.locator('#setting-theme').selectOption('high-contrast');
      expectColorNear(await explorer.colorAt(103.1, 12.9), THEME_TOKENS['high-contrast'].land.focus);
      await page.locator('#setting-theme').selectOption('light');
      expectColorNear(await explorer.colorAt(103.1, 12.9), THEME_TOKENS.light.land.focus);

      // The tour; the offer waits while it is on.
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await expectStepDrawn(explorer, 0);
      await expect(prompt).toBeHidden();
      await page.keyboard.press('PageDown');
      await expectStepDrawn(explorer, 1);
      await page.keyboard.press('PageDown');
      await expectStepDrawn(explorer, 2);

      // The presenter view: a new window of the running version, whose files the server no longer has.
      const notes = await context.newPage();
      const notesErrors: string[] = [];
      notes.on('console', (m) => m.type() === 'error' && notesErrors.push(m.text()));
      notes.on('pageerror', (e) => notesErrors.push(e.message));
      await notes.goto('./?presenter');
      await expect(notes.locator('.tour-notes-title'), `presenter view ${how}`).toHaveText(steps[2]!.title);
      await notes.keyboard.press('PageDown');
      await expectStepDrawn(explorer, 3);
      await expect(notes.locator('.tour-notes-title')).toHaveText(steps[3]!.title);
      expect(notesErrors, `console errors in the presenter view ${how}`).toEqual([]);
      await notes.close();

      if (offline) {
        // The handout: a picture of the map at every step, then the print dialog.
        await page.evaluate(() => {
          const w = window as Window & { printed?: number };
          w.printed = 0;
          w.print = () => void (w.printed! += 1);
        });
        await tool(explorer, 'Print handout');
        await expect.poll(() => page.evaluate(() => (window as Window & { printed?: number }).printed), { timeout: 300_000 }).toBe(1);
        await expect(page.locator('.print-handout .print-page')).toHaveCount(count);
        expect(await tourStep(explorer)).toBe(3);
      }
      await expect(prompt).toBeHidden();
      await page.keyboard.press('Escape');
      await expect(prompt).toBeVisible();
      await stillFirst();
    }

    // Accepting it (still offline: the new version is already installed) reloads onto the new version, with the
    // same link, and offers to go back to the step the teacher had reached.
    // The link is written after the frame that shows a change: wait until it no longer names the tour's step.
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('step=');
    const hash = await page.evaluate(() => location.hash);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await explorer.ready();
    await expect(version).toHaveText(`Version ${NEXT}`);
    expect(await page.evaluate(() => (window as unknown as { firstLoad?: boolean }).firstLoad)).toBeUndefined();
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toHaveCount(0);
    const back = page.getByRole('button', { name: 'Back to step 4 of the tour' });
    await expect(back).toBeVisible();
    await back.focus();
    await page.keyboard.press('Enter');
    await expectStepDrawn(explorer, 3);
    await page.keyboard.press('Escape');
    await expect(back).toHaveCount(0);
    expect(failed, 'failed requests').toEqual([]);
    await context.setOffline(false);
  });
});
