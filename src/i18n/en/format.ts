// English: how numbers, dates and lists are written where the browser's Intl has no data for the language
// (Chromium ships none for Khmer and Lao, and falls back to American English). English itself always uses Intl.
import type { Message } from '../types.ts';

export const messages = {
  'format.decimal': '.',
  'format.group': ',',
  'format.listAnd': '{items} and {last}',
  'format.listOr': '{items} or {last}',
  'format.listSeparator': ', ',
  'format.dateDay': '{day} {month} {year}',
  'format.dateMonth': '{month} {year}',
  'format.month1': 'January',
  'format.month2': 'February',
  'format.month3': 'March',
  'format.month4': 'April',
  'format.month5': 'May',
  'format.month6': 'June',
  'format.month7': 'July',
  'format.month8': 'August',
  'format.month9': 'September',
  'format.month10': 'October',
  'format.month11': 'November',
  'format.month12': 'December',
} satisfies Readonly<Record<`format.${string}`, Message>>;
