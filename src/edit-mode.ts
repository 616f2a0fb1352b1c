// The editor's wiring (issue #17), loaded only when the page edits a lesson (`?edit=<draft>`) or a teacher starts
// one: a page that only shows a story never downloads the editor. main.ts calls these; nothing else does.
import { builtInEntry, keepPack, storyUrl, type StoryChoice } from './packs/open.ts';
import { deviceLibrary } from './packs/library.ts';
import { readPackFiles } from './content/pack-reader.ts';
import { blankLesson, builtInBaseOf, chooseDraft, copyOfStory, draftUrl, keepNewDraft } from './packs/editing.ts';
import {
  createHistory,
  draftOfFiles,
  filesOf,
  linkWords,
  openDraft,
  type Draft,
  type BuiltInBase,
  type EditorProblem,
  type TraceLine,
} from './editor/index.ts';
import { askToKeepDrafts, createDrafts, deviceDraftStore, type Drafts } from './editor/drafts.ts';
import { downloadZip } from './editor/download.ts';
import { ExportRefused, filesFromTexts, packFileTexts, packZip, zipFileName } from './editor/export.ts';
import { loadTraceLines } from './editor/trace-lines.ts';
import type { ContentIndex } from './content/index.ts';
import type { ContentPack } from './content/load.ts';
import type { AppStore } from './state/store.ts';
import type { LessonOptions } from './ui/stories-menu.ts';
import { mountEditorPanel } from './ui/editor/editor-panel.ts';
import type { Dispose } from './ui/mount.ts';
import { ensurePart, t } from './i18n/index.ts';

// The editor's words (its panels' and the lesson model's) come with its code, before anything here draws or speaks.
await ensurePart('editor');

let drafts: Drafts | null = null;
const draftsOf = (win: Window) => (drafts ??= createDrafts(deviceDraftStore(win)));

export interface Editing {
  readonly choice: StoryChoice;
  readonly draftId: string;
  readonly builtInMap: BuiltInBase;
  readonly problems: readonly EditorProblem[];
}

/**
 * Opens the draft the address names, as the story of the page, and the store's editor session on it. A draft this
 * device does not have is refused (the reasons go to the problems panel) and the built-in story opens.
 */
export async function openEditing(win: Window, store: AppStore, builtInBase: string): Promise<Editing | { readonly refusal: StoryChoice['refusal'] }> {
  const editing = await chooseDraft(win, draftsOf(win));
  if (!editing) return { refusal: [] };
  if (!('draft' in editing)) return editing;
  const { draft } = editing;
  const builtInMap = draft.manifest.baseMap === 'built-in' ? await builtInBaseOf(builtInBase) : {};
  const opened = openDraft(draft, builtInMap, builtInBase);
  const choice: StoryChoice = {
    pack: opened.pack,
    story: { id: draft.manifest.id, title: draft.manifest.title },
    builtIn: await builtInEntry(builtInBase),
    refusal: [],
  };
  store.getState().openEditor(editing.id, createHistory(draft), { linkWords });
  store.getState().setSaved({ at: editing.savedAt, version: 0 });
  return { choice, draftId: editing.id, builtInMap, problems: opened.problems };
}

/** The Stories menu's lessons: the drafts on this device, and making a new one (blank, or a copy of the story open). */
interface LessonSource {
  readonly pack: () => ContentPack;
  /** The story open, and the built-in story's id. */
  readonly storyId: string;
  readonly builtInId: string;
  readonly extent: () => readonly [number, number, number, number];
}

/**
 * A copy of the story open to edit. A pack kept on the device is copied from its files as they were read, so that a
 * pack exported by the editor, opened, and exported again gives the same bytes (the reader's validated copy may
 * order an object's keys its own way); the built-in story from what the explorer opened.
 */
async function copyOf(win: Window, o: LessonSource): Promise<Draft> {
  const kept =
    o.storyId === o.builtInId
      ? undefined
      : await deviceLibrary(win)
          .get(o.storyId)
          .catch(() => undefined);
  const fromFiles = kept ? draftOfFiles(filesFromTexts(kept.texts)) : null;
  return fromFiles ?? copyOfStory(o.pack(), o.builtInId);
}

