import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'shell'> = {
  'shell.skipToArticle': 'Aller à l’article',
  'shell.menu': 'Menu',
  'shell.edit': 'Modifier',
  'shell.present': 'Présenter',
  'shell.presentTitle': 'Présenter la visite guidée (P)',
  'shell.mapKey': 'Légende de la carte',
  'shell.sidebar': 'Article et détails',
  'shell.sections': 'Sections du panneau latéral',
  'shell.tabArticle': 'Article',
  'shell.tabRoutes': 'Itinéraires',
  'shell.tabCountries': 'Pays',
  'shell.tabQuiz': 'Quiz',
  'shell.tabEdit': 'Modifier',
  'shell.version': 'Version {version}',
  'shell.language': 'Langue',
  'shell.mapLabels': 'Noms sur la carte',
  'shell.mapLabelsEnglish': 'Anglais',
  'shell.mapLabelsNative': 'Écriture locale',
  'shell.mapLabelsBoth': 'Les deux',
  'shell.theme': 'Thème',
  'shell.themeLight': 'Clair',
  'shell.themeProjector': 'Vidéoprojecteur',
  'shell.themeHighContrast': 'Contraste élevé',
};

export const unsure: Unsure<'shell'> = {};
