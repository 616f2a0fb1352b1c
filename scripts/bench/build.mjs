// Builds the two pages the benchmark compares: the explorer (its own vite.config.ts, production mode) and the
// bare MapLibre reference (scripts/bench/reference/vite.config.ts). Both through node_modules/.bin/vite, so a
// failed build stops the bench with Vite's own message.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

function run(cmd, args, cwd) {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? ok(out) : fail(new Error(`${cmd} ${args.join(' ')} failed (exit ${code}):\n${out.slice(-4000)}`))));
  });
}

/** Builds both into `<outRoot>/explorer` and `<outRoot>/reference`; returns their directories. */
export async function buildPages(repo, outRoot) {
  const vite = join(repo, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) throw new Error('node_modules/.bin/vite is missing: run `npm ci` first.');
  const explorer = join(outRoot, 'explorer');
  const reference = join(outRoot, 'reference');
  // Absolute --outDir: the reference config's root is its own folder, a relative one would land there.
  await run(vite, ['build', '--mode', 'production', '--logLevel', 'warn', '--emptyOutDir', '--outDir', explorer], repo);
  await run(vite, ['build', '--config', join('scripts', 'bench', 'reference', 'vite.config.ts'), '--emptyOutDir', '--outDir', reference], repo);
  for (const dir of [explorer, reference]) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`the build in ${relative(repo, dir)} has no index.html`);
  }
  return { explorer, reference };
}