export function lessonOptions(win: Window, o: LessonSource): LessonOptions {
  return {
    list: async () => {
      const listed = await draftsOf(win).list();
      return listed.ok ? listed.value : [];
    },
    open: (id) => win.location.assign(draftUrl(win, id)),
    remove: async (id) => {
      await draftsOf(win).remove(id);
    },
    start: async (from) => {
      void askToKeepDrafts(win.navigator);
      const draft = from === 'blank' ? blankLesson(o.extent()) : await copyOf(win, o);
      win.location.assign(await keepNewDraft(win, draftsOf(win), draft));
    },
  };
}

export interface EditingViews {
  readonly win: Window;
  readonly store: AppStore;
  readonly editing: Editing;
  readonly builtInBase: string;
  readonly panel: HTMLElement;
  readonly tab: HTMLElement;
  readonly announcer: HTMLElement;
  readonly index: () => ContentIndex;
  /** Draws the draft as it is now: the story's settings, its index, the map and the panels. */
  readonly show: (pack: ContentPack) => void;
}

/**
 * The editor beside the explorer: its panel in the sidebar's Edit tab, the draft kept on the device after every
 * change (before anything else, so a crash right after an edit loses nothing), and the explorer drawing the draft
 * as it is now, at most once a frame however fast the edits come.
 */
export function mountEditing(o: EditingViews): Dispose {
  const { store, win, editing } = o;
  let problems = editing.problems;
  let lines: Promise<readonly TraceLine[]> | null = null;
  o.tab.hidden = false;
  store.getState().setTab('edit');
  const panel = mountEditorPanel(
    o.panel,
    {
      store,
      doc: win.document,
      index: o.index,
      problems: () => problems,
      lines: () => (lines ??= loadTraceLines(new URL('base/trace-lines.geojson', o.builtInBase).href)),
      announce: (text) => {
        o.announcer.textContent = text;
      },
      keepAsStory: async () => {
        const draft = store.getState().editor?.history.draft;
        if (!draft) return;
        const encoder = new TextEncoder();
        const texts = readPackFiles(new Map([...packFileTexts(filesOf(draft))].map(([name, text]) => [name, encoder.encode(text)])));
        const entry = await keepPack(texts, { builtInBase: o.builtInBase, library: deviceLibrary(win) });
        win.location.assign(storyUrl(win, entry.id));
      },
    },
    {
      exportZip: () => {
        const draft = store.getState().editor?.history.draft;
        if (!draft) return;
        try {
          const files = filesOf(draft);
          downloadZip(win.document, packZip(files), zipFileName(files));
        } catch (e) {
          const reasons = e instanceof ExportRefused ? e.reasons.join('; ') : String(e);
          store.getState().editDraft({ ok: false, reason: t('editor.exportRefused', { reasons }), where: [] });
        }
      },
      leave: () => win.location.assign(storyUrl(win, null)),
    },
  );
  let frame = 0;
  const redraw = () => {
    frame = 0;
    const draft = store.getState().editor?.history.draft;
    if (!draft) return;
    const opened = openDraft(draft, editing.builtInMap, o.builtInBase);
    problems = opened.problems;
    o.show(opened.pack);
    panel.redraw();
  };
  const unsubscribe = store.subscribe(
    (s) => s.editor?.history,
    (history) => {
      if (!history) return;
      void draftsOf(win)
        .save(editing.draftId, filesOf(history.draft))
        .then((saved) => {
          if (saved.ok && !saved.value.superseded) store.getState().setSaved({ at: saved.value.savedAt, version: history.version });
          else if (!saved.ok) store.getState().setSaved({ problem: saved.problem.message });
        });
      frame ||= win.requestAnimationFrame(redraw);
    },
  );
  return () => {
    unsubscribe();
    win.cancelAnimationFrame(frame);
    panel();
  };
}
