// Builds the pages the benchmark compares: the explorer (its own vite.config.ts, production mode), the bare
// MapLibre reference drawing the explorer's own first-view style (scripts/bench/reference-style/vite.config.ts)
// and the one drawing three layers (scripts/bench/reference/vite.config.ts). All through node_modules/.bin/vite,
// so a failed build stops the bench with Vite's own message.
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

/** Builds them into `<outRoot>/explorer`, `<outRoot>/reference-style` and `<outRoot>/reference`; returns their directories. */
export async function buildPages(repo, outRoot) {
  const vite = join(repo, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) throw new Error('node_modules/.bin/vite is missing: run `npm ci` first.');
  const explorer = join(outRoot, 'explorer');
  const referenceStyle = join(outRoot, 'reference-style');
  const reference = join(outRoot, 'reference');
  // Absolute --outDir: the reference configs' root is their own folder, a relative one would land there.
  await run(vite, ['build', '--mode', 'production', '--logLevel', 'warn', '--emptyOutDir', '--outDir', explorer], repo);
  await run(vite, ['build', '--config', join('scripts', 'bench', 'reference-style', 'vite.config.ts'), '--emptyOutDir', '--outDir', referenceStyle], repo);
  await run(vite, ['build', '--config', join('scripts', 'bench', 'reference', 'vite.config.ts'), '--emptyOutDir', '--outDir', reference], repo);
  for (const dir of [explorer, referenceStyle, reference]) {
    if (!existsSync(join(dir, 'index.html'))) throw new Error(`the build in ${relative(repo, dir)} has no index.html`);
  }
  return { explorer, referenceStyle, reference };
}
