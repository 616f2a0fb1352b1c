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
} satisfies Readonly<Record<`shell.${string}`, Message>>;
