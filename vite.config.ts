/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { PACK_FILES } from './src/content/pack-layout.ts';
import { prerenderArticle } from './scripts/prerender-article.ts';
import { builtInPack } from './scripts/built-in-pack.ts';
import { servedData } from './scripts/served-data.ts';

/** The version shown in the app: package.json's, unless APP_VERSION names the build. */
const APP_VERSION =
  process.env['APP_VERSION'] ?? (JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string }).version;

const DATA_EXT = /\.(geo)?json$/;

function listData(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listData(full);
    return DATA_EXT.test(name) ? [full] : [];
  });
}

/**
 * Serves a folder of data files (the built-in content pack geo/, the example story packs examples/) at ./<name>/
 * in dev and copies it into the build as plain data files (without their layout: scripts/served-data.ts), so that
 * they load from the app's own origin (the service worker precaches them; `?pack=examples/<name>/` opens an example).
 */
function dataFolder(name: string): Plugin {
  const dir = resolve(import.meta.dirname, name);
  return {
    name: `mekong-data-${name}`,
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith(`/${name}/`)) return next();
        const file = resolve(dir, '.' + path.slice(`/${name}`.length));
        if (!file.startsWith(dir + sep) || !DATA_EXT.test(file)) return next();
        try {
          const body = servedData(readFileSync(file));
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of listData(dir)) {
        this.emitFile({ type: 'asset', fileName: `${name}/${relative(dir, file).split(sep).join('/')}`, source: servedData(readFileSync(file)) });
      }
    },
  };
}

/**
 * Starts downloading the content pack's files alongside the app's script, instead of once that script has been
 * downloaded and run: the app's `fetch` of each file then finds it on its way. (`crossorigin` makes the preload
 * match a same-origin `fetch`.) The links wait in a template until the entry (src/boot.ts) adds them with the app's
 * module, after the first paint: in the HTML they competed with the style sheet and fonts that paint needs.
 */
function preloadContent(): Plugin {
  return {
    name: 'mekong-preload-content',
    transformIndexHtml: () => [
      {
        tag: 'template',
        attrs: { id: 'pack-preloads' },
        children: Object.values(PACK_FILES).map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', href: `geo/${file}`, as: 'fetch', crossorigin: 'anonymous' },
        })),
        injectTo: 'body' as const,
      },
    ],
  };
}

/**
 * Links the style sheet of the app's module (src/main.ts) from the HTML. The module is imported by the entry only
 * after the first paint, and its sheet would have come with it, after the paint it shapes (the prerendered article,
 * the header, the panels): linked here, it blocks that paint as the one sheet did before the split, and the
 * import finds it loaded. The sheets of lazily loaded chunks still come with their code.
 */
function linkAppStyles(): Plugin {
  return {
    name: 'mekong-link-app-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const app = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('/src/main.ts'));
        // The module's own sheet and those of the chunks it imports statically (firstViewChunk below).
        const chunks = app?.type === 'chunk' ? [app, ...app.imports.map((f) => bundle[f])] : [];
        const sheets = [...new Set(chunks.flatMap((c) => (c?.type === 'chunk' ? [...(c.viteMetadata?.importedCss ?? [])] : [])))];
        if (sheets.length === 0) throw new Error("the app's module has no style sheet to link");
        return sheets.map((href) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${href}` }, injectTo: 'head' as const }));
      },
    },
  };
}

/**
 * One chunk for what the app's module (src/main.ts) imports statically, apart from what the entry itself
 * imports. Rolldown otherwise split that code into a chunk per set of importers (a module the first view shares
 * with a lazily loaded part got a chunk of its own): the first view made about 20 script requests where two do
 * the same work. Lazily loaded chunks import from this one, which is in memory by then.
 */
function firstViewChunk(): { plugin: Plugin; groups: { name: string; test: (id: string) => boolean; priority: number }[] } {
  const captured = new Set<string>();
  const entryShared = new Set<string>();
  return {
    plugin: {
      name: 'mekong-first-view-chunk',
      apply: 'build',
      buildEnd() {
        const staticGraph = (entry: string): Set<string> => {
          const seen = new Set<string>();
          const visit = (id: string) => {
            if (seen.has(id)) return;
            seen.add(id);
            for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
          };
          visit(entry);
          return seen;
        };
        const ids = [...this.getModuleIds()];
        const entryOf = (file: string) => ids.find((id) => id.endsWith(file));
        const app = entryOf('/src/main.ts');
        const boot = entryOf('/src/boot.ts');
        if (!app || !boot) throw new Error('the app module or the entry is missing from the build');
        const entryGraph = staticGraph(boot);
        captured.clear();
        entryShared.clear();
        for (const id of staticGraph(app)) if (id !== app && !entryGraph.has(id)) captured.add(id);
        for (const id of entryGraph) if (id !== boot) entryShared.add(id);
      },
    },
    // What the entry shares with the app stays in a chunk of its own, taken first: the app's group takes its
    // modules' dependencies with them, and the entry would then import the whole app before the first paint.
    groups: [
      { name: 'entry-shared', test: (id) => entryShared.has(id), priority: 2 },
      { name: 'app', test: (id) => captured.has(id), priority: 1 },
    ],
  };
}
const firstView = firstViewChunk();

/**
 * The Content-Security-Policy of the production build: nothing but the app's own origin, no inline script,
 * no eval. (Not in dev: the dev server injects inline styles and scripts.)
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'mekong-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    // Test builds turn off label fading so screenshots and rendered features settle at once.
    __TEST_BUILD__: JSON.stringify(mode === 'test'),
    __APP_VERSION__: JSON.stringify(APP_VERSION),
  },
  build: {
    target: 'es2022',
    // No data: URIs: the CSP allows nothing but the app's own origin.
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 1300,
    // Style sheets split by chunk: what loads later (the tour, the editor, the quiz, printing) brings its own rules.
    // The app's module is imported after the first paint (src/boot.ts), so its sheet is linked by the HTML
    // (`linkAppStyles` below): it shapes that paint.
    cssCodeSplit: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: firstView.groups } },
    },
  },
  publicDir: 'src/public',
  plugins: [
    dataFolder('geo'),
    dataFolder('examples'),
    preloadContent(),
    // The built-in article in the page's HTML, so that it is in the first paint (the app takes it over).
    ...prerenderArticle(resolve(import.meta.dirname, 'geo')),
    // The built-in pack validated here, once, and taken as it is at run time (src/content/trusted.ts).
    builtInPack(resolve(import.meta.dirname, 'geo')),
    contentSecurityPolicy(),
    linkAppStyles(),
    firstView.plugin,
    // An installable web app that precaches the app, its data and its fonts: after one visit it works offline.
    // A new version is offered, never forced ('prompt': it waits until the teacher accepts it, so an open page
    // keeps its own version's files, lazily loaded code included); src/pwa/updates.ts registers the worker.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Mekong Connectivity Explorer',
        short_name: 'Mekong Explorer',
        description: 'How Cambodia, Laos and their neighbours are being connected: an offline map explorer and classroom tour.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#faf8f4',
        theme_color: '#b0421f',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,woff2,json,geojson,svg,webmanifest}'],
        globIgnores: ['**/*.map'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is controlled as soon as the worker is active, so it keeps working offline. (A new
        // version still waits: skipWaiting only when the teacher accepts it.)
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup-i18n.ts'],
  },
}));
