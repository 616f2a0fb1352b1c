// The drafts kept on the device: saved, listed, loaded and deleted; the last save kept whatever order the store
// finishes writes in; a full or forbidden store reported, never thrown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackFileName } from '../../src/content/schema.ts';
import { createDrafts, deviceDraftStore, reopening, type DraftStore } from '../../src/editor/drafts.ts';
import { packZip } from '../../src/editor/export.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../examples/friendship-bridges');
const example = () =>
  new Map<PackFileName, unknown>(
    (['pack.json', 'sources.json', 'places.geojson', 'article.json', 'tour.json'] as const).map((n) => [
      n,
      JSON.parse(readFileSync(resolve(EXAMPLE, n), 'utf8')),
    ]),
  );
const titled = (title: string) => new Map<PackFileName, unknown>([['pack.json', { id: 'lesson', title }]]);

/**
 * A store in memory, as IndexedDB behaves: a value is copied when it is written and visible once its write has
 * finished. Held, writes wait until `finishNewestFirst` finishes them, the newest first.
 */
function memoryStore(o: { held?: boolean } = {}) {
  const data = new Map<string, unknown>();
  const waiting: (() => void)[] = [];
  const later = (apply: () => void) => (o.held ? new Promise<void>((done) => waiting.push(() => (apply(), done()))) : Promise.resolve().then(apply));
  const store: DraftStore = {
    get: async (k) => structuredClone(data.get(k)),
    set: (k, v) => {
      const copy = structuredClone(v);
      return later(() => data.set(k, copy));
    },
    del: (k) => later(() => data.delete(k)),
    keys: async () => [...data.keys()],
  };
  /** Finishes every write asked for, and those they lead to, each batch in the reverse of the order asked. */
  const finishNewestFirst = async () => {
    for (;;) {
      await new Promise((next) => setTimeout(next, 0)); // every call queued so far has reached the store
      if (waiting.length === 0) return;
      for (const finish of waiting.splice(0).reverse()) finish();
    }
  };
  return { store, data, finishNewestFirst };
}

const titleOf = async (drafts: ReturnType<typeof createDrafts>, id: string) => {
  const r = await drafts.load(id);
  return r.ok ? (r.value?.files.get('pack.json') as { title?: string } | undefined)?.title : r.problem.kind;
};

