import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'pupils'> = {
  'pupils.searchLabel': 'ស្វែងរកទីកន្លែង ផ្លូវ ឬផ្នែកអត្ថបទ',
  'pupils.searchPlaceholder': 'ស្វែងរកទីកន្លែង ផ្លូវ ឬផ្នែកអត្ថបទ',
  'pupils.searchResults': 'លទ្ធផល',
  'pupils.searchKindCountry': 'ប្រទេស',
  'pupils.searchKindPlace': 'ទីកន្លែង',
  'pupils.searchKindPlaceIn': 'ទីកន្លែង · {country}',
  'pupils.searchKindRiver': 'ទន្លេ',
  'pupils.searchKindRoute': 'ផ្លូវ',
  'pupils.searchKindRouteStatus': 'ផ្លូវ · {status}',
  'pupils.searchKindPassage': 'ផ្នែកអត្ថបទ',
  'pupils.searchKindPassageIn': 'ផ្នែកអត្ថបទ · {heading}',
  'pupils.searchNone': 'រកមិនឃើញទេ។ សាកល្បងសរសេរតាមអក្ខរាវិរុទ្ធផ្សេង ឬសរសេរឈ្មោះជាអក្សរដើមរបស់វា។',
  'pupils.searchNoneSaid': 'រកមិនឃើញទេ',
  'pupils.searchCount': { other: '{count} លទ្ធផល៖ ប្រើគ្រាប់ចុចព្រួញឡើងលើ និងចុះក្រោម រួចចុច Enter' },
  'pupils.searchFailed': 'មិនអាចផ្ទុកការស្វែងរកបានទេ។',

  'pupils.measureButton': 'វាស់',
  'pupils.measureButtonTitle': 'វាស់ចម្ងាយរវាងទីកន្លែងពីរ (Esc ដើម្បីសម្អាត)',
  'pupils.measureLoading': 'កំពុងវាស់…',
  'pupils.measureFailed': 'មិនអាចផ្ទុកឧបករណ៍វាស់បានទេ។',
  'pupils.measureSaidOn': 'បើកឧបករណ៍វាស់៖ ចុច ឬប៉ះទីកន្លែងពីរនៅលើផែនទី ឬជ្រើសរើសវានៅក្នុងផ្ទាំងវាស់។',
  'pupils.measureSaidOff': 'បិទឧបករណ៍វាស់។',
};

export const unsure: Unsure<'pupils'> = {
  'pupils.searchKindPassage': '“passage” of the article as “ផ្នែកអត្ថបទ” (part of the article)',
  'pupils.searchNone': '“the name in its own script” rendered “its original script” (អក្សរដើម, as the label setting says)',
};
