// @ts-check
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, from the inside out. Each rule names what a folder may not import, so a change that crosses a
 * layer fails `npm run lint` instead of a review: the domain stays pure and testable without a browser,
 * only the platform adapters know a site's DOM, and storage stays below the message contract and the UI.
 */
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: groups.map(([group, message]) => ({ group: [group], message })) },
  ],
});
const src = (folder) => [
  `**/src/${folder}`,
  `**/src/${folder}/**`,
  `../${folder}`,
  `../${folder}/**`,
  `../../${folder}/**`,
];
const forbid = (folders, message) =>
  folders.flatMap((folder) => src(folder).map((group) => [group, message]));

const NOT_DOMAIN = [
  'background',
  'browser',
  'content',
  'data',
  'i18n',
  'messaging',
  'platforms',
  'storage',
  'ui',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '.output/**',
      '.wxt/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'bench/.dist/**',
      'docs/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict(
      ...forbid(NOT_DOMAIN, 'domain/ is pure rules: it imports nothing from src/ outside itself.'),
    ),
  },
  {
    files: ['src/platforms/**'],
    rules: restrict(
      ...forbid(
        NOT_DOMAIN.filter((folder) => folder !== 'i18n'),
        'platforms/ (the only code that knows a site DOM) imports only domain/ and i18n/.',
      ),
    ),
  },
  {
    files: ['src/storage/**'],
    rules: restrict(
      ...forbid(['messaging', 'ui', 'content'], 'storage/ sits below the message contract and the surfaces.'),
    ),
  },
  {
    // A shipped migration must keep writing what it wrote: it copies what it needs instead of importing
    // helpers that may change later. (Replaces the storage/ rule here; this one forbids more.)
    files: ['src/storage/migrations/**'],
    rules: restrict(
      ...['../*', '../../*', '**/src/**'].map((group) => [
        group,
        'a migration is frozen: it imports nothing from src/ outside migrations/; copy what it needs.',
      ]),
    ),
  },
  {
    files: ['src/content/**'],
    rules: restrict(
      ...forbid(['ui'], 'content/ runs in the site page: it shares words through domain/ or i18n/, not ui/.'),
    ),
  },
  {
    files: ['src/wording/**'],
    rules: restrict(
      ...forbid(
        ['ui', 'content'],
        'wording/ is shared by the site page and the extension pages: it depends on neither.',
      ),
    ),
  },
  {
    // Entrypoints are wiring (WXT builds each file as a page or script): logic belongs in src/.
    files: ['entrypoints/**'],
    rules: { 'max-lines': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['tests/e2e/mock-*/**/*.js'],
    languageOptions: { sourceType: 'script' },
  },
);
