import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'pupils'> = {
  'pupils.searchLabel': 'Chercher un lieu, un itinéraire ou un passage',
  'pupils.searchPlaceholder': 'Chercher un lieu, un itinéraire ou un passage',
  'pupils.searchResults': 'Résultats',
  'pupils.searchKindCountry': 'Pays',
  'pupils.searchKindPlace': 'Lieu',
  'pupils.searchKindPlaceIn': 'Lieu · {country}',
  'pupils.searchKindRiver': 'Fleuve',
  'pupils.searchKindRoute': 'Itinéraire',
  'pupils.searchKindRouteStatus': 'Itinéraire · {status}',
  'pupils.searchKindPassage': 'Passage',
  'pupils.searchKindPassageIn': 'Passage · {heading}',
  'pupils.searchNone': 'Aucun résultat. Essaie une autre orthographe, ou le nom dans son écriture d’origine.',
  'pupils.searchNoneSaid': 'Aucun résultat',
  'pupils.searchCount': {
    one: '{count} résultat : utilise les flèches haut et bas, puis Entrée',
    other: '{count} résultats : utilise les flèches haut et bas, puis Entrée',
  },
  'pupils.searchFailed': 'La recherche n’a pas pu être chargée.',

  'pupils.measureButton': 'Mesurer',
  'pupils.measureButtonTitle': 'Mesurer la distance entre deux lieux (Échap efface)',
  'pupils.measureLoading': 'Mesure en cours…',
  'pupils.measureFailed': 'La mesure n’a pas pu être chargée.',
  'pupils.measureSaidOn': 'Mesure activée : clique ou touche deux lieux sur la carte, ou choisis-les dans le panneau Mesurer.',
  'pupils.measureSaidOff': 'Mesure désactivée.',
};

export const unsure: Unsure<'pupils'> = {
  'pupils.searchKindRiver': '"Fleuve" for the Mekong (a river flowing to the sea); a pack about a tributary would want "Rivière", but the kind has one word.',
};
