import type { AreaMessages, Unsure } from '../types.ts';

export const messages: AreaMessages<'shell'> = {
  'shell.skipToArticle': 'រំលងទៅអត្ថបទ',
  'shell.menu': 'ម៉ឺនុយ',
  'shell.edit': 'កែសម្រួល',
  'shell.present': 'បង្ហាញ',
  'shell.presentTitle': 'បង្ហាញដំណើរណែនាំ (P)',
  'shell.mapKey': 'សញ្ញាសម្គាល់ផែនទី',
  'shell.sidebar': 'អត្ថបទ និងព័ត៌មានលម្អិត',
  'shell.sections': 'ផ្នែកនៃរបារចំហៀង',
  'shell.tabArticle': 'អត្ថបទ',
  'shell.tabRoutes': 'ផ្លូវ',
  'shell.tabCountries': 'ប្រទេស',
  'shell.tabQuiz': 'កម្រងសំណួរ',
  'shell.tabEdit': 'កែសម្រួល',
  'shell.version': 'កំណែ {version}',
  'shell.language': 'ភាសា',
  'shell.mapLabels': 'ឈ្មោះលើផែនទី',
  'shell.mapLabelsEnglish': 'អង់គ្លេស',
  'shell.mapLabelsNative': 'អក្សរដើម',
  'shell.mapLabelsBoth': 'ទាំងពីរ',
  'shell.theme': 'រចនាប័ទ្ម',
  'shell.themeLight': 'ភ្លឺ',
  'shell.themeProjector': 'ម៉ាស៊ីនបញ្ចាំង',
  'shell.themeHighContrast': 'កម្រិតពណ៌ខ្ពស់',
};

export const unsure: Unsure<'shell'> = {
  'shell.presentTitle': '“guided tour” rendered as “guiding journey”; a teacher’s usual word may differ',
  'shell.mapKey': 'map legend: “សញ្ញាសម្គាល់” (legend signs); school atlases may say “តារាងសញ្ញា”',
};
