import type { AreaMessages, Unsure } from '../types.ts';

// Chromium has no Intl data for Khmer: numbers, dates and lists are written from here (CLDR's Khmer conventions:
// a comma for decimals, a full stop between thousands; months by their Khmer names).
export const messages: AreaMessages<'format'> = {
  'format.decimal': ',',
  'format.group': '.',
  'format.listAnd': '{items} និង {last}',
  'format.listOr': '{items} ឬ {last}',
  'format.listSeparator': ', ',
  'format.dateDay': 'ថ្ងៃទី {day} ខែ{month} ឆ្នាំ {year}',
  'format.dateMonth': 'ខែ{month} ឆ្នាំ {year}',
  'format.month1': 'មករា',
  'format.month2': 'កុម្ភៈ',
  'format.month3': 'មីនា',
  'format.month4': 'មេសា',
  'format.month5': 'ឧសភា',
  'format.month6': 'មិថុនា',
  'format.month7': 'កក្កដា',
  'format.month8': 'សីហា',
  'format.month9': 'កញ្ញា',
  'format.month10': 'តុលា',
  'format.month11': 'វិច្ឆិកា',
  'format.month12': 'ធ្នូ',
};

export const unsure: Unsure<'format'> = {
  'format.decimal': 'CLDR’s Khmer decimal comma; Cambodian school books may write a full stop',
  'format.group': 'CLDR’s Khmer group separator (a full stop); school books may write a comma or a space',
};
