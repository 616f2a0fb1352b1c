import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'shell'> = {
  'shell.skipToArticle': 'ຂ້າມໄປຫາບົດຄວາມ',
  'shell.menu': 'ເມນູ',
  'shell.edit': 'ແກ້ໄຂ',
  'shell.present': 'ນຳສະເໜີ',
  'shell.presentTitle': 'ນຳສະເໜີການນຳຊົມ (P)',
  'shell.mapKey': 'ຄຳອະທິບາຍແຜນທີ່',
  'shell.sidebar': 'ບົດຄວາມ ແລະ ລາຍລະອຽດ',
  'shell.sections': 'ພາກສ່ວນຂອງແຖບຂ້າງ',
  'shell.tabArticle': 'ບົດຄວາມ',
  'shell.tabRoutes': 'ເສັ້ນທາງ',
  'shell.tabCountries': 'ປະເທດ',
  'shell.tabQuiz': 'ແບບທົດສອບ',
  'shell.tabEdit': 'ແກ້ໄຂ',
  'shell.version': 'ເວີຊັນ {version}',
  'shell.language': 'ພາສາ',
  'shell.mapLabels': 'ຊື່ໃນແຜນທີ່',
  'shell.mapLabelsEnglish': 'ອັງກິດ',
  'shell.mapLabelsNative': 'ຕົວອັກສອນທ້ອງຖິ່ນ',
  'shell.mapLabelsBoth': 'ທັງສອງ',
  'shell.theme': 'ຮູບແບບສີ',
  'shell.themeLight': 'ແຈ້ງ',
  'shell.themeProjector': 'ເຄື່ອງສາຍພາບ',
  'shell.themeHighContrast': 'ຄວາມຄົມຊັດສູງ',
};

export const unsure: Unsure<'shell'> = {
  'shell.presentTitle': '“guided tour” rendered as “ການນຳຊົມ” (guided visit); a teacher’s usual word may differ',
  'shell.mapKey': 'map legend: “ຄຳອະທິບາຍແຜນທີ່” (map explanation); atlases may use another term',
};
