// The lesson editor's foundation (issue #17): a story pack as plain data (Draft), edits as pure functions that
// return a new draft or a refusal, undo and redo, and the explorer's own checks with locations the UI can go to.
// No DOM, no map, no store: the UI built on it holds a DraftHistory in its store and calls these.
export {
  blankDraft,
  draftFrom,
  draftOfFiles,
  filesOf,
  rawPackOf,
  BUILT_IN_EXTENT,
  type Draft,
  type Place,
  type Route,
  type Section,
  type Step,
} from './draft.ts';
export { locate, type Done, type Edit, type Location, type Refused, type Target, type TargetKind } from './edit.ts';
export {
  articleFromText,
  editPassage,
  textOfArticle,
  updateArticle,
  SAME_PASSAGE,
  type ArticleChanges,
  type DroppedTerm,
  type RespelledTerm,
} from './article.ts';
export { linkPassage, linkWords, setLinkNote, unlink, type LinkRef, type NoteArgs } from './links.ts';
export { addPlace, removePlace, updatePlace, type PlaceArgs } from './places.ts';
export { addRoute, removeRoute, retraceRoute, routeLengths, updateRoute, type RouteArgs, type RouteLengths, type RoutePatch } from './routes.ts';
export { SNAP_KM, type TraceLine } from './trace.ts';
export { addStep, moveStep, removeStep, updateStep, type StepArgs } from './tour.ts';
export { addSource, removeSource, updateSource, type SourceArgs } from './sources.ts';
export { updatePack, type PackArgs } from './pack.ts';
export { referencesTo, citationsOf } from './references.ts';
export { createHistory, DraftHistory, type Change } from './history.ts';
export { problemsOf, problemsWith, type BuiltInBase, type EditorProblem } from './problems.ts';
export { openDraft, type OpenedDraft } from './open-draft.ts';
