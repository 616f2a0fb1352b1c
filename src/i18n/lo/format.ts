import type { AreaMessages, Unsure } from '../types.ts';

// Chromium has no Intl data for Lao: numbers, dates and lists are written from here (CLDR's Lao conventions: a
// comma for decimals, a full stop between thousands; months by their Lao names).
export const messages: AreaMessages<'format'> = {
  'format.decimal': ',',
  'format.group': '.',
  'format.listAnd': '{items} ແລະ {last}',
  'format.listOr': '{items} ຫຼື {last}',
  'format.listSeparator': ', ',
  'format.dateDay': '{day} {month} {year}',
  'format.dateMonth': '{month} {year}',
  'format.month1': 'ມັງກອນ',
  'format.month2': 'ກຸມພາ',
  'format.month3': 'ມີນາ',
  'format.month4': 'ເມສາ',
  'format.month5': 'ພຶດສະພາ',
  'format.month6': 'ມິຖຸນາ',
  'format.month7': 'ກໍລະກົດ',
  'format.month8': 'ສິງຫາ',
  'format.month9': 'ກັນຍາ',
  'format.month10': 'ຕຸລາ',
  'format.month11': 'ພະຈິກ',
  'format.month12': 'ທັນວາ',
};

export const unsure: Unsure<'format'> = {
  'format.decimal': 'CLDR’s Lao decimal comma; Lao school books may write a full stop',
  'format.group': 'CLDR’s Lao group separator (a full stop); school books may write a comma or a space',
};
