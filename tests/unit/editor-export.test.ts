// Exporting a pack as a .zip: the same pack gives the same bytes, the explorer's own reader opens what is written
// with no problem, and opening an export and exporting it again gives the very same file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { join, relative, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openPackTexts, readPackFiles } from '../../src/content/pack-reader.ts';
import { filesFromZip } from '../../src/content/pack-zip.ts';
import type { PackFileName } from '../../src/content/schema.ts';
import { downloadZip } from '../../src/editor/download.ts';
import {
  canonicalJson,
  ExportRefused,
  exportProblems,
  filesFromPack,
  filesFromTexts,
  packFileTexts,
  packZip,
  zipFileName,
  type PackFiles,
} from '../../src/editor/export.ts';
import { GEO_DIR } from './helpers/pack.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/friendship-bridges');
const BASE = 'https://school.example/explorer/geo/';

/** A folder's files, as "Choose a folder…" reads them (every file, the reader takes what pack.json lists). */
function folder(dir: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), new Uint8Array(readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

/** The explorer's own base map, for a pack with "baseMap": "built-in". */
const diskFetch = (async (url: string | URL | Request) => {
  try {
    return new Response(readFileSync(resolve(GEO_DIR, String(url).replace(BASE, ''))));
  } catch {
    return new Response('not found', { status: 404 });
  }
}) as typeof fetch;

const open = (zip: Uint8Array) => openPackTexts(readPackFiles(filesFromZip(zip)), { baseUrl: BASE, fetcher: diskFetch });
/** What an editor starts from when it imports a .zip: the files as read, each parsed. */
const imported = (zip: Uint8Array) => filesFromTexts(readPackFiles(filesFromZip(zip)).texts);
const entries = (zip: Uint8Array) => Object.keys(unzipSync(zip));

/** Where two files first differ (-1: nowhere), so a failure says where instead of diffing megabytes. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.byteLength, b.byteLength);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return a.byteLength === b.byteLength ? -1 : n;
}
const expectSameBytes = (a: Uint8Array, b: Uint8Array) => expect(firstDifference(a, b), 'first byte that differs').toBe(-1);

const PACKS = [
  ['the built-in pack', GEO_DIR],
  ['examples/friendship-bridges', EXAMPLE],
] as const;

afterEach(() => {
  vi.useRealTimers();
});

describe('the canonical text', () => {
  it('is two-space JSON with keys as given, coordinates on one line, and one final newline', () => {
    const value = { type: 'Point', coordinates: [102.6, 17.96667], ring: [[[1, 2]], []], empty: {}, none: [], tags: ['a', 'b'], gone: undefined };
    expect(canonicalJson(value)).toBe(
      '{\n  "type": "Point",\n  "coordinates": [102.6,17.96667],\n  "ring": [[[1,2]],[]],\n  "empty": {},\n  "none": [],\n  "tags": [\n    "a",\n    "b"\n  ]\n}\n',
    );
    // What JSON cannot hold is written as the reader would read it back.
    expect(canonicalJson({ a: NaN, b: -0, c: 'ພາສາລາວ', d: () => 1 })).toBe('{\n  "a": null,\n  "b": 0,\n  "c": "ພາສາລາວ"\n}\n');
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('is the content scripts’ layout for the files they write that way', () => {
    const texts = packFileTexts(filesFromTexts(readPackFiles(folder(GEO_DIR)).texts));
    for (const name of ['places.geojson', 'sources.json', 'article.json'] as const) {
      expect(texts.get(name), name).toBe(readFileSync(resolve(GEO_DIR, name), 'utf8'));
    }
  });
});

describe('packZip', () => {
  const example = () => filesFromTexts(readPackFiles(folder(EXAMPLE)).texts);

  it('gives the same bytes for the same pack: at another time, in another time zone, from a map in another order', () => {
    const first = packZip(example());
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-07-15T08:09:10Z'));
    expectSameBytes(packZip(example()), first);
    const tz = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = packZip(example());
      process.env.TZ = 'Asia/Vientiane';
      expectSameBytes(packZip(example()), west);
      expectSameBytes(west, first);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    const reversed = new Map([...example()].reverse());
    expectSameBytes(packZip(reversed), first);
    // A file given as text is written from its value: the same bytes.
    const asText = new Map<PackFileName, unknown>([...example()].map(([k, v]) => [k, JSON.stringify(v)]));
    expectSameBytes(packZip(asText), first);
  });

  it('writes the files in the layout’s order, pack.json first, and lists exactly those in pack.json', () => {
    const files = example();
    files.delete('tour.json'); // pack.json still lists it: the writer lists only what it writes
    const zip = packZip(files, { folder: 'my-lesson' });
    expect(entries(zip)).toEqual(['my-lesson/pack.json', 'my-lesson/sources.json', 'my-lesson/places.geojson', 'my-lesson/article.json']);
    const manifest = JSON.parse(new TextDecoder().decode(unzipSync(zip)['my-lesson/pack.json'])) as { files: string[] };
    expect(manifest.files).toEqual(['pack.json', 'sources.json', 'places.geojson', 'article.json']);
    expect(readPackFiles(filesFromZip(zip)).problems).toEqual([]);
    expect(zipFileName(files)).toBe('friendship-bridges.zip');
  });

  it('never writes a pack the reader would refuse or find files missing in: it says why instead', () => {
    const files = example();
    files.delete('article.json');
    files.set('notes.txt' as PackFileName, 'hello');
    files.set('tour.json', '{ "title": ');
    expect(() => packZip(files)).toThrow(ExportRefused);
    expect(exportProblems(files)).toEqual([
      'a pack cannot hold a file named “notes.txt”',
      'it has no article.json, which every pack needs',
      expect.stringMatching(/^tour\.json is not valid JSON/),
    ]);
    const bad = example();
    bad.set('pack.json', { ...(bad.get('pack.json') as object), id: 'Not A Slug' });
    expect(exportProblems(bad)).toEqual([expect.stringMatching(/^pack\.json: id: a pack id is a lowercase slug/)]);
    expect(exportProblems(new Map([['pack.json', []]]))).toContain('pack.json is not a JSON object');
    expect(exportProblems(example())).toEqual([]);
  });
});

// The built-in pack is 1 MB of JSON, exported and validated several times: give a busy machine time.
describe.each(PACKS)('%s, exported', { timeout: 60_000 }, (_, dir) => {
  const fromDisk = () => filesFromTexts(readPackFiles(folder(dir)).texts);

  it('opens in the explorer with no problem, every file it had read back as written', async () => {
    const files = fromDisk();
    const zip = packZip(files);
    const read = readPackFiles(filesFromZip(zip));
    expect(read.problems).toEqual([]);
    expect(Object.keys(read.texts)).toEqual([...files.keys()]);
    const texts = packFileTexts(files);
    for (const [name, text] of texts) expect(read.texts[name], name).toBe(text);
    expect((await open(zip)).problems).toEqual([]);
  });

  it('exports again, once opened, to the same bytes', () => {
    const zip = packZip(fromDisk());
    const again = packZip(imported(zip));
    expectSameBytes(again, zip);
    expectSameBytes(packZip(imported(again)), zip);
  });

  it('exports from what the reader validated to a pack that opens and exports again to the same bytes', async () => {
    const zip = packZip(fromDisk());
    const validated = packZip(filesFromPack(await open(zip)));
    const opened = await open(validated);
    expect(opened.problems).toEqual([]);
    expectSameBytes(packZip(filesFromPack(opened)), validated);
    expectSameBytes(packZip(imported(validated)), validated);
    // The schema's key order may differ from the files' own, never the content.
    const a = packFileTexts(imported(zip));
    const b = packFileTexts(imported(validated));
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect(JSON.parse(b.get(name)!), name).toEqual(JSON.parse(text));
  });
});

describe('downloadZip', () => {
  it('hands the browser the bytes as a .zip under the pack’s name, through a link it clicks and removes', async () => {
    const zip = packZip(filesFromTexts(readPackFiles(folder(EXAMPLE)).texts) as PackFiles);
    const link = { href: '', download: '', hidden: false, clicked: 0, removed: 0, click: () => link.clicked++, remove: () => link.removed++ };
    const appended: unknown[] = [];
    const doc = { createElement: () => link, body: { append: (x: unknown) => appended.push(x) } } as unknown as Document;
    vi.useFakeTimers();
    downloadZip(doc, zip, 'friendship-bridges.zip');
    expect(appended).toEqual([link]);
    expect([link.download, link.hidden, link.clicked, link.removed]).toEqual(['friendship-bridges.zip', true, 1, 1]);
    const blob = resolveObjectURL(link.href);
    expect(blob?.type).toBe('application/zip');
    expectSameBytes(new Uint8Array(await blob!.arrayBuffer()), zip);
    vi.runAllTimers(); // the object URL is released once the browser has had time to read it
    expect(resolveObjectURL(link.href)).toBeUndefined();
  });
});
