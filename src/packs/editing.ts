// The editor's side of choosing what the page opens: `?edit=<draft>` opens a draft kept on this device (the
// teacher's lesson being written) in place of a story, and the editor beside it. A draft is made (blank, or a
// copy of the story open) and kept first, then the page opens it by its address, so that a reload, a crash or a
// closed lid comes back to the same draft.
import type { Problem } from '../content/problems.ts';
import { PACK_FILES } from '../content/pack-layout.ts';
import { blankDraft, draftFrom, draftOfFiles, filesOf, updatePack, type BuiltInBase, type Draft } from '../editor/index.ts';
import type { Drafts } from '../editor/drafts.ts';
import type { OpenedPack } from '../content/pack-reader.ts';
import { refusal } from './said.ts';

export const EDIT_PARAM = 'edit';

export type DraftChoice = { readonly id: string; readonly draft: Draft; readonly savedAt: string } | { readonly refusal: readonly Problem[] } | null;

/** The draft the address asks to edit, if any. */
export async function chooseDraft(win: Window, drafts: Drafts): Promise<DraftChoice> {
  const id = new URLSearchParams(win.location.search).get(EDIT_PARAM);
  if (id === null) return null;
  const where = `?${EDIT_PARAM}=${id.slice(0, 64)}`;
  const loaded = await drafts.load(id);
  if (!loaded.ok) return { refusal: [refusal(where, '(draft)', { text: loaded.problem.message })] };
  const kept = loaded.value;
  const draft = kept ? draftOfFiles(kept.files) : null;
  if (!kept || !draft) return { refusal: [refusal(where, '(draft)', { key: 'details.refusedNoDraft' })] };
  return { id, draft, savedAt: kept.savedAt };
}

/** The address that edits a draft (other parameters kept, a story's dropped). */
export function draftUrl(win: Window, id: string): string {
  const params = new URLSearchParams(win.location.search);
  for (const p of ['pack', 'story', EDIT_PARAM]) params.delete(p);
  params.set(EDIT_PARAM, id);
  return `${win.location.pathname}?${params.toString()}`;
}

/** A new draft's key: unique on the device, and readable in the address. */
export function newDraftId(now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return `${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * A draft of the story open: a copy to change. A copy of the built-in story gets an id and title of its own, so
 * that it is kept beside the built-in story and never in its place.
 */
export function copyOfStory(pack: OpenedPack, builtInId: string): Draft {
  const draft = draftFrom(pack);
  if (draft.manifest.id !== builtInId) return draft;
  const edit = updatePack(draft, { id: `${draft.manifest.id}-copy`.slice(0, 64), title: `${draft.manifest.title} (my copy)` });
  return edit.ok ? edit.draft : draft;
}

/** A blank lesson, on the explorer's own base map. */
export function blankLesson(extent: readonly [number, number, number, number] | undefined, title = 'My lesson'): Draft {
  return blankDraft(title, extent ? { extent: [...extent] } : {});
}

/** Keeps a new draft on the device; resolves to the address that edits it, or rejects with why it could not be kept. */
export async function keepNewDraft(win: Window, drafts: Drafts, draft: Draft): Promise<string> {
  const id = newDraftId();
  const saved = await drafts.save(id, filesOf(draft));
  if (!saved.ok) throw new Error(saved.problem.message);
  return draftUrl(win, id);
}

/** The explorer's own countries and their labels (parsed), for a draft that leaves its base map to the explorer. */
export async function builtInBaseOf(baseUrl: string, fetcher: typeof fetch = fetch): Promise<BuiltInBase> {
  const read = async (file: string) => {
    try {
      const res = await fetcher(new URL(file, baseUrl).href);
      return res.ok ? ((await res.json()) as unknown) : undefined;
    } catch {
      return undefined;
    }
  };
  const [countries, countryLabels] = await Promise.all([read(PACK_FILES.countries), read(PACK_FILES.countryLabels)]);
  return { countries, countryLabels };
}
