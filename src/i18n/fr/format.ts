import type { AreaMessages, Unsure } from '../types.ts';

// Used only if the browser has no French data (Chromium has it): as Intl writes French.
export const messages: AreaMessages<'format'> = {
  'format.decimal': ',',
  'format.group': '\u202f',
  'format.listAnd': '{items} et {last}',
  'format.listOr': '{items} ou {last}',
  'format.listSeparator': ', ',
  'format.dateDay': '{day} {month} {year}',
  'format.dateMonth': '{month} {year}',
  'format.month1': 'janvier',
  'format.month2': 'février',
  'format.month3': 'mars',
  'format.month4': 'avril',
  'format.month5': 'mai',
  'format.month6': 'juin',
  'format.month7': 'juillet',
  'format.month8': 'août',
  'format.month9': 'septembre',
  'format.month10': 'octobre',
  'format.month11': 'novembre',
  'format.month12': 'décembre',
};

export const unsure: Unsure<'format'> = {};
