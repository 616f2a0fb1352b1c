// Builds the benchmark's second reference page (scripts/bench/reference-style): bare MapLibre drawing the
// explorer's own first-view style. The style is made at build time by the explorer's own code
// (first-view-style.ts, run through Vite's module runner) and written as a static style.json, with the base-map
// files and fonts it names copied beside it; the page itself holds no app code.
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FirstViewStyle } from './first-view-style.ts';

const root = import.meta.dirname;
const repo = resolve(root, '../../..');

/** The module runner cannot load stylesheets; the style's code imports MapLibre's (adapter.ts) for the page. */
function noStylesheets(): Plugin {
  const id = '\0bench-no-css';
  return {
    name: 'bench-no-css',
    enforce: 'pre',
    resolveId: (source) => (/\.css(\?|$)/.test(source) ? id : null),
    load: (source) => (source === id ? 'export default ""' : null),
  };
}

function firstViewStyleFiles(): Plugin {
  return {
    name: 'bench-first-view-style',
    async generateBundle() {
      const { module } = await runnerImport<{ firstViewStyle: (repo: string) => FirstViewStyle }>(resolve(root, 'first-view-style.ts'), {
        configFile: false,
        root: repo,
        logLevel: 'warn',
        plugins: [noStylesheets()],
      });
      const { style, files } = module.firstViewStyle(repo);
      this.emitFile({ type: 'asset', fileName: 'style.json', source: JSON.stringify(style) });
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.fileName, source: readFileSync(f.from) });
    },
  };
}

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    // The bench passes --outDir; this default keeps a bare `vite build` out of the source tree.
    outDir: resolve(repo, 'bench-results/reference-style'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  plugins: [firstViewStyleFiles()],
});
