// The linter beside prettier: rules that find faults, not style (prettier owns the layout).
// TypeScript files are linted with their types (the programs of the build's two tsconfigs), so
// that a promise nobody awaits, or one passed where a void callback goes, is an error.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // build outputs, and inputs whose faults are the point (must-fail models, diagnostic positions)
    ignores: ['dist/', 'out/', '.braints/', 'test/fixtures/'],
  },
  {
    // an eslint-disable comment that no longer disables anything is itself an error
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // its only uses here are the terminal's escape sequences, matched on purpose
    rules: { 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.models-test-bench.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // `typeof import('./build')` types a require() that loads a module only when needed (TypeScript,
      // vega and cli-progress stay off a cached run); like `import type`, it is erased
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // a leading underscore says "unused on purpose": the arguments a decorator's signature gives it
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // a model's update(t, dt), onPre(t, dt), ... have the signatures the DSL gives them, used or not
    files: ['models/**/*.ts', 'examples/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none' }] },
  },
  {
    // the examples are a user's files, in no tsconfig of this repository: linted without types
    files: ['examples/**/*.ts', '**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
