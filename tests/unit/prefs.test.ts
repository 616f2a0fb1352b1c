import { describe, expect, it } from 'vitest';
import { PREFS_KEY, mountPrefsStorage, readPrefs } from '../../src/state/prefs-storage.ts';
import { createAppStore } from '../../src/state/store.ts';

function memory(initial?: string): Storage {
  const data = new Map<string, string>(initial === undefined ? [] : [[PREFS_KEY, initial]]);
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('stored preferences', () => {
  it('come back as they were saved', () => {
    const storage = memory();
    const a = createAppStore();
    mountPrefsStorage(a, storage);
    a.getState().setTheme('projector');
    a.getState().setLabelLang('en');
    a.getState().setMapKeyOpen(false);
    a.getState().setView({ center: [104.5, 13.2], zoom: 7 }, 'map');
    a.getState().setUi('lo');
    const b = createAppStore();
    mountPrefsStorage(b, storage);
    expect(b.getState()).toMatchObject({ theme: 'projector', labelLang: 'en', mapKeyOpen: false, view: { center: [104.5, 13.2], zoom: 7 } });
    // The interface's language is read back for main.ts, which loads its catalogue before setting it.
    expect(readPrefs(storage).ui).toBe('lo');
    expect(b.getState().ui).toBe('en');
  });

  it('keep the map key open or folded only once the reader has chosen (each screen has its own default until then)', () => {
    const storage = memory();
    const a = createAppStore();
    mountPrefsStorage(a, storage);
    a.getState().setTheme('projector');
    expect(JSON.parse(storage.getItem(PREFS_KEY)!)).not.toHaveProperty('mapKeyOpen');
    a.getState().setMapKeyOpen(true);
    const b = createAppStore();
    mountPrefsStorage(b, storage);
    expect(b.getState().mapKeyOpen).toBe(true);
  });

  it('are ignored when corrupt, of another version or unreadable', () => {
    for (const bad of [
      '{',
      'null',
      '42',
      '"x"',
      '{"version":0,"theme":"projector"}',
      '{"version":1,"theme":"neon"}',
      '{"version":1,"view":{"center":[1],"zoom":"a"}}',
      '{"version":1,"view":{"center":[1,2]}}',
      '{"version":1,"view":{"center":[1,null],"zoom":5}}',
      '{"version":1,"mapKeyOpen":"yes"}',
      '{"version":1,"labelLang":"fr"}',
      '{"version":1,"ui":"de"}',
      '{"version":1,"ui":7}',
      '{"theme":"light"}',
      '[1]',
    ]) {
      expect(readPrefs(memory(bad)), bad).toEqual({});
    }
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readPrefs(throwing)).toEqual({});
    expect(readPrefs(null)).toEqual({});
    const store = createAppStore();
    expect(() => mountPrefsStorage(store, memory('{"version":1,"labelLang":"klingon"}'))).not.toThrow();
    expect(store.getState().labelLang).toBe('both');
  });

  it('keep a stored view inside the map’s limits', () => {
    expect(readPrefs(memory('{"version":1,"view":{"center":[400,-80],"zoom":99}}')).view?.zoom).toBe(12);
  });
});
