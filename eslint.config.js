// Lint rules that keep the layers honest (see ../shared/DESIGN.md):
// shared/ imports no node:*, electron or DOM; renderer/ imports no electron or node:*;
// only electron/main/ipc/register.ts imports ipcMain.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'stream', 'url', 'util', 'http', 'net'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ must not import Node built-ins: it runs on phones and in the renderer.' },
            { regex: '^electron(/.*)?$', message: 'shared/ must not import electron.' },
            { group: ['react', 'react-dom', '**/renderer/**', '**/electron/**', '**/cli/**'], message: 'shared/ depends on nothing else in the app.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer', 'require', '__dirname', 'setImmediate'].map(
          (name) => ({ name, message: `shared/ must not use the ${name} global (no DOM or Node).` }),
        ),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; TanStack Virtual is used as its docs describe.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'renderer/ is sandboxed: no Node built-ins.' },
            { regex: '^electron(/.*)?$', message: 'renderer/ talks to the main process only through window.venueConsole.' },
            { group: ['**/electron/**', '**/cli/**'], message: 'renderer/ may import shared/ only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'cli/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc/register.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='electron'] ImportSpecifier[imported.name='ipcMain']",
          message: 'Only electron/main/ipc/register.ts may import ipcMain.',
        },
      ],
    },
  },
  {
    files: ['services/**/*.ts', 'cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services and the CLI run under plain Node: no electron imports.' }] }],
    },
  },
  {
    // Files a person names (CLI options, save dialogs) are written only through services/files: checkOutputTarget
    // then the atomic writers, so nothing lands on the database, a folder, a device or an input (docs/decisions.md).
    files: ['cli/**/*.ts', 'electron/main/handlers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services, handlers and the CLI run under plain Node: no electron imports.' },
            ...['node:fs', 'fs', 'node:fs/promises', 'fs/promises'].map((name) => ({
              name,
              importNames: ['writeFileSync', 'writeFile', 'appendFileSync', 'appendFile', 'createWriteStream', 'renameSync', 'rename', 'copyFileSync', 'copyFile', 'cpSync', 'cp'],
              message: 'Write files a person names through checkOutputTarget and the atomic writers in services/files.',
            })),
          ],
        },
      ],
    },
  },
);
