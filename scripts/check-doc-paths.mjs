#!/usr/bin/env node
// Checks that the docs name only files that exist: every `code` span in README.md, ARCHITECTURE.md and docs/*.md
// that looks like a path (it has a slash or a file extension), and every NAME.md in the prose. A path is looked
// up from the repository's root, from src/ (ARCHITECTURE.md names modules as `map/bindings/style.ts`) and from
// geo/ (the content pack's files) and docs/. Part of `npm run lint`. Usage: node scripts/check-doc-paths.mjs [file.md …]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandLine } from './lib/args.mjs';

const root = resolve(import.meta.dirname, '..');
const BASES = ['', 'src', 'geo', 'docs'];
/** Not files of the repository: what the scripts write, and names a doc gives as examples. */
const NOT_FILES = [/^bench-results\//, /^dist(-[a-z0-9]+)?\//, /^test-results\//, /^assets\/$/, /^my-lesson\//];
const LOOKS_LIKE_PATH = /^[\w.*-]+(\/[\w.*-]*)*$/;
const EXTENSION = /\.(ts|mts|mjs|js|json|geojson|md|css|html|png|svg)$/;

const docs = commandLine('node scripts/check-doc-paths.mjs [file.md …]', () => {
  const { positionals } = parseArgs({ options: {}, strict: true, allowPositionals: true });
  if (positionals.length) return positionals.map((p) => resolve(p));
  const inDocs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  return [join(root, 'README.md'), join(root, 'ARCHITECTURE.md'), ...inDocs.map((f) => join(root, 'docs', f))];
});

/** Whether `path` (which may hold `*` within its last part) names an existing file or folder under `base`. */
function exists(base, path) {
  const full = join(root, base, path);
  if (!path.includes('*')) return existsSync(full);
  const dir = dirname(full);
  if (dir.includes('*') || !existsSync(dir)) return false;
  const last = full.slice(dir.length + 1);
  const pattern = new RegExp(`^${last.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*')}$`);
  return readdirSync(dir).some((f) => pattern.test(f));
}

const missing = [];
for (const doc of docs) {
  const text = readFileSync(doc, 'utf8');
  const named = new Set();
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) {
    const path = span.replace(/[:,.]$/, '');
    if (!LOOKS_LIKE_PATH.test(path) || !(path.includes('/') || EXTENSION.test(path))) continue;
    if (path.startsWith('.') && !path.startsWith('./') && !path.startsWith('../')) continue; // an extension: `.zip`
    named.add(path);
  }
  for (const [, name] of text.matchAll(/(?<![\w/.-])([A-Z][A-Z-]*\.md)\b/g)) named.add(name);
  for (const path of named) {
    if (NOT_FILES.some((re) => re.test(path))) continue;
    const fromDoc = relative(root, join(dirname(doc), path));
    if (BASES.some((base) => exists(base, path)) || exists('', fromDoc)) continue;
    missing.push(`${relative(root, doc)}: names ${path}, which does not exist`);
  }
}
for (const m of missing) console.error(m);
if (missing.length) process.exitCode = 1;
