// English: the source catalogue for the page's frame (index.html, the header and its menus, the tabs, the
// sheet, statuses). Keys start with "shell."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {
  'shell.skipToArticle': 'Skip to the article',
  'shell.menu': 'Menu',
  'shell.edit': 'Edit',
  'shell.present': 'Present',
  'shell.presentTitle': 'Present the guided tour (P)',
  'shell.mapKey': 'Key to the map',
  'shell.sidebar': 'Article and details',
  'shell.sections': 'Sidebar sections',
  'shell.tabArticle': 'Article',
  'shell.tabRoutes': 'Routes',
  'shell.tabCountries': 'Countries',
  'shell.tabQuiz': 'Quiz',
  'shell.tabEdit': 'Edit',
  'shell.version': 'Version {version}',
  'shell.language': 'Language',
  'shell.mapLabels': 'Map labels',
  'shell.mapLabelsEnglish': 'English',
  'shell.mapLabelsNative': 'Native script',
  'shell.mapLabelsBoth': 'Both',
  'shell.theme': 'Theme',
  'shell.themeLight': 'Light',
  'shell.themeProjector': 'Projector',
  'shell.themeHighContrast': 'High contrast',

  // The Stories menu (src/ui/stories-menu.ts).
  'shell.stories': 'Stories',
  'shell.builtInTag': 'built in',
  'shell.openTag': '(open)',
  'shell.removeStory': 'Remove “{title}” from this device',
  'shell.remove': 'Remove',
  'shell.makeLesson': 'Make a lesson (the editor):',
  'shell.newBlankLesson': 'New blank lesson',
  'shell.editCopy': 'Edit a copy of this story',
  'shell.untitledLesson': 'Untitled lesson',
  'shell.draftTag': 'draft',
  'shell.deleteDraft': 'Delete the draft “{title}” from this device',
  'shell.delete': 'Delete',
  'shell.confirmDeleteDraft': 'Delete the draft “{title}”? It cannot be brought back (export it first to keep a copy).',
  'shell.openPack': "Open a teacher's story pack:",
  'shell.chooseFolder': 'Choose a folder…',
  'shell.chooseZip': 'Choose a .zip…',
  'shell.dropHint': 'Or drop the folder or the .zip on the page.',
  'shell.makingLesson': 'Making a new lesson…',
  'shell.copyingStory': 'Copying the story…',
  'shell.lessonNotMade': 'The lesson was not made. {reason}',
  'shell.readingPack': 'Reading the pack…',
  'shell.openingStory': 'Opening “{title}”…',
  'shell.packNotOpened': 'The pack was not opened. {reason} The story that is open is unchanged.',

  // Why a story, a pack or a draft was not opened or kept (src/packs/).
  'shell.builtInStory': 'Built-in story',
  'shell.notOpened': 'was not opened: {reason}',
  'shell.refusedBuiltInId': "The id “{id}” is the built-in story's: give the pack an id of its own in pack.json.",
  'shell.refusedNotOnDevice': 'this device does not have it: open the pack from the Stories menu first (a folder or a .zip from your teacher).',
  'shell.noStorage': 'this browser keeps no data for the page',

  // The problems panel (src/ui/problems-panel.ts); the problems themselves are the pack checks' English.
  'shell.problemsTitle': {
    one: 'Some content could not be loaded ({count} problem)',
    other: 'Some content could not be loaded ({count} problems)',
  },

  // The header's Edit toggle (src/ui/edit-toggle.ts).
  'shell.editing': 'Editing',
  'shell.editStartTitle': 'Edit a copy of this story as your own lesson',
  'shell.editLeaveTitle': 'Leave the editor (the lesson stays kept on this device)',
  'shell.editFailedTitle': 'The lesson was not made: {reason}',

  // The map region when the map cannot start (src/ui/map-status.ts).
  'shell.mapUnavailable': 'The map cannot be shown on this device',
  'shell.mapUnavailableHelp':
    'Your browser could not start WebGL 2, which the map needs. Everything else works: the countries, routes and article are in the sidebar.',
  'shell.mapUnavailableReason': 'Reason given by the browser: {reason}',

  // MapLibre's own controls (src/map/adapter.ts).
  'shell.mapCanvas': 'Map',
  'shell.mapZoomIn': 'Zoom in',
  'shell.mapZoomOut': 'Zoom out',
  'shell.mapResetNorth': 'Drag to rotate map, click to reset north',
  'shell.mapToggleCredits': 'Toggle attribution',
  'shell.mapKilometres': 'km',
  'shell.mapMetres': 'm',

  // The update prompt (src/ui/update-prompt.ts).
  // The phone's sheet (src/ui/sheet.ts).
  'shell.sheetTitle': 'Article, routes, countries and quiz',
  'shell.sheetHeight': 'Height of the panel',
  'shell.sheetPeek': 'title only',
  'shell.sheetHalf': 'half the screen',
  'shell.sheetFull': 'full screen',
  'shell.sheetLess': 'Show less of the panel',
  'shell.sheetMore': 'Show more of the panel',

  // Announcements of the selection (src/ui/announcer.ts).
  'shell.selectionCleared': 'Selection cleared',
  'shell.passageSelected': {
    one: 'Passage selected: {count} feature shown on the map',
    other: 'Passage selected: {count} features shown on the map',
  },
  'shell.passageSelectedNone': 'Passage selected: it names no place on the map',
  'shell.selectedMentioned': {
    one: 'Selected: {name}. The article mentions it in {count} passage.',
    other: 'Selected: {name}. The article mentions it in {count} passages.',
  },
  'shell.selectedNotMentioned': 'Selected: {name}. The article does not mention it.',
} satisfies Readonly<Record<`shell.${string}`, Message>>;
