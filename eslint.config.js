// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const noMapLibre = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ talks to MapLibre: go through the store.' },
        { group: ['**/map/**', '../map', './map'], message: 'Panels and state never reach into the map adapter.' },
      ],
    },
  ],
};

/** Files checked with the type-aware parser (each with the tsconfig that covers it; scripts/ has its own). */
const TYPED = ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.js'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Render text, never raw HTML.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Render text, never raw HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, never raw HTML.' },
      ],
    },
  },
  {
    files: TYPED,
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.js',
            'scripts/browser-path.mjs',
            'scripts/bench/big-pack.mjs',
            'scripts/bench/budgets.mjs',
            'scripts/bench/lighthouse.mjs',
            'scripts/bench/report.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // A promise is awaited, returned or marked `void`, and never handed to what expects a plain function.
    files: TYPED,
    rules: { '@typescript-eslint/no-floating-promises': 'error', '@typescript-eslint/no-misused-promises': 'error' },
  },
  {
    files: ['src/ui/**', 'src/state/**', 'src/content/**', 'src/analysis/**', 'src/present/**', 'src/packs/**', 'src/editor/**', 'src/i18n/**'],
    rules: noMapLibre,
  },
);
