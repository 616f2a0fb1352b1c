// The teacher's drafts on this device, so that a lesson being written survives a reload, a crash or a closed
// lid: the editor saves after each change, and lists, loads and deletes them. Kept in IndexedDB through
// idb-keyval, in a database of their own (never among the opened packs of src/packs/library.ts).
//
// Never lost, never mixed up:
// - A draft is one record written by one `set`: an IndexedDB transaction, which is written whole or not at all,
//   so a crash or a full disk mid-write leaves the previous version as it was.
// - Writes of one draft run one after the other, and a save that a later one has overtaken before its turn is
//   not written at all: the last save called is the one kept, whatever order the disk finishes in.
// - Nothing throws into the UI: every call resolves to an outcome, and a full or forbidden store says so (the UI
//   can then offer the .zip export, which needs no storage).
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import { PACK_FILE_NAMES, type PackFileName } from '../content/schema.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/** What the drafts need of a key-value store: idb-keyval's functions, or a memory map in the tests. */
export interface DraftStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  keys(): Promise<readonly unknown[]>;
}

/** Why the store failed: `full` (no room left), `unavailable` (the browser keeps no data for the page), `failed`. */
export interface StorageProblem {
  readonly kind: 'full' | 'unavailable' | 'failed';
  readonly message: string;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StorageProblem };

export interface DraftEntry {
  readonly id: string;
  /** pack.json's title and id, as they were at the last save ('' when it had none). */
  readonly title: string;
  readonly packId: string;
  /** ISO time of the last save. */
  readonly savedAt: string;
}

export interface SavedDraft extends DraftEntry {
  /** Each file as it was saved: the same value (or text) the editor gave, as a fresh copy. */
  readonly files: Map<PackFileName, unknown>;
}

export interface Drafts {
  /**
   * Keeps the draft's files under `id`, replacing its previous version. `superseded`: a later save of the same
   * draft came before this one's turn and was written instead (its outcome is the one to show).
   */
  save(id: string, files: ReadonlyMap<PackFileName, unknown>): Promise<Outcome<{ readonly savedAt: string; readonly superseded: boolean }>>;
  /** Every draft kept, the last saved first. Records this version cannot read are left out (and left alone). */
  list(): Promise<Outcome<DraftEntry[]>>;
  /** One draft, or undefined when there is none under `id`. */
  load(id: string): Promise<Outcome<SavedDraft | undefined>>;
  remove(id: string): Promise<Outcome<void>>;
}

/** The record kept per draft. `texts` holds each file as JSON text, `asText` the files the editor gave as text. */
interface DraftRecord {
  readonly format: 1;
  readonly id: string;
  readonly title: string;
  readonly packId: string;
  readonly savedAt: string;
  readonly texts: Readonly<Record<string, string>>;
  readonly asText: readonly string[];
}

const PREFIX = 'draft:';
const KNOWN = new Set<string>(PACK_FILE_NAMES);

const MESSAGES: Record<StorageProblem['kind'], MessageKey> = {
  full: 'lesson.storageFull',
  unavailable: 'lesson.storageUnavailable',
  failed: 'lesson.storageFailed',
};

/** What a storage failure of `kind` means for the teacher, with the browser's own words for it if any. */
function problemMessage(kind: StorageProblem['kind'], detail: string): string {
  return detail ? t('lesson.storageProblemDetail', { problem: t(MESSAGES[kind]), detail }) : t(MESSAGES[kind]);
}

/** What a storage error means for the teacher. Browsers name the same failures differently. */
export function storageProblem(e: unknown): StorageProblem {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const detail = typeof e === 'object' && e !== null && 'message' in e ? String(e.message) : String(e);
  const kind: StorageProblem['kind'] =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
      ? 'full'
      : // Storage blocked by the browser's settings (SecurityError), no IndexedDB at all (NotSupportedError, below).
        name === 'SecurityError' || name === 'NotSupportedError'
        ? 'unavailable'
        : 'failed';
  return { kind, message: problemMessage(kind, detail) };
}

