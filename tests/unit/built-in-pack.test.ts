import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtInDigests } from '../../scripts/built-in-pack.ts';
import { servedData } from '../../scripts/served-data.ts';
import { loadContent } from '../../src/content/load.ts';
import { PACK_FILES, validatePack, type PackKey, type RawPack } from '../../src/content/validate.ts';

const GEO = resolve(import.meta.dirname, '../../geo');
const BASE = 'https://explorer.test/geo/';

/** A fetch that serves geo/ as the build does, with some files replaced. */
function serve(replaced: Partial<Record<string, string>> = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    const name = url.href.slice(BASE.length);
    const text = replaced[name] ?? servedData(readFileSync(join(GEO, name))).toString('utf8');
    return new Response(text, { status: 200 });
  }) as typeof fetch;
}

function validated(replaced: Partial<Record<string, string>> = {}) {
  const raw: RawPack = {};
  for (const [key, file] of Object.entries(PACK_FILES) as [PackKey, string][])
    raw[key] = JSON.parse(replaced[file] ?? readFileSync(join(GEO, file), 'utf8')) as unknown;
  return validatePack(raw);
}

afterEach(() => vi.unstubAllGlobals());

describe('the built-in pack, validated when the app is built', () => {
  it('is taken as it is: the build records a digest of every file, since validating it finds nothing and changes nothing', () => {
    const { digests, refusal } = builtInDigests(GEO);
    expect(refusal).toBeNull();
    expect(Object.keys(digests).sort()).toEqual(Object.keys(PACK_FILES).sort());
  });

  it('is refused by the build when a file has a problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    try {
      cpSync(GEO, dir, { recursive: true });
      const sources = JSON.parse(readFileSync(join(dir, PACK_FILES.sources), 'utf8')) as { sources: { title: string }[] };
      sources.sources[0]!.title = '<b>bold</b>';
      writeFileSync(join(dir, PACK_FILES.sources), JSON.stringify(sources));
      const { digests, refusal } = builtInDigests(dir);
      expect(refusal).toMatch(/sources\.json.*markup/);
      expect(digests).toEqual({});
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens in the browser exactly as validating it would give', async () => {
    vi.stubGlobal('fetch', serve());
    const pack = await loadContent(BASE);
    const { mapFiles, ...valid } = pack;
    expect(valid).toEqual(validated());
    expect(pack.problems).toEqual([]);
    expect(Object.keys(mapFiles).length).toBeGreaterThan(0);
  });

  it('takes those files as they are, without loading the schema', async () => {
    vi.resetModules();
    vi.doMock('../../src/content/validate.ts', () => {
      throw new Error('the schema was loaded');
    });
    try {
      const { loadContent: load } = await import('../../src/content/load.ts');
      vi.stubGlobal('fetch', serve());
      expect((await load(BASE)).problems).toEqual([]);
    } finally {
      vi.doUnmock('../../src/content/validate.ts');
      vi.resetModules();
    }
  });

  it('is validated in full when a file is not the one the build validated', async () => {
    const sources = JSON.parse(readFileSync(join(GEO, PACK_FILES.sources), 'utf8')) as { sources: { title: string }[] };
    sources.sources[0]!.title = '<b>bold</b>';
    const edited = { [PACK_FILES.sources]: JSON.stringify(sources) };
    vi.stubGlobal('fetch', serve(edited));
    const pack = await loadContent(BASE);
    expect(pack.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      `${PACK_FILES.sources} sources[0].title: contains HTML markup: it is shown as plain text`,
    ]);
    expect({ ...pack, mapFiles: undefined }).toEqual({ ...validated(edited), mapFiles: undefined });
  });

  it('keeps what it could read when a file cannot be read, and says which', async () => {
    const failing = (async (input: RequestInfo | URL) =>
      String(input).endsWith(PACK_FILES.tour) ? new Response('', { status: 404 }) : serve()(input)) as typeof fetch;
    vi.stubGlobal('fetch', failing);
    const pack = await loadContent(BASE);
    expect(pack.tour).toBeNull();
    expect(pack.article).not.toBeNull();
    expect(pack.problems[0]).toEqual({ file: PACK_FILES.tour, path: '(file)', message: 'could not be read: HTTP 404' });
  });
});
