import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'pupils'> = {
  'pupils.searchLabel': 'ຊອກຫາສະຖານທີ່, ເສັ້ນທາງ ຫຼື ຂໍ້ຄວາມ',
  'pupils.searchPlaceholder': 'ຊອກຫາສະຖານທີ່, ເສັ້ນທາງ ຫຼື ຂໍ້ຄວາມ',
  'pupils.searchResults': 'ຜົນການຊອກຫາ',
  'pupils.searchKindCountry': 'ປະເທດ',
  'pupils.searchKindPlace': 'ສະຖານທີ່',
  'pupils.searchKindPlaceIn': 'ສະຖານທີ່ · {country}',
  'pupils.searchKindRiver': 'ແມ່ນ້ຳ',
  'pupils.searchKindRoute': 'ເສັ້ນທາງ',
  'pupils.searchKindRouteStatus': 'ເສັ້ນທາງ · {status}',
  'pupils.searchKindPassage': 'ຂໍ້ຄວາມ',
  'pupils.searchKindPassageIn': 'ຂໍ້ຄວາມ · {heading}',
  'pupils.searchNone': 'ບໍ່ພົບຫຍັງ. ລອງສະກົດແບບອື່ນ ຫຼື ຂຽນຊື່ດ້ວຍຕົວອັກສອນທ້ອງຖິ່ນຂອງມັນ.',
  'pupils.searchNoneSaid': 'ບໍ່ພົບຫຍັງ',
  'pupils.searchCount': { other: '{count} ຜົນ: ໃຊ້ປຸ່ມລູກສອນຂຶ້ນ ແລະ ລົງ, ແລ້ວກົດ Enter' },
  'pupils.searchFailed': 'ບໍ່ສາມາດໂຫຼດການຊອກຫາໄດ້.',

  'pupils.measureButton': 'ວັດແທກ',
  'pupils.measureButtonTitle': 'ວັດແທກໄລຍະທາງລະຫວ່າງສອງສະຖານທີ່ (Esc ເພື່ອລຶບ)',
  'pupils.measureLoading': 'ກຳລັງວັດແທກ…',
  'pupils.measureFailed': 'ບໍ່ສາມາດໂຫຼດເຄື່ອງມືວັດແທກໄດ້.',
  'pupils.measureSaidOn': 'ເປີດການວັດແທກ: ຄລິກ ຫຼື ແຕະສອງສະຖານທີ່ໃນແຜນທີ່, ຫຼື ເລືອກໃນແຜງວັດແທກ.',
  'pupils.measureSaidOff': 'ປິດການວັດແທກ.',
};

export const unsure: Unsure<'pupils'> = {
  'pupils.searchKindPassage': '“passage” of the article as “ຂໍ້ຄວາມ” (text, excerpt)',
  'pupils.searchNone': '“the name in its own script” rendered “its local script” (ຕົວອັກສອນທ້ອງຖິ່ນ, as the label setting says)',
};