async function attempt<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    return { ok: false, problem: storageProblem(e) };
  }
}

/** pack.json's title and id, for the list, from the value or text the editor gave. */
function heading(files: ReadonlyMap<PackFileName, unknown>): { title: string; packId: string } {
  let m = files.get('pack.json');
  if (typeof m === 'string') {
    try {
      m = JSON.parse(m) as unknown;
    } catch {
      m = null;
    }
  }
  const o = (typeof m === 'object' && m !== null ? m : {}) as { title?: unknown; id?: unknown };
  return { title: typeof o.title === 'string' ? o.title : '', packId: typeof o.id === 'string' ? o.id : '' };
}

/**
 * The record, taken when save is called: JSON text is a copy no later change of the editor's objects can reach,
 * it is cloned into IndexedDB quickly (one string per file), and anything that is not data fails here, not there.
 */
function recordOf(id: string, files: ReadonlyMap<PackFileName, unknown>, savedAt: string): DraftRecord {
  const texts: Record<string, string> = {};
  const asText: string[] = [];
  for (const name of PACK_FILE_NAMES) {
    if (!files.has(name)) continue;
    const value = files.get(name);
    if (typeof value === 'string') asText.push(name);
    const text = typeof value === 'string' ? value : (JSON.stringify(value) as string | undefined);
    if (text === undefined) throw new TypeError(t('lesson.draftFileNotJson', { file: name }));
    texts[name] = text;
  }
  for (const name of files.keys()) if (!KNOWN.has(name)) throw new TypeError(t('lesson.exportFileNotAllowed', { file: String(name) }));
  return { format: 1, id, ...heading(files), savedAt, texts, asText };
}

function isRecord(v: unknown): v is DraftRecord {
  const r = v as Partial<DraftRecord> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    r.format === 1 &&
    typeof r.id === 'string' &&
    typeof r.title === 'string' &&
    typeof r.packId === 'string' &&
    typeof r.savedAt === 'string' &&
    typeof r.texts === 'object' &&
    r.texts !== null &&
    Array.isArray(r.asText)
  );
}

function filesOfRecord(r: DraftRecord): Map<PackFileName, unknown> {
  const files = new Map<PackFileName, unknown>();
  for (const name of PACK_FILE_NAMES) {
    const text = r.texts[name];
    if (typeof text !== 'string') continue;
    files.set(name, r.asText.includes(name) ? text : (JSON.parse(text) as unknown));
  }
  return files;
}

const entryOf = (r: DraftRecord): DraftEntry => ({ id: r.id, title: r.title, packId: r.packId, savedAt: r.savedAt });