describe('drafts', () => {
  it('are saved, loaded as given (a fresh copy), listed with their titles, and deleted', async () => {
    const { store } = memoryStore();
    let t = Date.parse('2026-03-01T10:00:00Z');
    const drafts = createDrafts(store, () => new Date((t += 60_000)));
    const files = example();
    files.set('countries.json', '{ "not": "finished"'); // a file the teacher is still writing, kept as text
    expect(await drafts.save('d1', files)).toEqual({ ok: true, value: { savedAt: '2026-03-01T10:01:00.000Z', superseded: false } });
    (files.get('pack.json') as { title: string }).title = 'Changed after the save';
    expect(await drafts.save('d2', titled('Second lesson'))).toMatchObject({ ok: true });

    const loaded = await drafts.load('d1');
    if (!loaded.ok || !loaded.value) throw new Error('not loaded');
    expect(loaded.value).toMatchObject({ id: 'd1', title: 'Bridges over the Mekong', packId: 'friendship-bridges' });
    expect([...loaded.value.files.keys()]).toEqual(['pack.json', 'sources.json', 'places.geojson', 'article.json', 'countries.json', 'tour.json']);
    expect(loaded.value.files.get('countries.json')).toBe('{ "not": "finished"');
    expect(loaded.value.files.get('places.geojson')).toEqual(example().get('places.geojson'));
    expect((loaded.value.files.get('pack.json') as { title: string }).title).toBe('Bridges over the Mekong');
    // What is kept exports as what was saved would.
    const saved = example();
    expect(packZip(new Map([...loaded.value.files].filter(([n]) => n !== 'countries.json')))).toEqual(packZip(saved));

    expect(await drafts.list()).toEqual({
      ok: true,
      value: [
        { id: 'd2', title: 'Second lesson', packId: 'lesson', savedAt: '2026-03-01T10:02:00.000Z' },
        { id: 'd1', title: 'Bridges over the Mekong', packId: 'friendship-bridges', savedAt: '2026-03-01T10:01:00.000Z' },
      ],
    });
    expect(await drafts.remove('d1')).toEqual({ ok: true, value: undefined });
    expect(await drafts.load('d1')).toEqual({ ok: true, value: undefined });
    expect(await drafts.list()).toMatchObject({ ok: true, value: [{ id: 'd2' }] });
  });

  it('are kept apart from what else the store holds, and a record this version cannot read is left out', async () => {
    const { store, data } = memoryStore();
    data.set('built-in', { id: 'built-in', title: 'an opened pack', texts: {} });
    data.set('draft:old', { format: 0, whatever: true });
    const drafts = createDrafts(store);
    await drafts.save('new', titled('New'));
    expect(await drafts.list()).toMatchObject({ ok: true, value: [{ id: 'new', title: 'New' }] });
    expect(await drafts.load('old')).toMatchObject({ ok: false, problem: { kind: 'failed' } });
    expect(data.has('built-in') && data.has('draft:old')).toBe(true);
  });

  it('keep the last save, whatever order the store finishes the writes in', async () => {
    const { store, finishNewestFirst } = memoryStore({ held: true });
    const drafts = createDrafts(store);
    const first = drafts.save('d', titled('one'));
    await Promise.resolve(); // the first write has reached the store and is under way
    await Promise.resolve();
    const second = drafts.save('d', titled('two'));
    const third = drafts.save('d', titled('three'));
    await finishNewestFirst();
    expect(await first).toMatchObject({ ok: true, value: { superseded: false } });
    // The second had not started when the third was asked for: the third is written in its place.
    expect(await second).toMatchObject({ ok: true, value: { superseded: true } });
    expect(await third).toMatchObject({ ok: true, value: { superseded: false } });
    const reading = titleOf(drafts, 'd');
    await finishNewestFirst();
    expect(await reading).toBe('three');
  });

  it('never bring a draft back once deleted, nor lose a save that follows the delete', async () => {
    const { store, finishNewestFirst } = memoryStore({ held: true });
    const drafts = createDrafts(store);
    const saving = drafts.save('gone', titled('x'));
    await Promise.resolve();
    const removing = drafts.remove('gone');
    const kept = [drafts.remove('back'), drafts.save('back', titled('after the delete'))];
    await finishNewestFirst();
    await Promise.all([saving, removing, ...kept]);
    const reads = [titleOf(drafts, 'gone'), titleOf(drafts, 'back')];
    await finishNewestFirst();
    expect(await Promise.all(reads)).toEqual([undefined, 'after the delete']);
  });

  it('report a full store, and keep the version saved before', async () => {
    const { store } = memoryStore();
    let full = false;
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const drafts = createDrafts({ ...store, set: (k, v) => (full ? Promise.reject(quota()) : store.set(k, v)) });
    await drafts.save('d', titled('kept'));
    full = true;
    const r = await drafts.save('d', titled('lost'));
    expect(r).toMatchObject({ ok: false, problem: { kind: 'full', message: expect.stringMatching(/no room left.*Export it as a \.zip/) } });
    expect(await titleOf(drafts, 'd')).toBe('kept');
  });

  it('report a store the browser forbids, or one that fails, and what cannot be kept, without throwing', async () => {
    const blocked = createDrafts(deviceDraftStore({} as Window)); // no IndexedDB at all
    for (const r of [await blocked.save('d', titled('x')), await blocked.list(), await blocked.load('d'), await blocked.remove('d')]) {
      expect(r).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });
    }
    const hidden = {
      get indexedDB(): IDBFactory {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    expect(await createDrafts(deviceDraftStore(hidden as unknown as Window)).list()).toMatchObject({ ok: false, problem: { kind: 'unavailable' } });

    const broken: DraftStore = { get: () => Promise.reject(new Error('disk error')), set: async () => {}, del: async () => {}, keys: async () => ['draft:a'] };
    expect(await createDrafts(broken).list()).toEqual({ ok: false, problem: { kind: 'failed', message: expect.stringContaining('(disk error)') } });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const drafts = createDrafts(memoryStore().store);
    expect(await drafts.save('d', new Map([['pack.json', cyclic]]))).toMatchObject({ ok: false, problem: { kind: 'failed' } });
    expect(await drafts.save('d', new Map([['notes.txt' as PackFileName, 'x']]))).toMatchObject({ ok: false, problem: { kind: 'failed' } });
  });

  it('open the store again when the browser has closed its connection, once, and only then', async () => {
    const { store } = memoryStore();
    let opened = 0;
    const closing = (name: string): DraftStore => ({ ...store, set: () => Promise.reject(new DOMException('The database connection is closing.', name)) });
    const drafts = createDrafts(reopening(() => (++opened === 1 ? closing('InvalidStateError') : store)));
    expect(await drafts.save('d', titled('saved on a new connection'))).toMatchObject({ ok: true });
    expect([opened, await titleOf(drafts, 'd')]).toEqual([2, 'saved on a new connection']);
    opened = 0;
    const full = createDrafts(reopening(() => (++opened, closing('QuotaExceededError'))));
    expect(await full.save('d', titled('x'))).toMatchObject({ ok: false, problem: { kind: 'full' } });
    expect(opened).toBe(1);
  });
});
