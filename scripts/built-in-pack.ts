// `virtual:built-in-pack`: the SHA-256 of each file of the built-in pack (geo/), once the build has validated it
// with the app's own code. src/content/load.ts then takes those same bytes as they are, without loading the schema
// (see src/content/trusted.ts). A production build fails when the pack has problems, or when validation would
// change it (so that taking it as it is gives the app exactly what validating it would); the dev server and the
// unit tests export no digests then, and the app validates the pack in full and shows its problems.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/content/problems.ts';
import { trustedPack } from '../src/content/trusted.ts';
import { PACK_FILES, validatePack, type PackKey, type RawPack } from '../src/content/validate.ts';
import { servedData } from './served-data.ts';

const ID = 'virtual:built-in-pack';

/** The digests of the pack in `dir` as the app is served it (`servedData`), or why it cannot be taken as it is. */
export function builtInDigests(dir: string): { digests: Partial<Record<PackKey, string>>; refusal: string | null } {
  const raw: RawPack = {};
  const digests: Partial<Record<PackKey, string>> = {};
  for (const [key, file] of Object.entries(PACK_FILES) as [PackKey, string][]) {
    const bytes = servedData(readFileSync(join(dir, file)));
    digests[key] = createHash('sha256').update(bytes).digest('hex');
    raw[key] = JSON.parse(bytes.toString('utf8')) as unknown;
  }
  const valid = validatePack(raw);
  if (valid.problems.length > 0) return { digests: {}, refusal: `the built-in pack has problems:\n${valid.problems.map(formatProblem).join('\n')}` };
  if (!isDeepStrictEqual(trustedPack(raw), valid)) return { digests: {}, refusal: 'validating the built-in pack changes it, so it cannot be taken as it is' };
  return { digests, refusal: null };
}

export function builtInPack(dir: string): Plugin {
  let building = false;
  return {
    name: 'mekong-built-in-pack',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const { digests, refusal } = builtInDigests(dir);
      if (refusal && building) this.error(refusal);
      return `export const BUILT_IN_DIGESTS = ${JSON.stringify(digests)};\n`;
    },
  };
}
