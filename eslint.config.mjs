import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/hosts/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Regular expressions read user text: a pattern that backtracks super-linearly is a
    // freeze of the pane or of Send on a crafted (or unlucky) mail. Enforced by tooling.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The engine must stay host-free: no DOM, no Office, no Thunderbird, no Node built-ins.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'browser',
        'messenger',
        'process',
        'require',
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'node:*',
            'fs',
            'path',
            'react',
            'react-dom',
            '**/hosts/**',
            '**/ui/**',
            '**/cli/**',
          ],
        },
      ],
      // matchAll checks a copy of its pattern, and V8 compiles such a copy again once its cache
      // of compiled patterns is emptied (after large or hostile mail: 30x slower per call).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message: 'Use allMatches(re, text) from text/matches.ts: matchAll compiles a copy of re.',
        },
      ],
    },
  },
  prettier,
  // After prettier's config, which turns max-len off. Word lists are arrays, one alternative per
  // line: no line a reviewer cannot read. Only generated code is exempt.
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/generated/**'],
    rules: { 'max-len': ['error', { code: 160, ignoreUrls: false, ignoreStrings: false }] },
  },
);
