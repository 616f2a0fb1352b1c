// Optional (npm run bench -- --profile): one more cold load of the explorer under the V8 sampling profiler,
// main thread only, navigation to first idle. Self time is attributed to original sources through the build's
// source map (the bundle is minified), then through a package's own map where it ships one (maplibre-gl's
// dist is minified too), and summed per source file: which code the load spends its time on.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes a source map's `mappings` into, per generated line, segments [column, sourceIndex, line, nameIndex]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let srcLine = 0;
  let srcCol = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let col = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = /** @type {number} */ (B64_INDEX.get(ch));
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        srcLine += fields[2];
        srcCol += fields[3];
        if (fields.length >= 5) name += fields[4];
        segments.push([col, source, srcLine, srcCol, fields.length >= 5 ? name : -1]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The original position of a generated (line, column), both 0-based. */
function lookup(map, line, column) {
  const segs = map.lines[line];
  if (!segs?.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  if (segs[0][0] > column) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid][0] <= column) lo = mid;
    else hi = mid - 1;
  }
  const [, src, srcLine, srcCol, name] = segs[lo];
  return { source: map.sources[src] ?? '?', line: srcLine, column: srcCol, name: name >= 0 ? map.names[name] : null };
}

/** A source file as a bucket: a package for node_modules, else the path from the repository. */
function bucketOf(source) {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = source.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

function readMap(file) {
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  return { sources: raw.sources, names: raw.names ?? [], lines: decodeMappings(raw.mappings) };
}

function loadSourceMaps(buildDir) {
  const maps = new Map();
  const assets = join(buildDir, 'assets');
  for (const f of readdirSync(assets)) if (f.endsWith('.js.map')) maps.set(f.replace(/\.map$/, ''), readMap(join(assets, f)));
  return maps;
}

/** Follows a position into a package's own source map (e.g. maplibre-gl/dist/maplibre-gl.mjs.map), if any. */
function chained(orig, assetsDir, cache) {
  const file = resolve(assetsDir, orig.source);
  if (!cache.has(file)) cache.set(file, existsSync(`${file}.map`) ? readMap(`${file}.map`) : null);
  const map = cache.get(file);
  const inner = map ? lookup(map, orig.line, orig.column) : null;
  if (!inner) return null;
  const path = inner.source.includes('src/') ? inner.source.slice(inner.source.lastIndexOf('src/')) : inner.source;
  return { ...inner, bucket: `${bucketOf(orig.source)}: ${path.replace(/^(\.\.\/)+/, '')}` };
}

/** Self time per bucket (source file or package) and per function, from a CDP Profiler profile. */
export function attribute(profile, buildDir) {
  const maps = loadSourceMaps(buildDir);
  const assetsDir = join(buildDir, 'assets');
  const packageMaps = new Map();
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
  }
  const buckets = new Map();
  const functions = new Map();
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    const map = maps.get(file);
    const orig = map ? lookup(map, lineNumber, columnNumber) : null;
    const inner = orig && orig.source.includes('node_modules/') ? chained(orig, assetsDir, packageMaps) : null;
    let bucket;
    let fn;
    if (inner) {
      bucket = inner.bucket;
      fn = `${inner.name ?? (functionName || '(anonymous)')} (${inner.bucket}:${inner.line + 1})`;
    } else if (orig) {
      bucket = bucketOf(orig.source);
      fn = `${orig.name ?? (functionName || '(anonymous)')} (${bucketOf(orig.source)}:${orig.line + 1})`;
    } else if (!url) {
      bucket = functionName || '(native)'; // (program), (garbage collector), (idle)
      fn = bucket;
    } else {
      bucket = file || url;
      fn = `${functionName || '(anonymous)'} (${bucket})`;
    }
    add(buckets, bucket, t);
    add(functions, fn, t);
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms) }));
  return { buckets: top(buckets, 15), functions: top(functions, 15) };
}

/** Starts the profiler on a CDP session before navigation; returns stop() → the profile. */
export async function startProfiler(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => (await cdp.send('Profiler.stop')).profile;
}
