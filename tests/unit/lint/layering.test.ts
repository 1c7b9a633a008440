/**
 * The layering rules of the top folders' READMEs (issue 9 §4), each broken by a fixture at a virtual path: lint
 * must report the expected rule, naming its README; compliant fixtures at the same paths get no layering report.
 */
import { builtinModules } from 'node:module';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

interface Problem {
  rule: string;
  message: string;
}

/** Layering reports (and parse errors, so a broken fixture cannot pass silently) for `code` linted as `filePath`. */
async function problems(filePath: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return (result?.messages ?? [])
    .map((m) => ({ rule: m.ruleId ?? `fatal: ${m.message}`, message: m.message }))
    .filter((p) => !p.rule.startsWith('@typescript-eslint/no-unused-vars'));
}

/** The rule ids reported, sorted and de-duplicated. */
async function rules(filePath: string, code: string): Promise<string[]> {
  return [...new Set((await problems(filePath, code)).map((p) => p.rule))].sort();
}

/** Expects exactly one report, of `rule`, whose message matches `message`. */
async function expectOnly(filePath: string, code: string, rule: string, message: RegExp): Promise<void> {
  const found = await problems(filePath, code);
  expect(found.map((p) => p.rule)).toEqual([rule]);
  expect(found[0]?.message).toMatch(message);
}

describe('lint layering: shared/ (shared/README.md)', () => {
  const file = 'shared/venue/x-fixture.ts';

  it('bans every Node built-in from builtinModules, bare, node:-prefixed and as a subpath', async () => {
    const specs = [...builtinModules.flatMap((m) => [m, `node:${m}`]), 'node:test', 'node:sqlite', 'fs/promises', 'path/posix', 'stream/web'];
    const code = specs.map((s) => `import '${s}';`).join('\n');
    const found = await problems(file, code);
    expect(found.length).toBe(specs.length);
    expect(new Set(found.map((p) => p.rule))).toEqual(new Set(['layers/no-node-builtins']));
    expect(found[0]?.message).toMatch(/is a Node built-in: .*shared\/README\.md/);
  });

  it('catches built-ins in export-from, require and type positions too', async () => {
    expect(await rules(file, "export { join } from 'path';")).toEqual(['layers/no-node-builtins']);
    expect(await rules(file, "import os = require('os');\nexport const h = os.hostname();")).toContain('layers/no-node-builtins');
    expect(await rules(file, "export type B = import('node:buffer').Buffer;")).toEqual(['layers/no-node-builtins']);
  });

  it('bans dynamic import()', async () => {
    await expectOnly(file, "export const load = () => import('./venue');", 'no-restricted-syntax', /No dynamic import\(\).*shared\/README\.md/);
  });

  it('bans electron, even as types', async () => {
    await expectOnly(file, "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;", 'layers/no-electron', /'electron' may not be imported here: .*shared\/README\.md/);
    expect(await rules(file, "import type { BrowserWindow } from 'electron';\nexport type W = BrowserWindow;")).toEqual(['layers/no-electron']);
  });

  it('imports nothing from renderer/, services/, electron/ or cli/, and no React', async () => {
    for (const spec of ['../../renderer/common/i18n', '../../services/db/open-database', '../../electron/main/ipc/dispatch', '../../cli/main']) {
      await expectOnly(file, `import { x } from '${spec}';\nexport const y = x;`, 'layers/shared-imports', /shared\/ imports nothing from the rest of the app.*shared\/README\.md/);
    }
    await expectOnly(file, "import { useState } from 'react';\nexport const s = useState;", 'layers/shared-imports', /does not import 'react'/);
    await expectOnly(file, "import type { Root } from 'react-dom/client';\nexport type R = Root;", 'layers/shared-imports', /does not import 'react-dom\/client'/);
  });

  it('bans DOM and Node globals', async () => {
    await expectOnly(file, 'export const href = () => window.location.href;', 'no-restricted-globals', /shared\/ must not use the window global.*shared\/README\.md/);
    await expectOnly(file, 'export const env = () => process.env;', 'no-restricted-globals', /the process global/);
  });

  it('accepts shared/ and platform-neutral packages', async () => {
    const ok = "import { z } from 'zod';\nimport { ed25519 } from '@noble/curves/ed25519.js';\nimport { hkIsoDate } from '../time/hk';\nimport type { AppError } from '../errors';\nexport const all = [z, ed25519, hkIsoDate];\nexport type E = AppError;";
    expect(await problems(file, ok)).toEqual([]);
  });
});

