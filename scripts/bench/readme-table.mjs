#!/usr/bin/env node
// Rewrites the README's Performance tables from bench-results/bench.json (between the markers in
// scripts/bench/budgets.mjs), formatted by the project's prettier settings. Run by `npm run bench` at its end;
// `node scripts/bench/readme-table.mjs [bench.json]` does it again from a kept run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { readmeSection, replaceSection } from './budgets.mjs';

const repo = resolve(import.meta.dirname, '../..');

/** Writes README.md's section from the bench.json at `benchPath`. */
export async function writeReadmeTable(benchPath = join(repo, 'bench-results', 'bench.json')) {
  const bench = JSON.parse(readFileSync(benchPath, 'utf8'));
  if (!Array.isArray(bench.budgets)) throw new Error(`${benchPath} has no budgets array: run npm run bench again`);
  const readmePath = join(repo, 'README.md');
  const next = replaceSection(readFileSync(readmePath, 'utf8'), readmeSection(bench));
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  writeFileSync(readmePath, await prettier.format(next, { ...options, filepath: readmePath }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeReadmeTable(process.argv[2] ? resolve(process.argv[2]) : undefined).catch((e) => {
    console.error(`readme-table: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  });
}
