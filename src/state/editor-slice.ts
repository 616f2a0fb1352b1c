// The lesson editor's state (issue #17), one slice of the one store: the draft being edited with its undo history
// (src/editor/history.ts), the editor's open section, and what a click on the map is asked for while editing
// (`pick`: the feature to link chosen words to, the spot of a new place, a route's next waypoint). The map's
// pointer binding hands clicks to `pickOnMap` and never edits anything itself; panels call the actions below.
import type { SelectableId } from '../content/types.ts';
// Types only: the store is in the first view's bytes, the editor's code is not (it loads with the editor, and
// hands the store the one edit a map click makes: `EditorOps`).
import type { Change, Draft, DraftHistory, Location } from '../editor/index.ts';
import { t } from '../i18n/index.ts';

export const EDITOR_SECTIONS = ['article', 'places', 'routes', 'tour', 'sources', 'pack'] as const;
export type EditorSection = (typeof EDITOR_SECTIONS)[number];

/** What the next click on the map does while editing. */
export type MapPick =
  /** Links the chosen words of a passage (offsets in its text) to the feature clicked. */
  | { readonly kind: 'link'; readonly passage: string; readonly start: number; readonly end: number; readonly words: string }
  /** Puts a new place where the map is clicked (`at`, once clicked; the place's form then opens). */
  | { readonly kind: 'place'; readonly at: readonly [number, number] | null }
  /** Adds the place clicked to a new route's waypoints. */
  | { readonly kind: 'route'; readonly waypoints: readonly string[] };

export interface EditorNotice {
  readonly tone: 'done' | 'refused';
  readonly text: string;
  /** Where a refusal's cause is, for the UI to go to. */
  readonly where: readonly Location[];
  readonly seq: number;
}

/** The edits the store makes itself, on a click on the map: given by the editor's code when it opens a session. */
export interface EditorOps {
  readonly linkWords: (draft: Draft, passageId: string, start: number, end: number, featureId: string) => Change;
}

export interface EditorSession {
  /** The draft's key among the device's drafts (src/editor/drafts.ts). */
  readonly draftId: string;
  readonly history: DraftHistory;
  readonly ops: EditorOps;
  readonly section: EditorSection;
  readonly pick: MapPick | null;
  /** The last edit's outcome, said to the teacher (a refusal with its reason, an undo with its label). */
  readonly notice: EditorNotice | null;
  /** What the editor is asked to show: a problem's place, say (`seq` makes a second request for the same distinct). */
  readonly focus: { readonly kind: string; readonly id: string | null; readonly seq: number } | null;
  /** The draft as last kept on the device (autosave): when, or why it could not be. */
  readonly saved: { readonly at: string; readonly version: number } | { readonly problem: string } | null;
}

/** A click on the map, as the pointer binding reports it. */
export interface MapClick {
  readonly lngLat: readonly [number, number];
  readonly feature: SelectableId | null;
}

export interface EditorSlice {
  /** The editor's session, or null when the explorer is not editing. */
  editor: EditorSession | null;
  openEditor: (draftId: string, history: DraftHistory, ops: EditorOps) => void;
  closeEditor: () => void;
  /** Makes an edit on the draft (an edit function's result, or a function of the draft giving one). */
  editDraft: (change: Change | ((draft: Draft) => Change)) => boolean;
  undoEdit: () => void;
  redoEdit: () => void;
  setEditorSection: (section: EditorSection) => void;
  setPick: (pick: MapPick | null) => void;
  /** A click on the map while a pick is asked for: links, places or adds a waypoint. */
  pickOnMap: (click: MapClick) => void;
  /** Shows a part of the draft (a problem's place): opens its section and asks the section to bring it into view. */
  focusEditor: (target: { readonly kind: string; readonly id: string | null }) => void;
  setSaved: (saved: EditorSession['saved']) => void;
}

type Set = (partial: Partial<EditorSlice>) => void;
type Get = () => EditorSlice;

/** The editor section that shows a kind of target (a problem's place). */
export function sectionOf(kind: string): EditorSection {
  if (kind === 'place') return 'places';
  if (kind === 'route') return 'routes';
  if (kind === 'step' || kind === 'tour') return 'tour';
  if (kind === 'source') return 'sources';
  if (kind === 'pack' || kind === 'facts' || kind === 'base') return 'pack';
  return 'article';
}

export function createEditorSlice(set: Set, get: Get): EditorSlice {
  let seq = 0;
  const session = (patch: Partial<EditorSession>) => {
    const e = get().editor;
    if (e) set({ editor: { ...e, ...patch } });
  };
  const notice = (tone: EditorNotice['tone'], text: string, where: readonly Location[] = []): EditorNotice => ({ tone, text, where, seq: ++seq });
  const edit = (change: Change | ((draft: Draft) => Change)): boolean => {
    const e = get().editor;
    if (!e) return false;
    const c = typeof change === 'function' ? change(e.history.draft) : change;
    if ('ok' in c && !c.ok) {
      session({ notice: notice('refused', c.reason, c.where) });
      return false;
    }
    const history = e.history.apply(c);
    session({ history, notice: 'ok' in c ? notice('done', c.label) : e.notice });
    return true;
  };
  return {
    editor: null,
    openEditor: (draftId, history, ops) => set({ editor: { draftId, history, ops, section: 'article', pick: null, notice: null, focus: null, saved: null } }),
    closeEditor: () => set({ editor: null }),
    editDraft: edit,
    undoEdit: () => {
      const e = get().editor;
      if (!e?.history.canUndo) return;
      const label = e.history.undoLabel;
      session({ history: e.history.undo(), pick: null, notice: notice('done', t('editor.undone', { action: label ?? t('editor.anEdit') })) });
    },
    redoEdit: () => {
      const e = get().editor;
      if (!e?.history.canRedo) return;
      const label = e.history.redoLabel;
      session({ history: e.history.redo(), pick: null, notice: notice('done', t('editor.redone', { action: label ?? t('editor.anEdit') })) });
    },
    setEditorSection: (section) => session({ section, pick: null }),
    setPick: (pick) => session({ pick }),
    pickOnMap: ({ lngLat, feature }) => {
      const e = get().editor;
      const pick = e?.pick;
      if (!e || !pick) return;
      if (pick.kind === 'link') {
        if (!feature) return session({ notice: notice('refused', t('editor.clickToLink')) });
        if (edit((d) => e.ops.linkWords(d, pick.passage, pick.start, pick.end, feature))) session({ pick: null });
      } else if (pick.kind === 'place') {
        session({ pick: { kind: 'place', at: [lngLat[0], lngLat[1]] } });
      } else if (feature?.startsWith('place:')) {
        if (pick.waypoints.at(-1) !== feature) session({ pick: { kind: 'route', waypoints: [...pick.waypoints, feature] } });
      } else {
        session({ notice: notice('refused', 'A route runs between places: click a place on the map (add it first if the map has none there).') });
      }
    },
    focusEditor: (target) => session({ section: sectionOf(target.kind), pick: null, focus: { ...target, seq: ++seq } }),
    setSaved: (saved) => session({ saved }),
  };
}
