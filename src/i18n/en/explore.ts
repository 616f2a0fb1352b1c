// English: the source catalogue for exploring the story (the article, the selection card and its cards, the Routes
// and Countries tabs, the map key, the printed map). Keys start with "explore."; see src/i18n/types.ts for the
// message forms. Years are given as text (never grouped as numbers); "km" is the metric symbol in every language.
import type { Message } from '../types.ts';

export const messages = {
  // Corridor statuses, infrastructure and modes (src/content/labels.ts), shown wherever a corridor is described.
  'explore.statusInUse': 'In use',
  'explore.statusPartlyInUse': 'Partly in use',
  'explore.statusAgreed': 'Agreed, not yet in use',
  'explore.statusPlanned': 'Planned, not yet in use',
  'explore.statusNoService': 'No service found',
  'explore.infrastructureInUse': 'In use',
  'explore.infrastructurePartlyPlanned': 'In use in part, the rest planned',
  'explore.infrastructureInterrupted': 'Interrupted (impassable in part)',
  'explore.infrastructureUnderConstruction': 'Under construction',
  'explore.infrastructurePlanned': 'Planned',
  'explore.modeRoad': 'road',
  'explore.modeRail': 'rail',
  'explore.modeRiver': 'river',
  'explore.modePower': 'power',
  // Lengths: {km} is a number already written out; {length} a whole length ("480 km").
  'explore.km': '{km} km',
  'explore.atLeast': 'at least {length}',
  'explore.lengthAllStraight': '{length} (all drawn straight)',
  'explore.lengthPartStraight': '{length} ({straight} drawn straight)',

  // The article (src/ui/article-panel.ts; also written into index.html by scripts/prerender-article.ts).
  'explore.articleUnavailable': 'The article could not be loaded.',
  'explore.articleKicker': 'The source article',
  'explore.photoCaption': 'Photo caption: {caption}',
  'explore.articleHint': 'Marked passages speak of places on the map: choose one to see them.',

  // What a chosen passage speaks of (src/ui/cards/passage-card.ts).
  'explore.aboutPassage': 'About this passage',
  'explore.articleWords': 'The words above are the article’s.',
  'explore.passageSource': 'Source of the passage',
  'explore.passageNamesNoPlace': 'This passage names no place on the map.',
  'explore.onTheMap': 'On the map',
  'explore.onTheMapCount': 'On the map ({count})',
  'explore.explorerNotesHint': 'Notes marked “Added by the explorer” are not in the article; each gives its own sources.',
  'explore.addedByExplorer': 'Added by the explorer:',
  'explore.notesSources': 'Sources of the explorer’s notes',
  'explore.kindCountries': 'Countries',
  'explore.kindRoutes': 'Routes',
  'explore.kindPlaces': 'Places',
  'explore.kindRivers': 'Rivers',

  // The selection card's frame and the hint when nothing is selected (src/ui/selection-card.ts).
  'explore.backToArticle': 'Back to the article',
  'explore.backToRoutes': 'Back to the routes',
  'explore.backToCountries': 'Back to the countries',
  'explore.backToQuiz': 'Back to the quiz',
  'explore.backToEditor': 'Back to the editor',
  'explore.clearSelection': 'Clear selection {key}',
  'explore.nothingSelected': 'Nothing selected.',
  'explore.hintPassage': 'Choose a marked passage of the article to see where it happens.',
  'explore.hintMap': 'Click a country, route or place on the map for its facts and what the article says of it.',
  // {tab} is the Routes tab's name; {hint} the story's words, a verb phrase ("compares the ways Laos can reach the sea").
  'explore.hintRoutesTab': 'The {tab} tab {hint}.',

  // Pieces of every card (src/ui/cards/common.ts, figures.ts).
  'explore.sources': 'Sources',
  'explore.sourcesSummary': '{label} ({count})',
  'explore.weakerSource': 'weaker source',
  'explore.undated': '(undated)',
  'explore.articleSilent': 'The article does not mention this.',
  'explore.inTheArticle': 'In the article',
  'explore.quoted': '“{text}”',
  // A corridor's card (src/ui/cards/corridor-card.ts).
  // A place's card (src/ui/cards/place-card.ts).
  // A country's card (src/ui/cards/country-card.ts).
  // The river's card (src/ui/cards/river-card.ts).
  // The Routes tab: its key, route list, comparison and places (src/ui/routes-panel.ts, routes-legend.ts).
  'explore.routes': 'Routes',
  // {origins}: the story's starting places as a list ("Vientiane and Pakse").
  // {list}: one or more "{place} counts as {origin}", separated by semicolons.
  // {routes}: one or more "{route} starts at {place}", separated by semicolons.
  // The key on the map (src/ui/map-key.ts).
  'explore.mapKeyToggle': 'Key',
  'explore.mapKeyHidden': '(hidden on the map)',
  'explore.mapKeyNotes': 'How lines and places are drawn',
  'explore.mapKeyHollow': 'Hollow: not known to be in use',
  'explore.mapKeySchematic': 'Fainter: schematic, drawn straight',
  'explore.mapKeyApproximate': 'Disc: approximate position',
  'explore.mapKeyMore': 'Places and toggles: {link}',
  'explore.mapKeyRoutesTab': 'Routes tab',

  // The Countries tab and the two-country panel (src/ui/country-list.ts, src/ui/bilateral-panel.ts, src/analysis/trade.ts).
  // The printed map (src/ui/print-picture.ts).
  // The explorer's own names of route kinds and place types, for a story that does not name them.
  'explore.kindPortAccess': 'Port access',
  'explore.kindAgriExport': 'Farm exports',
  'explore.kindAlternative': 'Alternative routes',
  'explore.kindEnergy': 'Energy trade',
  'explore.typeCapital': 'Capital',
  'explore.typeCity': 'City',
  'explore.typeTown': 'Town',
  'explore.typeSeaport': 'Seaport',
  'explore.typeRiverPort': 'River port',
  'explore.typeDryPort': 'Dry port',
  'explore.typeRailwayStation': 'Railway station',
  'explore.typeBorderCrossing': 'Border crossing',
  'explore.typeBridge': 'Bridge',
  'explore.typeDam': 'Dam',
  'explore.typeFalls': 'Falls',
  'explore.typeCanal': 'Canal',
} satisfies Readonly<Record<`explore.${string}`, Message>>;