/** The drafts kept in `store`. `now` gives the time a save is stamped with (the tests pass their own). */
export function createDrafts(store: DraftStore, now: () => Date = () => new Date()): Drafts {
  // One queue per draft: its writes in the order they were asked for, and the number of the last one asked.
  const lanes = new Map<string, { tail: Promise<unknown>; latest: number }>();
  let asked = 0;

  function enqueue<T>(id: string, op: (stillLatest: () => boolean) => Promise<T>): Promise<T> {
    const lane = lanes.get(id) ?? { tail: Promise.resolve(), latest: 0 };
    const mine = ++asked;
    lane.latest = mine;
    lanes.set(id, lane);
    const run = () => op(() => lane.latest === mine);
    const done = lane.tail.then(run, run);
    lane.tail = done;
    const forget = () => {
      if (lane.tail === done) lanes.delete(id);
    };
    done.then(forget, forget);
    return done;
  }
  /** Waits for the writes asked for so far (of one draft, or of all), so a read sees the last save. */
  const settled = async (id?: string) => {
    const pending = id === undefined ? [...lanes.values()] : [lanes.get(id)].filter((l) => l !== undefined);
    await Promise.all(pending.map((l) => l.tail.catch(() => undefined)));
  };

  return {
    save(id, files) {
      let record: DraftRecord;
      try {
        record = recordOf(id, files, now().toISOString());
      } catch (e) {
        return Promise.resolve({ ok: false, problem: { kind: 'failed', message: problemMessage('failed', e instanceof Error ? e.message : String(e)) } });
      }
      return enqueue(id, (stillLatest) =>
        attempt(async () => {
          if (!stillLatest()) return { savedAt: record.savedAt, superseded: true };
          await store.set(PREFIX + id, record);
          return { savedAt: record.savedAt, superseded: false };
        }),
      );
    },

    async list() {
      await settled();
      return attempt(async () => {
        const ids = (await store.keys()).filter((k): k is string => typeof k === 'string' && k.startsWith(PREFIX));
        const records = await Promise.all(ids.map((k) => store.get(k)));
        return records
          .filter(isRecord)
          .map(entryOf)
          .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.id.localeCompare(b.id));
      });
    },

    async load(id) {
      await settled(id);
      return attempt(async () => {
        const r = await store.get(PREFIX + id);
        if (r === undefined) return undefined;
        if (!isRecord(r)) throw new Error(t('lesson.draftUnreadable'));
        return { ...entryOf(r), files: filesOfRecord(r) };
      });
    },

    // In the draft's queue: a save asked for before it is not written after it.
    remove: (id) =>
      enqueue(id, () =>
        attempt(async () => {
          await store.del(PREFIX + id);
        }),
      ),
  };
}

/**
 * A store that opens itself again when the browser has closed its connection: idb-keyval keeps one connection,
 * and one the browser closed (a laptop asleep, Safari in the background) would fail every later save until a
 * reload. On such a failure (InvalidStateError, UnknownError) the call is made once more on a new connection; the
 * four calls may be repeated safely.
 */
export function reopening(open: () => DraftStore): DraftStore {
  let current: DraftStore | null = null;
  const call = async <T>(op: (s: DraftStore) => Promise<T>): Promise<T> => {
    const store = (current ??= open());
    try {
      return await op(store);
    } catch (e) {
      const name = typeof e === 'object' && e !== null && 'name' in e ? e.name : '';
      if (name !== 'InvalidStateError' && name !== 'UnknownError') throw e;
      if (current === store) current = null;
      return op((current ??= open()));
    }
  };
  return { get: (k) => call((s) => s.get(k)), set: (k, v) => call((s) => s.set(k, v)), del: (k) => call((s) => s.del(k)), keys: () => call((s) => s.keys()) };
}

/** The device's store (IndexedDB, a database of the drafts' own), or one that reports `unavailable` where there is none. */
export function deviceDraftStore(win: Window): DraftStore {
  let available = false;
  try {
    available = 'indexedDB' in win && !!win.indexedDB; // reading it throws where storage is blocked
  } catch {
    available = false;
  }
  if (!available) {
    const no = () => Promise.reject(new DOMException(t('lesson.noIndexedDb'), 'NotSupportedError'));
    return { get: no, set: no, del: no, keys: no };
  }
  // Opened on first use, as the library does: a page that never edits never creates the database.
  return reopening(() => {
    let db: UseStore | null = null;
    const open = () => (db ??= createStore('mekong-drafts', 'drafts'));
    return {
      get: async (k) => get<unknown>(k, open()),
      set: async (k, v) => set(k, v, open()),
      del: async (k) => del(k, open()),
      keys: async () => keys(open()),
    };
  });
}

/**
 * Asks the browser to keep the page's storage under pressure rather than clear it (drafts are the teacher's only
 * copy until exported). Resolves true if it will; some browsers ask the teacher, so call it on a teacher's action.
 */
export async function askToKeepDrafts(nav: Navigator): Promise<boolean> {
  try {
    if (!nav.storage?.persist) return false;
    return (await nav.storage.persisted()) || (await nav.storage.persist());
  } catch {
    return false;
  }
}
