// The committed content pack is what the content scripts make of the committed inputs: each script is run into a
// temporary directory and its output compared byte for byte with geo/. The scripts read the pack's authored
// fields from geo/ and re-derive the computed ones (lines, leg ranges, measured notes, the base map), so a
// derived value edited by hand, a kit file changed without a rebuild, or a script that is not deterministic
// fails here. Fix it by running the scripts (`npm run build-content`, `npm run build-geo`) and committing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const GEO = join(ROOT, 'geo');
const out = mkdtempSync(join(tmpdir(), 'pack-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const run = (script: string) => execFileSync(process.execPath, [join(ROOT, 'scripts', script), '--out', out], { cwd: ROOT, stdio: 'pipe' });

const BUILDS: [string, string[]][] = [
  ['build-content.mjs', ['sources.json', 'places.geojson', 'corridors.geojson', 'CONTENT-NOTES.md']],
  ['build-article.mjs', ['article.json']],
  ['build-countries.mjs', ['countries.json']],
  ['build-geo.mjs', readdirSync(join(GEO, 'base')).map((f) => `base/${f}`)],
];

describe('the committed content pack is reproducible', () => {
  for (const [script, files] of BUILDS) {
    it(`${script} writes exactly the committed ${files.length === 1 ? files[0] : `${files.length} files`}`, { timeout: 120_000 }, () => {
      run(script);
      for (const f of files) {
        const made = readFileSync(join(out, f), 'utf8');
        const committed = readFileSync(join(GEO, f), 'utf8');
        if (made !== committed) {
          const a = made.split('\n');
          const b = committed.split('\n');
          const line = a.findIndex((l, i) => l !== b[i]);
          const [x, y] = [a[line] ?? '', b[line] ?? ''];
          let col = 0;
          while (col < x.length && x[col] === y[col]) col++;
          const at = (l: string) => l.slice(Math.max(0, col - 60), col + 60);
          expect.fail(
            `geo/${f} differs from what ${script} makes of the committed inputs, first at line ${line + 1}, column ${col + 1}:\n  built:     …${at(x)}\n  committed: …${at(y)}`,
          );
        }
      }
      if (script === 'build-geo.mjs') expect(readdirSync(join(out, 'base')).sort()).toEqual(files.map((f) => f.slice(5)).sort());
    });
  }
});
