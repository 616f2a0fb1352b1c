// Builds the benchmark's reference page (scripts/bench/reference) with the explorer's build settings that
// matter for size: same target, no inlined assets. The two base files it draws are copied into the build.
import { defineConfig, type Plugin } from 'vite';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const geoBase = resolve(root, '../../../geo/base');
const FILES = ['countries.geojson', 'country-labels.geojson'];

function baseFiles(): Plugin {
  return {
    name: 'bench-reference-geo',
    generateBundle() {
      for (const name of FILES) this.emitFile({ type: 'asset', fileName: `geo/base/${name}`, source: readFileSync(resolve(geoBase, name)) });
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
    outDir: resolve(root, '../../../bench-results/reference'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  plugins: [baseFiles()],
});
