/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const geoDir = resolve(import.meta.dirname, 'geo');
const DATA_EXT = /\.(geo)?json$/;

function listData(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return listData(full);
    return DATA_EXT.test(name) ? [full] : [];
  });
}

/** Serves the content pack (geo/) at ./geo/ in dev and copies it into the build, as plain data files. */
function contentPack(): Plugin {
  return {
    name: 'mekong-content-pack',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        if (!path.startsWith('/geo/')) return next();
        const file = resolve(geoDir, '.' + path.slice('/geo'.length));
        if (!file.startsWith(geoDir + sep) || !DATA_EXT.test(file)) return next();
        try {
          const body = readFileSync(file);
          res.setHeader('Content-Type', 'application/json');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of listData(geoDir)) {
        this.emitFile({ type: 'asset', fileName: `geo/${relative(geoDir, file).split(sep).join('/')}`, source: readFileSync(file) });
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    // Test builds turn off label fading so screenshots and rendered features settle at once.
    __TEST_BUILD__: JSON.stringify(mode === 'test'),
  },
  build: {
    target: 'es2022',
    // No data: URIs: the CSP allows nothing but the app's own origin.
    assetsInlineLimit: 0,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  plugins: [contentPack()],
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
