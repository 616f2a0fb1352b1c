// A tiny static server for the benchmark: serves one build directory on 127.0.0.1 as a production host would
// (gzip for what compresses; Vite's content-hashed assets/ cacheable for good, everything else revalidated),
// and counts every response: the file's raw size and the body bytes actually sent (compressed where gzipped),
// so the first view's weight is measured as served. Each load runs in a fresh browser context: the cache
// starts empty, and a file asked for twice in one visit (a font used by both the CSS and the map) comes once.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
/** woff2 and png are compressed already: gzip would only cost time. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.webmanifest', '.svg', '.map']);

/** What a request is, for the breakdown of the first view. */
export function kindOf(path) {
  const ext = extname(path);
  if (/maplibre-gl-worker/.test(path)) return 'maplibre worker';
  // Vite puts maplibre-gl into the entry chunk (assets/index-*.js) with the page's own code.
  if (/^\/assets\/index-[^/]*\.js$/.test(path)) return 'entry js (incl. maplibre-gl)';
  if (ext === '.js' || ext === '.mjs') return 'other js';
  if (ext === '.woff2') return 'fonts';
  if (ext === '.json' || ext === '.geojson') return 'data';
  if (ext === '.css') return 'css';
  if (ext === '.html') return 'html';
  return 'other';
}

/**
 * Starts a server for `root`. Returns { url, log, reset, close }: `log` is the list of responses since the last
 * reset, each { path, kind, status, raw, sent, gzip, at } (`at`: when the request arrived, epoch ms).
 */
export async function startStaticServer(root) {
  const base = resolve(root);
  const gzCache = new Map();
  let log = [];

  /** Answers one request; every failure becomes a 404, so the promise never rejects. */
  const handle = async (req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(base, path));
    const entry = { path, kind: kindOf(path), status: 200, raw: 0, sent: 0, gzip: false, at: Date.now() };
    log.push(entry);
    try {
      if (!file.startsWith(base + sep) || !(await stat(file)).isFile()) throw new Error('not found');
      const body = await readFile(file);
      const ext = extname(file);
      const wantsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('Vary', 'Accept-Encoding');
      let out = body;
      if (wantsGzip && COMPRESSIBLE.has(ext)) {
        out = gzCache.get(file) ?? gzipSync(body, { level: 6 });
        gzCache.set(file, out);
        res.setHeader('Content-Encoding', 'gzip');
        entry.gzip = true;
      }
      res.setHeader('Content-Length', out.length);
      entry.raw = body.length;
      entry.sent = req.method === 'HEAD' ? 0 : out.length;
      res.end(req.method === 'HEAD' ? undefined : out);
    } catch {
      entry.status = 404;
      res.statusCode = 404;
      res.setHeader('Cache-Control', 'no-store');
      res.end();
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    get log() {
      return log;
    },
    reset() {
      log = [];
    },
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}
