// The story packs kept on this device (IndexedDB, through idb-keyval): each pack's files as the teacher gave
// them, under its id. A kept pack is validated again every time it is opened, so a newer explorer checks it
// with its own schema. Only packs that were read and whose pack.json is valid are kept.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { PackFileName } from '../content/schema.ts';
import { SaidError } from './said.ts';

export interface KeptPack {
  readonly id: string;
  readonly title: string;
  readonly texts: Readonly<Partial<Record<PackFileName, string>>>;
  readonly savedAt: string;
}

export interface StoryEntry {
  readonly id: string;
  readonly title: string;
  /** The language of the pack (its pack.json's `lang`), in which its title is written. */
  readonly lang?: string | undefined;
}

export interface Library {
  list(): Promise<StoryEntry[]>;
  get(id: string): Promise<KeptPack | undefined>;
  put(pack: KeptPack): Promise<void>;
  remove(id: string): Promise<void>;
}

let store: UseStore | null = null;
const db = () => (store ??= createStore('mekong-story-packs', 'packs'));

/** The device's library, or one that keeps nothing where IndexedDB is not available (a private window, say). */
export function deviceLibrary(win: Window): Library {
  if (!('indexedDB' in win) || !win.indexedDB) {
    return {
      list: async () => [],
      get: async () => undefined,
      put: async () => Promise.reject(new SaidError({ key: 'shell.noStorage' })),
      remove: async () => undefined,
    };
  }
  return {
    async list() {
      const ids = (await keys(db())).filter((k): k is string => typeof k === 'string');
      const packs = await Promise.all(ids.map((id) => get<KeptPack>(id, db())));
      return packs
        .filter((p): p is KeptPack => !!p && typeof p.id === 'string' && typeof p.title === 'string')
        .map((p) => ({ id: p.id, title: p.title, lang: langOf(p) }))
        .sort((a, b) => a.title.localeCompare(b.title));
    },
    get: (id) => get<KeptPack>(id, db()),
    put: (pack) => set(pack.id, pack, db()),
    remove: (id) => del(id, db()),
  };
}

/** A kept pack's language, from its pack.json (checked when the pack was kept). */
function langOf(p: KeptPack): string | undefined {
  try {
    const lang = (JSON.parse(p.texts['pack.json'] ?? '{}') as { lang?: unknown }).lang;
    return typeof lang === 'string' ? lang : undefined;
  } catch {
    return undefined;
  }
}
