// English: the source catalogue for pupils (the search box over the map and the Measure tool). Keys start with
// "pupils."; see src/i18n/types.ts for the message forms.
import type { Message } from '../types.ts';

export const messages = {
  // The search box (src/ui/search-box.ts).
  'pupils.searchLabel': 'Find a place, route or passage',
  'pupils.searchPlaceholder': 'Find a place, route or passage',
  'pupils.searchResults': 'Results',
  'pupils.searchKindCountry': 'Country',
  'pupils.searchKindPlace': 'Place',
  'pupils.searchKindPlaceIn': 'Place · {country}',
  'pupils.searchKindRiver': 'River',
  'pupils.searchKindRoute': 'Route',
  'pupils.searchKindRouteStatus': 'Route · {status}',
  'pupils.searchKindPassage': 'Passage',
  'pupils.searchKindPassageIn': 'Passage · {heading}',
  'pupils.searchNone': 'Nothing found. Try another spelling, or the name in its own script.',
  'pupils.searchNoneSaid': 'Nothing found',
  'pupils.searchCount': {
    one: '{count} result: use the up and down arrows, then Enter',
    other: '{count} results: use the up and down arrows, then Enter',
  },
  'pupils.searchFailed': 'Search could not be loaded.',

  // Distances and positions (src/analysis/measure.ts, src/ui/measure-panel.ts).
  // The Measure tool (src/ui/measure-tool.ts, src/ui/measure-panel.ts).
  'pupils.measureButton': 'Measure',
  'pupils.measureButtonTitle': 'Measure the distance between two places (Esc clears)',
  'pupils.measureLoading': 'Measuring…',
  'pupils.measureFailed': 'The measure could not be loaded.',
  'pupils.measureSaidOn': 'Measure on: click or tap two places on the map, or choose them in the Measure panel.',
  'pupils.measureSaidOff': 'Measure off.',
} satisfies Readonly<Record<`pupils.${string}`, Message>>;
