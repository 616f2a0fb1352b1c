// Paths and file helpers shared by the content scripts. The pack's committed files (geo/) are the source of
// truth for everything authored; the scripts read them, re-derive what is computed, and write the pack again:
// to geo/ by default, or to the directory given with `--out <dir>` (tests/unit/reproducible.test.ts compares
// the two byte for byte).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { commandLine } from './args.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The committed content pack: the scripts' authored input. */
export const GEO = resolve(ROOT, 'geo');
/** The copy of the data kit the scripts derive from (see scripts/kit/README.md). */
export const KIT = resolve(ROOT, 'scripts', 'kit');

/** Where the pack is written: `--out <dir>` or geo/. Any other argument is refused. */
export function packOut() {
  const out = commandLine(`node scripts/${basename(process.argv[1] ?? '')} [--out <dir>]`, () => {
    const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true, allowPositionals: false });
    if (values.out === '') throw new Error('--out needs a directory');
    return values.out;
  });
  return out === undefined ? GEO : resolve(out);
}

export const readText = (...parts) => readFileSync(resolve(...parts), 'utf8');
export const readJson = (...parts) => JSON.parse(readText(...parts));

export function writeText(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Fills `{{name}}` placeholders; every placeholder must have a value and every value a placeholder. */
export function fillTemplate(template, values) {
  const used = new Set();
  const out = template.replace(/\{\{([a-z-]+)\}\}/g, (_, k) => {
    if (!(k in values)) throw new Error(`template placeholder {{${k}}} has no value`);
    used.add(k);
    return values[k];
  });
  for (const k of Object.keys(values)) if (!used.has(k)) throw new Error(`template has no {{${k}}}`);
  return out;
}
