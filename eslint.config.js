// Lint rules: ESLint's recommended set, typescript-eslint's strict type-checked set (it reads the types through the
// TypeScript project) and eslint-plugin-jsdoc's rules for doc comments on TypeScript. Formatting is Prettier's job.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsdoc from 'eslint-plugin-jsdoc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'out/', 'node_modules/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  jsdoc.configs['flat/recommended-typescript-error'],
  {
    // A disable comment that no longer silences anything is an error, so none outlives its reason.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    settings: { jsdoc: { mode: 'typescript' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Strict rules that do not fit this code:
      // without noUncheckedIndexedAccess an indexed read looks never undefined, so real bounds checks look needless;
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // a non-null assertion after Map.has or a bounds check is the idiom here (the needless ones are caught by
      // no-unnecessary-type-assertion);
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => void expr` shorthands are clear enough;
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // the sandbox fakes return Apps Script's interface types, as the real services declare them;
      '@typescript-eslint/prefer-return-this-type': 'off',
      // settings kept as JSON in document properties are dictionaries: a key is deleted to drop an entry;
      '@typescript-eslint/no-dynamic-delete': 'off',
      // numbers and booleans read fine in messages (the recommended options).
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowAny: true, allowBoolean: true, allowNullish: true, allowNumber: true, allowRegExp: true },
      ],
      // JSDoc: check what the comments say (tags, parameter names and order), without asking for a comment, or for
      // every @param, @returns and @yields, where the names and the TypeScript types already say it.
      'jsdoc/require-jsdoc': 'off',
      'jsdoc/require-param': 'off',
      'jsdoc/require-returns': 'off',
      'jsdoc/require-yields': 'off',
      'jsdoc/check-param-names': ['error', { disableMissingParamChecks: true }],
      // no-types keeps types out of the comments (TypeScript has them), so the rules on a comment's types are moot;
      // so are those on tags this code does not use. Each rule is a pass over every comment: off saves the time.
      ...Object.fromEntries(
        [
          'check-access',
          'check-types',
          'check-values',
          'implements-on-classes',
          'reject-any-type',
          'reject-function-type',
          'require-next-type',
          'require-property',
          'require-property-description',
          'require-property-name',
          'require-throws-type',
          'require-yields-type',
          'ts-no-empty-object-type',
        ].map((rule) => [`jsdoc/${rule}`, 'off']),
      ),
      // Apps Script's tag that makes a function a custom function.
      'jsdoc/check-tag-names': ['error', { definedTags: ['customfunction'], typed: true }],
    },
  },
  {
    // The fakes take whatever a script passes, as Apps Script does, and turn it into text as Apps Script does.
    files: ['src/sandbox/**'],
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-unnecessary-type-conversion': 'off',
    },
  },
  {
    // Plain JavaScript (build.js, the test runner, this file) is not type-checked.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/sidebar/**', 'src/playground/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
