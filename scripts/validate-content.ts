// npm run validate [dir]: checks a content pack with the same schema the app uses. Prints one line per
// problem (file: path inside it: what is wrong) and exits non-zero when there is any.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Problem } from '../src/content/problems.ts';
import { formatProblem, problemsFromZod } from '../src/content/problems.ts';
import { baseLines, basePoints, basePolygons } from '../src/content/schema.ts';
import { MAP_ONLY_FILES, PACK_FILES, validatePack, type PackKey, type RawPack } from '../src/content/validate.ts';

const shown = process.argv[2] ?? 'geo';
const dir = resolve(shown);
const problems: Problem[] = [];

function read(file: string): unknown {
  const path = resolve(dir, file);
  if (!existsSync(path)) {
    problems.push({ file, path: '(file)', message: 'is missing' });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (e) {
    problems.push({ file, path: '(file)', message: `is not valid JSON: ${e instanceof Error ? e.message : String(e)}` });
    return undefined;
  }
}

const raw: RawPack = {};
for (const [key, file] of Object.entries(PACK_FILES) as [PackKey, string][]) {
  const value = read(file);
  if (value !== undefined) raw[key] = value;
}
problems.push(...validatePack(raw).problems);

const mapOnly = { borders: baseLines, mekong: baseLines, rivers: baseLines, lakes: basePolygons, towns: basePoints, seaLabels: basePoints } as const;
for (const [key, schema] of Object.entries(mapOnly) as [keyof typeof MAP_ONLY_FILES, (typeof mapOnly)[keyof typeof mapOnly]][]) {
  const file = MAP_ONLY_FILES[key];
  const value = read(file);
  if (value === undefined) continue;
  const r = schema.safeParse(value);
  if (!r.success) problems.push(...problemsFromZod(file, r.error));
}

for (const p of problems) console.log(formatProblem(p));
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown}`);
  process.exit(1);
}
console.log(`${shown}: the content pack is valid`);
