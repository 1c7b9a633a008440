// Lint rules that keep the layers honest (see ../shared/DESIGN.md and each top folder's README.md). The layering
// rules are the local `layers/*` plugin (eslint.layers.js); tests/unit/lint/layering.test.ts breaks each one.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint.layers.js';

const code = '**/*.{ts,tsx,js,mjs,cjs}';

/** `import()` is banned where the whole module graph must be known (shared/, renderer/). */
const noDynamicImport = (readme) => [
  'error',
  { selector: 'ImportExpression', message: `No dynamic import() here: every dependency must be a static import the layering rules can see — see ${readme}.` },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'bench/results/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { layers },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['electron/**/*.ts', 'services/**/*.ts', 'cli/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{ts,js}', 'eslint.layers.js'],
    languageOptions: { globals: { ...globals.node } },
  },

  // ── shared/: pure TypeScript a phone app could import (shared/README.md) ──
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'layers/no-node-builtins': ['error', { reason: 'shared/ runs on phones, in pages and in Node — see shared/README.md.' }],
      'layers/no-electron': ['error', { reason: 'shared/ runs on phones, in pages and in Node — see shared/README.md.' }],
      'layers/shared-imports': 'error',
      'no-restricted-syntax': noDynamicImport('shared/README.md'),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'process', 'Buffer', 'require', '__dirname', 'setImmediate'].map(
          (name) => ({ name, message: `shared/ must not use the ${name} global (no DOM or Node) — see shared/README.md.` }),
        ),
      ],
    },
  },

  // ── renderer/: sandboxed pages (renderer/README.md) ──
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; TanStack Virtual is used as its docs describe.
      'react-hooks/incompatible-library': 'off',
      'layers/no-node-builtins': ['error', { reason: 'renderer/ is sandboxed, with no Node — see renderer/README.md.' }],
      'layers/no-electron': ['error', { reason: "renderer/ reaches the main process only through its window's preload API — see renderer/README.md." }],
      'layers/renderer-imports': 'error',
      'layers/no-cross-feature': 'error',
      'no-restricted-syntax': noDynamicImport('renderer/README.md'),
    },
  },

  // ── electron/: the Electron glue (electron/README.md) ──
  {
    files: [code],
    // Scripts run under plain Node, where require('electron') is the path of the Electron binary.
    ignores: ['scripts/**'],
    rules: { 'layers/electron-named-imports': 'error' },
  },
  {
    files: [code],
    ignores: ['electron/main/ipc/register.ts', 'eslint.layers.js'],
    rules: { 'layers/ipc-main-only-in-register': 'error' },
  },
  {
    files: ['electron/**/*.ts'],
    rules: { 'layers/electron-imports': 'error' },
  },
  {
    files: ['electron/preload/**/*.ts', 'shared/ipc/*-channels.ts', 'shared/ipc/*-names.ts', 'shared/ipc/bridge*.ts'],
    rules: { 'layers/preload-imports': 'error' },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: { 'layers/no-node-builtins': ['error', { reason: 'a preload is sandboxed, with no Node — see electron/README.md.' }] },
  },
  {
    files: ['electron/main/handlers/**/*.ts'],
    rules: { 'layers/no-electron': ['error', { reason: 'handlers are plain Node, tested without Electron; Electron facilities come in as interfaces — see electron/README.md.' }] },
  },

  // ── services/: plain Node (services/README.md) ──
  {
    files: ['services/**/*.ts'],
    rules: {
      'layers/no-electron': ['error', { reason: 'services run under plain Node (the CLI, tests, benchmarks) — see services/README.md.' }],
      'layers/services-imports': 'error',
    },
  },
  {
    files: ['services/db/migrations/**/*.ts'],
    rules: { 'layers/frozen-migrations': 'error' },
  },

  // ── cli/ and bench/: front doors onto services/ (cli/README.md) ──
  {
    files: ['cli/**/*.ts', 'bench/**/*.ts'],
    rules: {
      'layers/no-electron': ['error', { reason: 'the CLI and the benchmarks run under plain Node — see cli/README.md.' }],
      'layers/cli-imports': 'error',
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
            // Also layers/no-electron; kept here because tests/unit/files/output-lint.test.ts pins this rule id.
            { name: 'electron', message: 'Handlers and the CLI run under plain Node: no electron imports.' },
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