describe('lint layering: renderer/ (renderer/README.md)', () => {
  const page = 'renderer/console/features/venues/x-fixture.tsx';

  it('bans Node built-ins, dynamic import() and electron', async () => {
    await expectOnly(page, "import path from 'path';\nexport const p = path;", 'layers/no-node-builtins', /renderer\/README\.md/);
    await expectOnly(page, "import { Buffer } from 'node:buffer';\nexport const b = Buffer;", 'layers/no-node-builtins', /sandboxed/);
    await expectOnly(page, "export const lazy = () => import('./venue-row');", 'no-restricted-syntax', /No dynamic import\(\).*renderer\/README\.md/);
    await expectOnly(page, "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;", 'layers/no-electron', /preload API.*renderer\/README\.md/);
  });

  it('keeps console/ and scanner/ apart, and common/ free of both', async () => {
    await expectOnly(page, "import { App } from '../../../scanner/app';\nexport const a = App;", 'layers/renderer-imports', /renderer\/console\/ and renderer\/scanner\/ never import each other/);
    await expectOnly('renderer/scanner/x-fixture.tsx', "import { bridge } from '../console/bridge';\nexport const b = bridge;", 'layers/renderer-imports', /renderer\/scanner\/ and renderer\/console\/ never import each other/);
    await expectOnly('renderer/common/components/x-fixture.tsx', "import { bridge } from '../../console/bridge';\nexport const b = bridge;", 'layers/renderer-imports', /renderer\/common\/ imports no window folder/);
    await expectOnly('renderer/common/x-fixture.ts', "import { scan } from '../scanner';\nexport const s = scan;", 'layers/renderer-imports', /renderer\/common\/ imports no window folder/);
  });

  it('imports only shared/ and renderer/common/ from the rest of the repository', async () => {
    for (const spec of ['../../../../services/venues/venue-repository', '../../../../electron/main/windows/console-window', '../../../../cli/main', '../../../../tests/helpers/temp-services']) {
      await expectOnly(page, `import type { X } from '${spec}';\nexport type Y = X;`, 'layers/renderer-imports', /renderer\/ imports only shared\/ and renderer\/common\//);
    }
  });

  it('keeps features apart', async () => {
    await expectOnly(page, "import { batchFormat } from '../batch/batch-format';\nexport const f = batchFormat;", 'layers/no-cross-feature', /A feature does not import another feature.*renderer\/common\/ or the app shell/);
    await expectOnly('renderer/console/features/settings/x/y-fixture.tsx', "import type { P } from '../../venues/venue-page';\nexport type Q = P;", 'layers/no-cross-feature', /renderer\/console\/features\/settings\//);
  });

  it('accepts its own feature, its window shell, renderer/common, shared/ and npm packages', async () => {
    const ok = [
      "import { useState } from 'react';",
      "import { useVirtualizer } from '@tanstack/react-virtual';",
      "import { z } from 'zod';",
      "import { T } from '../../../common/i18n';",
      "import { BiText } from '../../../common/components/bi-text';",
      "import { isAppError } from '../../../../shared/errors';",
      "import { bridge } from '../../bridge';",
      "import { VenueRow } from './venue-row';",
      "import '../../../common/styles.css';",
      'export const all = [useState, useVirtualizer, z, T, BiText, isAppError, bridge, VenueRow];',
    ].join('\n');
    expect(await problems(page, ok)).toEqual([]);
    expect(await problems('renderer/console/app-fixture.tsx', "import { VenuePage } from './features/venues/venue-page';\nexport const p = VenuePage;")).toEqual([]);
  });
});

describe('lint layering: electron/ (electron/README.md)', () => {
  const ipcRule = 'layers/ipc-main-only-in-register';
  const named = 'layers/electron-named-imports';

  it('bans electron in handlers', async () => {
    expect(await rules('electron/main/handlers/x-fixture.ts', "import { dialog } from 'electron';\nexport const d = dialog;")).toContain('layers/no-electron');
    expect(await rules('electron/main/handlers/x-fixture.ts', "import type { WebContents } from 'electron';\nexport type W = WebContents;")).toContain('layers/no-electron');
  });

  it('refuses ipcMain outside register.ts in every import form', async () => {
    const file = 'electron/main/index-fixture.ts';
    expect(await rules(file, "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);")).toEqual([ipcRule]);
    expect(await rules(file, "import { ipcMain as m } from 'electron';\nm.handle('x', () => 1);")).toEqual([ipcRule]);
    expect(await rules(file, "import * as e from 'electron';\ne.ipcMain.handle('x', () => 1);")).toEqual([named, ipcRule]);
    expect(await rules(file, "import electron from 'electron';\nelectron.ipcMain.handle('x', () => 1);")).toEqual([named, ipcRule]);
    expect(await rules(file, "import electron from 'electron';\nelectron['ipcMain'].handle('x', () => 1);")).toEqual([named, ipcRule]);
    expect(await rules(file, "const { ipcMain } = require('electron');\nipcMain.handle('x', () => 1);")).toEqual(['@typescript-eslint/no-require-imports', named, ipcRule]);
    expect(await rules(file, "export { ipcMain } from 'electron';")).toEqual([ipcRule]);
    expect(await rules('electron/main/windows/x-fixture.ts', "export function f(deps: { ipcMain: unknown }) { return deps.ipcMain; }")).toEqual([ipcRule]);
    const found = await problems(file, "import { ipcMain } from 'electron';\nexport const m = ipcMain;");
    expect(found[0]?.message).toMatch(/Only electron\/main\/ipc\/register\.ts may touch ipcMain.*electron\/README\.md/);
  });

  it('forces named imports of electron (no namespace, default, require or import())', async () => {
    const file = 'electron/main/x-fixture.ts';
    await expectOnly(file, "import * as e from 'electron';\nexport const a = e.app;", named, /not as a namespace/);
    await expectOnly(file, "import electron from 'electron';\nexport const a = electron.app;", named, /not as a default import/);
    await expectOnly(file, "export const e = async () => (await import('electron')).app;", named, /not as import\(\)/);
    await expectOnly(file, "export * from 'electron';", named, /not as export \*/);
  });

  it('imports only electron/, services/ and shared/', async () => {
    for (const spec of ['../../renderer/console/app', '../../cli/main', '../../tests/helpers/temp-services']) {
      await expectOnly('electron/main/x-fixture.ts', `import { x } from '${spec}';\nexport const y = x;`, 'layers/electron-imports', /electron\/ imports only electron\/, services\/ and shared\/.*electron\/README\.md/);
    }
    const ok = "import { app } from 'electron';\nimport { z } from 'zod';\nimport { dispatch } from './ipc/dispatch';\nimport { openDatabase } from '../../services/db/open-database';\nimport { isAppError } from '../../shared/errors';\nexport const all = [app, z, dispatch, openDatabase, isAppError];";
    expect(await problems('electron/main/x-fixture.ts', ok)).toEqual([]);
  });

  it('lets register.ts touch ipcMain, and the rest of main import electron by name', async () => {
    expect(await problems('electron/main/ipc/register.ts', "import { ipcMain } from 'electron';\nexport const off = (c: string) => ipcMain.removeHandler(c);")).toEqual([]);
    expect(await problems('electron/main/index-fixture.ts', "import { app, BrowserWindow, type WebContents } from 'electron';\nexport const all = [app, BrowserWindow];\nexport type W = WebContents;")).toEqual([]);
  });
});

describe('lint layering: preloads (electron/README.md)', () => {
  const preload = 'electron/preload/x-fixture.ts';
  const rule = 'layers/preload-imports';

  it('accepts contextBridge, ipcRenderer, the channel-name modules, sibling preload files and types', async () => {
    const ok = [
      "import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';",
      "import { CONSOLE_NAMES } from '../../shared/ipc/console-channels';",
      "import { createWindowApi } from '../../shared/ipc/window-names';",
      "import { createBridge } from '../../shared/ipc/bridge';",
      "import { ipcTransport } from './ipc-transport';",
      "import type { ConsoleContract } from '../../shared/ipc/console-contract';",
      'export const all = [contextBridge, ipcRenderer, CONSOLE_NAMES, createWindowApi, createBridge, ipcTransport];',
      'export type T = [IpcRendererEvent, ConsoleContract];',
    ].join('\n');
    expect(await problems(preload, ok)).toEqual([]);
  });

  it('refuses anything else', async () => {
    await expectOnly(preload, "import { webFrame } from 'electron';\nexport const w = webFrame;", rule, /'webFrame' from 'electron': a preload imports only contextBridge and ipcRenderer/);
    await expectOnly(preload, "import { z } from 'zod';\nexport const s = z.string();", rule, /'zod'.*electron\/README\.md/);
    await expectOnly(preload, "import { CONSOLE_CONTRACT } from '../../shared/ipc/console-contract';\nexport const c = CONSOLE_CONTRACT;", rule, /shared\/ipc\/console-contract/);
    await expectOnly(preload, "import { isAppError } from '../../shared/errors';\nexport const e = isAppError;", rule, /shared\/errors/);
    expect(await rules(preload, "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;")).toEqual(['layers/no-node-builtins', rule]);
  });

  it('keeps the shared/ipc modules a preload bundles free of schemas', async () => {
    await expectOnly('shared/ipc/bridge-fixture.ts', "import { z } from 'zod';\nexport const s = z.string();", rule, /'zod'/);
    await expectOnly('shared/ipc/fixture-channels.ts', "import { CONTRACT } from './fixture-contract';\nexport const names = Object.keys(CONTRACT);", rule, /fixture-contract/);
    expect(await problems('shared/ipc/fixture-names.ts', "import type { WindowContract } from './define-contract';\nimport { ipcChannelName } from './window-names';\nexport type C = WindowContract;\nexport const n = ipcChannelName;")).toEqual([]);
  });
});

describe('lint layering: services/ (services/README.md)', () => {
  const file = 'services/venues/x-fixture.ts';
  const rule = 'layers/services-imports';

  it('never imports handlers, IPC, windows or anything else under electron/, nor the CLI', async () => {
    for (const spec of ['../../electron/main/handlers/venues', '../../electron/main/ipc/dispatch', '../../electron/main/windows/console-window', '../../electron/main/security']) {
      await expectOnly(file, `import { x } from '${spec}';\nexport const y = x;`, rule, /services\/ never imports electron\/ \(handlers, IPC, windows, preloads\).*services\/README\.md/);
    }
    await expectOnly(file, "import type { X } from '../../electron/main/ipc/dispatch';\nexport type Y = X;", rule, /never imports electron\//);
    await expectOnly(file, "import { main } from '../../cli/main';\nexport const m = main;", rule, /never imports cli\/main/);
    await expectOnly(file, "import { app } from 'electron';\nexport const a = app;", 'layers/no-electron', /plain Node.*services\/README\.md/);
  });

  it('accepts services/, shared/, npm packages and Node', async () => {
    const ok = "import { readFileSync } from 'node:fs';\nimport Database from 'better-sqlite3';\nimport { openDatabase } from '../db/open-database';\nimport { isAppError } from '../../shared/errors';\nexport const all = [readFileSync, Database, openDatabase, isAppError];";
    expect(await problems(file, ok)).toEqual([]);
  });
});

describe('lint layering: frozen migrations (services/README.md)', () => {
  const file = 'services/db/migrations/0099-fixture.ts';
  const rule = 'layers/frozen-migrations';

  it('refuses live code and packages as values', async () => {
    await expectOnly(file, "import { venueSearchText } from '../../venues/search-text';\nexport const f = venueSearchText;", rule, /A migration imports only services\/db\/frozen\/ and types.*services\/README\.md/);
    await expectOnly(file, "import { DISTRICT_NAMES } from '../../../shared/venue/catalogue';\nexport const d = DISTRICT_NAMES;", rule, /shared\/venue\/catalogue/);
    await expectOnly(file, "import { z } from 'zod';\nexport const s = z.string();", rule, /'zod'/);
  });

  it('accepts services/db/frozen/, other migrations and type-only imports', async () => {
    const ok = "import type Database from 'better-sqlite3';\nimport type { District } from '../../../shared/venue/catalogue';\nimport { searchTextV1 } from '../frozen/search-text-v1';\nimport type { Migration } from './migration';\nexport const f = searchTextV1;\nexport type T = [Database.Database, District, Migration];";
    expect(await problems(file, ok)).toEqual([]);
  });
});

describe('lint layering: cli/ and bench/ (cli/README.md)', () => {
  it('never import electron/ or electron', async () => {
    await expectOnly('cli/commands/x-fixture.ts', "import { venueHandlers } from '../../electron/main/handlers/venues';\nexport const h = venueHandlers;", 'layers/cli-imports', /cli\/ imports only services\/ and shared\/.*cli\/README\.md/);
    await expectOnly('bench/x-fixture.ts', "import { cspFor } from '../electron/main/security';\nexport const c = cspFor;", 'layers/cli-imports', /bench\/ imports only services\/ and shared\//);
    await expectOnly('bench/x-fixture.ts', "import { app } from 'electron';\nexport const a = app;", 'layers/no-electron', /cli\/README\.md/);
    expect(await rules('cli/x-fixture.ts', "import { app } from 'electron';\nexport const a = app;")).toContain('layers/no-electron');
  });

  it('accept services/, shared/ and their own folder', async () => {
    const ok = "import { readFileSync } from 'node:fs';\nimport { openDatabase } from '../services/db/open-database';\nimport { hkIsoDate } from '../shared/time/hk';\nimport { benchVenue } from './registry';\nexport const all = [readFileSync, openDatabase, hkIsoDate, benchVenue];";
    expect(await problems('bench/x-fixture.ts', ok)).toEqual([]);
    expect(await problems('cli/x-fixture.ts', ok.replace('./registry', './command'))).toEqual([]);
  });
});
