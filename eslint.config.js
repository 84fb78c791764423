// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layer rules: the renderer and the pure core may not reach Node, Electron, the database or main.
const NODE_AND_BACKEND = {
  patterns: [
    { group: ['node:*'], message: 'renderer/ and core/ must not import Node built-ins.' },
    {
      group: ['electron', 'electron/*', 'electron-store', 'conf'],
      message: 'renderer/ and core/ must not import Electron or settings storage.',
    },
    {
      group: ['better-sqlite3', '**/db', '**/db/**'],
      message: 'Only main-side services talk to the database.',
    },
    {
      group: ['**/main', '**/main/**', '**/preload/**', '**/server/**'],
      message: 'renderer/ and core/ cannot import main, preload or server code.',
    },
  ],
  paths: [
    'fs',
    'path',
    'os',
    'child_process',
    'crypto',
    'http',
    'https',
    'net',
    'url',
    'worker_threads',
    'stream',
    'util',
    'events',
    'buffer',
  ].map((name) => ({
    name,
    message: 'renderer/ and core/ must not import Node built-ins.',
  })),
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', NODE_AND_BACKEND],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...NODE_AND_BACKEND,
          patterns: [
            ...NODE_AND_BACKEND.patterns,
            {
              group: ['react', 'react-dom', 'react-i18next', '**/renderer/**'],
              message: 'core/ is pure domain code.',
            },
          ],
        },
      ],
    },
  },
);
