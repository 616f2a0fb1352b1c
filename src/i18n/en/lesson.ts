// English: the source catalogue for lesson, the lesson model's words (src/editor/*.ts): the labels of edits that
// Undo and Redo name, refusals with their reasons, what a paste or an export cannot take, the storage's troubles,
// and the words the editor writes into a new lesson. Keys start with "lesson."; see src/i18n/types.ts for the
// message forms.
import type { Message } from '../types.ts';

export const messages = {
  // What Undo and Redo name an edit by ("Undo: Add place Pakse").
  'lesson.labelEdit': 'Edit',
  'lesson.labelEditPack': 'Edit the pack’s settings',
  'lesson.labelAddPlace': 'Add place {name}',
  'lesson.labelEditPlace': 'Edit place {name}',
  'lesson.labelRemovePlace': 'Remove place {name}',
  'lesson.labelAddSource': 'Add source {title}',
  'lesson.labelEditSource': 'Edit source {title}',
  'lesson.labelRemoveSource': 'Remove source {title}',
  'lesson.labelAddRoute': 'Add route {name}',
  'lesson.labelEditRoute': 'Edit route {name}',
  'lesson.labelRedrawRoute': 'Redraw route {name}',
  'lesson.labelRemoveRoute': 'Remove route {name}',
  'lesson.labelAddStep': 'Add step {title}',
  'lesson.labelEditStep': 'Edit step {title}',
  'lesson.labelMoveStep': 'Move step {title}',
  'lesson.labelRemoveStep': 'Remove step {title}',
  'lesson.labelEditArticle': 'Edit the article',
  'lesson.labelEditPassage': 'Edit passage',
  'lesson.labelEditArticleDetails': 'Edit the article’s details',
  'lesson.labelLinkWords': 'Link “{term}”',
  'lesson.labelLinkPassage': 'Link the passage to {feature}',
  'lesson.labelUnlinkWords': 'Unlink “{term}”',
  'lesson.labelUnlinkFeature': 'Unlink {feature}',
  'lesson.labelEditLinkNote': 'Edit link note',
  'lesson.labelRemoveLinkNote': 'Remove link note',

  // Refusals: the edit was not made, and why.
  'lesson.noSuchPlace': 'No such place: {id}.',
  'lesson.noSuchRoute': 'No such route: {id}.',
  'lesson.noSuchPassage': 'No such passage: {id}.',
  'lesson.noSuchStep': 'No such step: {id}.',
  'lesson.noSuchFeature': 'No such feature: {id}.',
  'lesson.noSuchSource': 'No such source: {id}.',
  'lesson.unknownSources': 'No such source: {ids}. Add it to the sources first.',
  'lesson.placeInUse': "{name} is a waypoint of a route or named by the pack's settings or country facts: change those first.",
  'lesson.sourceCited': {
    one: '“{title}” is cited once: remove those citations first.',
    other: '“{title}” is cited {count} times: remove those citations first.',
  },
  'lesson.routeTooShort': 'A route needs two places at least.',
  'lesson.routeToSamePlace': 'A route cannot run from a place to the same place.',
  'lesson.routeNamedElsewhere': '{name} is still named elsewhere in the pack.',
  'lesson.articleNeedsParagraph': 'The article needs at least one paragraph.',
  'lesson.headingWithoutParagraph': 'The heading “{heading}” has no paragraph under it: write one, or remove the heading.',
  'lesson.passageNeedsText': 'A passage needs some text: to remove it, remove its paragraph from the article.',
  'lesson.notFeatureIdKinds': '“{id}” is not a feature id (place:, corridor:, country: or river:).',
  'lesson.notFeatureId': '“{id}” is not a feature id.',
  'lesson.chooseWordsToLink': 'Choose one or more words to link.',
  'lesson.wordsAlreadyLinked': '“{words}” is already linked to {feature}: unlink it first.',
  'lesson.passageAlreadyLinked': 'The passage already links to {feature}.',
  'lesson.noLinkThere': 'There is no link there.',
  'lesson.noStepNumber': 'There is no step {number}.',
  'lesson.noManifestToCopy': 'The pack has no valid pack.json: there is nothing to copy.',

  // A problem of the draft the explorer's reader would find (after the file and path it is in).
  'lesson.tooManyFeatures': 'the pack has {count} features, more than the {limit} the explorer opens',

  // Pasting into the article.
  'lesson.characters': { one: '{count} character', other: '{count} characters' },
  'lesson.charactersAndMegabytes': '{count} characters ({megabytes} MB)',
  'lesson.pasteTooLong': 'Nothing was pasted: the text is {size} long, and an article holds at most {max}. Paste a part of it.',
  'lesson.pasteMakesArticleTooLong': 'Nothing was pasted: with the text already here the article would be {size} long, more than the {max} it can hold.',
  'lesson.dropTooLong': 'Nothing was dropped in: the text is {size} long, and an article holds at most {max}. Drop a part of it.',
  'lesson.dropMakesArticleTooLong': 'Nothing was dropped in: with the text already here the article would be {size} long, more than the {max} it can hold.',
  'lesson.articleTooLong': 'The article is {size} long, more than the {max} an article can hold: shorten it, then apply it.',
  'lesson.pasteMarkupTooLong': 'Nothing was pasted: the copied page is {size} of markup, more than the {max} read here. Copy less of it.',
  'lesson.pasteNotText': 'Nothing was pasted: only text can be pasted into the article.',

  // What a new route's leg follows, written into the route (shown on its card as "via").
  'lesson.viaStraightPower': 'straight line between waypoints (power lines are not traced)',
  'lesson.viaStraightRoad': 'straight line between waypoints (no road line given runs near both places)',
  'lesson.viaStraightRail': 'straight line between waypoints (no rail line given runs near both places)',
  'lesson.viaStraightRiver': 'straight line between waypoints (no river line given runs near both places)',
  'lesson.viaJoinFrom': '{km} km straight from {place}',
  'lesson.viaJoinTo': '{km} km straight to {place}',
  'lesson.viaJoinBoth': '{from}, {to}',
  'lesson.viaLineWithJoins': '{line}; {joins}',

  // What a new lesson starts with, written into its files (the teacher replaces them).
  'lesson.untitled': 'Untitled lesson',
  'lesson.blankContext': 'Written by the teacher for this lesson.',
  'lesson.blankPassage': 'Write the article here.',
  'lesson.blankMapLabel': 'Map for the lesson “{title}”',
  'lesson.blankSourceSupports': 'The article of this lesson',

  // Exporting the pack as a .zip.
  'lesson.exportRefused': 'The pack cannot be exported: {reasons}',
  'lesson.exportFileNotAllowed': 'a pack cannot hold a file named “{file}”',
  'lesson.exportFileMissing': 'it has no {file}, which every pack needs',
  'lesson.exportNotJson': '{file} is not valid JSON ({detail})',
  'lesson.exportNothingToWrite': '{file} holds nothing that JSON can write',
  'lesson.exportManifestNotObject': 'pack.json is not a JSON object',
  'lesson.exportCannotWrite': '{file} cannot be written as JSON ({detail})',
  'lesson.notJsonValue': 'not a JSON value',
  // The download's name (before .zip) when the pack's id cannot name a file.
  'lesson.zipFallbackName': 'story-pack',

  // Keeping drafts on the device.
  'lesson.storageFull': 'There is no room left on this device to keep the draft. Export it as a .zip to keep it, or delete old drafts.',
  'lesson.storageUnavailable':
    'This browser does not let the page keep data (a private window?): the draft is not kept. Export it as a .zip before closing the page.',
  'lesson.storageFailed': 'The draft could not be kept on this device. Export it as a .zip to keep it.',
  'lesson.storageProblemDetail': '{problem} ({detail})',
  'lesson.draftFileNotJson': '{file} holds nothing that JSON can keep',
  'lesson.draftUnreadable': 'the kept draft is not one this version can read',
  'lesson.noIndexedDb': 'IndexedDB is not available',
} satisfies Readonly<Record<`lesson.${string}`, Message>>;
