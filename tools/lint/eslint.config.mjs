// `npm run lint` (from the repository's root): typescript-eslint's recommended rules, type-aware on src/,
// eslint-plugin-regexp (every regular expression linear: the hostile-input guarantees rest on it), and
// the size limits of the house style (lines ≤ 140 characters outside the lexicons, functions ≤ 60 lines).
import js from '@eslint/js'
import regexp from 'eslint-plugin-regexp'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      'output/**',
      'scratch/**',
      'reports/**',
      '.stryker-tmp/**',
      'corpus/dev/**',
      'corpus/test/**',
      'input/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    // A stale disable comment is a warning: the one today is in src/emit/diagnostics.ts, not this phase's file.
    linterOptions: { reportUnusedDisableDirectives: 'warn' },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreRegExpLiterals: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Type-aware where it is cheap: the library's sources, with the project's own tsconfig.json.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: new URL('../..', import.meta.url).pathname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
    },
  },
  // Vocabularies are data: a list of words is as long as the language needs.
  { files: ['src/lexicon/**'], rules: { 'max-len': 'off' } },
  // Tests are lists of cases: a describe block is as long as its cases; the 60-line rule is for the code.
  { files: ['test/**', 'bench/**'], rules: { 'max-lines-per-function': 'off' } },
)
