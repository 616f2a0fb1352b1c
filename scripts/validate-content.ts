// npm run validate [dir]: checks a content pack (a folder holding pack.json) as the explorer does when a teacher
// opens it: the same reader (limits, encodings, the files pack.json lists) and the same schema. A pack whose
// pack.json says "baseMap": "built-in" borrows the built-in base map from geo/. Prints one line per problem
// (file: path inside it: what is wrong) and exits non-zero when there is any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openPackTexts, PackRefused, readPackFiles } from '../src/content/pack-reader.ts';
import type { Problem } from '../src/content/problems.ts';
import { formatProblem, problemsFromZod } from '../src/content/problems.ts';
import { baseLines, basePoints, basePolygons } from '../src/content/schema.ts';
import { MAP_ONLY_FILES } from '../src/content/validate.ts';
import { commandLine } from './lib/args.mjs';

const shown = commandLine('npm run validate -- [dir]', () => {
  const { positionals } = parseArgs({ options: {}, strict: true, allowPositionals: true });
  if (positionals.length > 1) throw new Error(`one folder at most, got ${positionals.length}`);
  return positionals[0] ?? 'geo';
});
const dir = resolve(shown);
const builtIn = resolve(import.meta.dirname, '..', 'geo');
const problems: Problem[] = [];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const files = new Map(filesUnder(dir).map((f) => [relative(dir, f).split(sep).join('/'), new Uint8Array(readFileSync(f))]));
/** The built-in pack's files, read from disk where the app would fetch them. */
const fromDisk = (async (input: string | URL | Request) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return new Response(readFileSync(fileURLToPath(url)));
}) as typeof fetch;

try {
  const texts = readPackFiles(files);
  const opened = await openPackTexts(texts, { baseUrl: pathToFileURL(builtIn + sep).href, fetcher: fromDisk });
  problems.push(...texts.problems, ...opened.problems);
} catch (e) {
  if (!(e instanceof PackRefused)) throw e;
  problems.push({ file: shown, path: '(pack)', message: `is refused: ${e.message}` }, ...e.problems);
}

// The base map's detail files the map draws as they are: checked when the pack brings its own.
const mapOnly = { borders: baseLines, mekong: baseLines, rivers: baseLines, lakes: basePolygons, towns: basePoints, seaLabels: basePoints } as const;
for (const [key, schema] of Object.entries(mapOnly) as [keyof typeof MAP_ONLY_FILES, (typeof mapOnly)[keyof typeof mapOnly]][]) {
  const file = MAP_ONLY_FILES[key];
  const bytes = files.get(file);
  if (!bytes) continue;
  const r = schema.safeParse(JSON.parse(new TextDecoder().decode(bytes)) as unknown);
  if (!r.success) problems.push(...problemsFromZod(file, r.error));
}

for (const p of problems) console.log(formatProblem(p));
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown}`);
  process.exit(1);
}
console.log(`${shown}: the content pack is valid`);
