/**
 * The layering rules of Venue Console as a local ESLint plugin (`layers/*`, registered in eslint.config.js).
 * One rule per line of the top folders' READMEs (electron/, services/, renderer/, shared/, cli/), each message
 * naming the README that states it. tests/unit/lint/layering.test.ts breaks every rule with a fixture.
 *
 * Every rule sees every way a module can be reached: `import`, `import type`, `export … from`, `import()`,
 * `require()`, `import x = require()` and `import('x').T` types. Relative specifiers are resolved against the
 * linted file, so '../../electron/main/x' and '../batch/y' are judged by where they land, not by how they are
 * spelled.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Every Node built-in, from `node:module`'s `builtinModules`, bare and with the `node:` prefix. */
export const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => (m.startsWith('node:') ? [m, m.slice(5)] : [m, `node:${m}`])));

/** Whether a specifier names a Node built-in: listed, `node:`-prefixed (node:test, node:sqlite) or a subpath (fs/promises). */
export function isNodeBuiltin(spec) {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]);
}

const isElectron = (spec) => spec === 'electron' || spec.startsWith('electron/');
const toPosix = (p) => p.split(path.sep).join('/');

/** The linted file's path relative to the repository (ESLint's cwd), with forward slashes. */
function fileOf(context) {
  return toPosix(path.relative(context.cwd, context.filename));
}

/** Where a relative or absolute specifier lands, relative to the repository; null for a package name. */
function targetOf(context, spec) {
  if (!spec.startsWith('.') && !path.isAbsolute(spec)) return null;
  const clean = spec.replace(/[?#].*$/, '');
  return toPosix(path.relative(context.cwd, path.resolve(path.dirname(context.filename), clean)));
}

const under = (repoPath, folder) => repoPath === folder || repoPath.startsWith(`${folder}/`);
/** The text of a string literal or a template without expressions; null for anything else. */
function literal(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
}
const allTypeSpecifiers = (specifiers, kind) => specifiers.length > 0 && specifiers.every((s) => s[kind] === 'type');

/**
 * Calls `check(use)` for every module reference in a file. `use` = { node, spec, typeOnly, form }, form one of
 * 'import', 'export', 'dynamic', 'require', 'import-equals', 'type-import'.
 */
function visitModuleUses(check) {
  const emit = (node, sourceNode, typeOnly, form) => {
    const spec = literal(sourceNode);
    if (spec !== null) check({ node, spec, typeOnly, form });
  };
  return {
    // `import { type A } from 'x'` is erased whole, like `import type { A } from 'x'`.
    ImportDeclaration: (node) => emit(node, node.source, node.importKind === 'type' || allTypeSpecifiers(node.specifiers, 'importKind'), 'import'),
    ExportNamedDeclaration: (node) => node.source && emit(node, node.source, node.exportKind === 'type' || allTypeSpecifiers(node.specifiers, 'exportKind'), 'export'),
    ExportAllDeclaration: (node) => emit(node, node.source, node.exportKind === 'type', 'export'),
    ImportExpression: (node) => emit(node, node.source, false, 'dynamic'),
    TSImportEqualsDeclaration: (node) => {
      if (node.moduleReference.type === 'TSExternalModuleReference') emit(node, node.moduleReference.expression, node.importKind === 'type', 'import-equals');
    },
    TSImportType: (node) => emit(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument, true, 'type-import'),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') emit(node, node.arguments[0], false, 'require');
    },
  };
}

/** A rule that looks at each module reference; `judge(use, context)` returns a message or nothing. */
function importRule(description, judge, schema = []) {
  return {
    meta: { type: 'problem', docs: { description }, schema, messages: { layer: '{{message}}' } },
    create(context) {
      return visitModuleUses((use) => {
        const message = judge(use, context);
        if (message) context.report({ node: use.node, messageId: 'layer', data: { message } });
      });
    },
  };
}

const reasonOption = [{ type: 'object', properties: { reason: { type: 'string' } }, required: ['reason'], additionalProperties: false }];

/** shared/, renderer/ and the preloads import no Node built-in. */
const noNodeBuiltins = importRule(
  'Ban every Node built-in (from builtinModules), bare, node:-prefixed or a subpath',
  (use, context) => isNodeBuiltin(use.spec) && `'${use.spec}' is a Node built-in: ${context.options[0].reason}`,
  reasonOption,
);

/** The Electron package is not imported by handlers, services, the CLI, benchmarks, shared/ or the renderer. */
const noElectron = importRule(
  "Ban the 'electron' package",
  (use, context) => isElectron(use.spec) && `'${use.spec}' may not be imported here: ${context.options[0].reason}`,
  reasonOption,
);

/** 'electron' is imported by name only, so no namespace or default object can carry ipcMain past `ipc-main-only-in-register`. */
const electronNamedImports = {
  meta: {
    type: 'problem',
    docs: { description: "Import 'electron' only with static named imports" },
    schema: [],
    messages: {
      named: "Import from 'electron' by name (import { app } from 'electron'), not as {{form}}: a whole-module object would hide ipcMain from layers/ipc-main-only-in-register — see electron/README.md.",
    },
  },
  create(context) {
    const report = (node, form) => context.report({ node, messageId: 'named', data: { form } });
    return visitModuleUses(({ node, spec, form }) => {
      if (spec !== 'electron') return;
      if (form === 'import') {
        for (const s of node.specifiers) {
          if (s.type === 'ImportDefaultSpecifier') report(s, 'a default import');
          if (s.type === 'ImportNamespaceSpecifier') report(s, 'a namespace (import * as)');
        }
      } else if (form === 'export' && node.type === 'ExportAllDeclaration') report(node, 'export *');
      else if (form === 'dynamic') report(node, 'import()');
      else if (form === 'require' || form === 'import-equals') report(node, 'require()');
    });
  },
};

/** Only electron/main/ipc/register.ts touches ipcMain, in any spelling: identifier, property, 'ipcMain' key. */
const ipcMainOnlyInRegister = {
  meta: {
    type: 'problem',
    docs: { description: 'ipcMain only in electron/main/ipc/register.ts' },
    schema: [],
    messages: { ipcMain: 'Only electron/main/ipc/register.ts may touch ipcMain; everything else goes through the generic dispatch and registration — see electron/README.md.' },
  },
  create(context) {
    const report = (node) => context.report({ node, messageId: 'ipcMain' });
    return {
      Identifier: (node) => node.name === 'ipcMain' && report(node),
      Literal: (node) => node.value === 'ipcMain' && report(node),
      TemplateLiteral: (node) => literal(node) === 'ipcMain' && report(node),
    };
  },
};

/** electron/ is glue over services/ and shared/: pages are loaded by URL, never imported; the CLI is another front door. */
const electronImports = importRule(
  'electron/ imports only electron/, services/, shared/ and npm packages',
  (use, context) => {
    const target = targetOf(context, use.spec);
    if (target === null || ['electron', 'services', 'shared'].some((folder) => under(target, folder))) return undefined;
    return `electron/ imports only electron/, services/ and shared/ ('${use.spec}' is ${target}): pages are loaded by URL, not imported — see electron/README.md.`;
  },
);

/** Value imports a sandboxed preload (or a shared/ipc module it bundles) may make. */
const PRELOAD_ELECTRON_NAMES = new Set(['contextBridge', 'ipcRenderer']);
/** The shared/ipc modules a preload may bundle: names without schemas (no zod). */
export const isPreloadSafeIpcModule = (repoPath) => /^shared\/ipc\/([^/]+-(channels|names)|bridge[^/]*)(\.ts)?$/.test(repoPath);

const preloadImports = importRule(
  'Preloads (and the shared/ipc modules they bundle) import only contextBridge/ipcRenderer and channel names',
  (use, context) => {
    if (use.typeOnly) return undefined; // erased at build time: nothing reaches the preload bundle
    const msg = (what) =>
      `${what}: a preload imports only contextBridge and ipcRenderer from 'electron' and the channel-name modules of ` +
      'shared/ipc (*-channels.ts, *-names.ts, bridge*.ts), which import nothing else — see electron/README.md.';
    const file = fileOf(context);
    if (use.spec === 'electron' && under(file, 'electron/preload')) {
      if (use.form !== 'import') return msg(`'electron' through ${use.form}`);
      const allowed = (s) => s.importKind === 'type' || (s.type === 'ImportSpecifier' && PRELOAD_ELECTRON_NAMES.has(s.imported.name ?? s.imported.value));
      const bad = use.node.specifiers.filter((s) => !allowed(s));
      return bad.length > 0 ? msg(`'${bad.map((s) => s.local.name).join("', '")}' from 'electron'`) : undefined;
    }
    const target = targetOf(context, use.spec);
    if (target === null) return msg(`'${use.spec}'`);
    if (isPreloadSafeIpcModule(target) || (under(file, 'electron/preload') && under(target, 'electron/preload'))) return undefined;
    return msg(`'${use.spec}' (${target})`);
  },
);

/** shared/ is a package a phone app could import: nothing from the rest of the app, and no React. */
const sharedImports = importRule(
  'shared/ imports only shared/ and platform-neutral packages',
  (use, context) => {
    const target = targetOf(context, use.spec);
    if (target !== null) {
      return under(target, 'shared') ? undefined : `shared/ imports nothing from the rest of the app ('${use.spec}' is ${target}): it runs on phones, in pages and in Node — see shared/README.md.`;
    }
    const pkg = use.spec.split('/')[0];
    return pkg === 'react' || pkg === 'react-dom' ? `shared/ does not import '${use.spec}': it is UI-free — see shared/README.md.` : undefined;
  },
);

/** Which part of renderer/ a repository path is in: a window folder (console, scanner…) or 'common'. */
function rendererArea(repoPath) {
  const parts = repoPath.split('/');
  const rootFile = parts.length === 2 && parts[1].includes('.'); // renderer/env.d.ts and the like
  return parts.length < 2 || rootFile ? 'common' : parts[1];
}

/** renderer/: a window imports only itself, renderer/common and shared/; common imports no window. */
const rendererImports = importRule(
  'renderer/ imports only shared/, renderer/common and its own window folder',
  (use, context) => {
    const target = targetOf(context, use.spec);
    if (target === null) return undefined; // packages: Node built-ins and electron have their own rules
    const own = rendererArea(fileOf(context));
    if (under(target, 'shared') || under(target, 'renderer/common')) return undefined;
    if (under(target, 'renderer')) {
      const theirs = rendererArea(target);
      if (theirs === own) return undefined;
      if (own === 'common') return `renderer/common/ imports no window folder ('${use.spec}' is in renderer/${theirs}/): it is shared by every window — see renderer/README.md.`;
      return `renderer/${own}/ and renderer/${theirs}/ never import each other ('${use.spec}'): each window is its own page and trust unit; shared code goes to renderer/common/ — see renderer/README.md.`;
    }
    return `renderer/ imports only shared/ and renderer/common/ ('${use.spec}' is ${target}); the main process is reached through the window's preload API — see renderer/README.md.`;
  },
);

/** renderer/<window>/features/<a>/ never imports features/<b>/. */
const noCrossFeature = importRule(
  'A renderer feature does not import another feature',
  (use, context) => {
    const target = targetOf(context, use.spec);
    const feature = (p) => /^renderer\/([^/]+)\/features\/([^/]+)\//.exec(p)?.slice(1, 3).join('/features/');
    const mine = feature(fileOf(context));
    const theirs = target === null ? undefined : feature(target);
    return mine && theirs && mine !== theirs
      ? `A feature does not import another feature (renderer/${mine}/ → '${use.spec}'): move what both use to renderer/common/ or the app shell — see renderer/README.md.`
      : undefined;
  },
);

/** services/ is plain Node: never electron/ (handlers, IPC, windows), the CLI, benchmarks, pages or tests. */
const servicesImports = importRule(
  'services/ imports only services/, shared/ and npm packages',
  (use, context) => {
    const target = targetOf(context, use.spec);
    if (target === null || under(target, 'services') || under(target, 'shared')) return undefined;
    const what = under(target, 'electron') ? 'electron/ (handlers, IPC, windows, preloads)' : `${target}`;
    return `services/ never imports ${what} ('${use.spec}'): services are plain Node and take what they need as arguments — see services/README.md.`;
  },
);

/** cli/ and bench/ are front doors onto services/: they import services/ and shared/ only. */
const cliImports = importRule(
  'cli/ and bench/ import only services/, shared/ and their own folder',
  (use, context) => {
    const target = targetOf(context, use.spec);
    const own = fileOf(context).split('/')[0];
    if (target === null || under(target, own) || under(target, 'services') || under(target, 'shared')) return undefined;
    return `${own}/ imports only services/ and shared/ ('${use.spec}' is ${target}): it runs under plain Node, never through electron/ — see cli/README.md.`;
  },
);

/** A migration is frozen: value imports only from services/db/frozen/ (and other migrations). */
const frozenMigrations = importRule(
  'Migrations import only services/db/frozen/ and types',
  (use, context) => {
    if (use.typeOnly) return undefined;
    const target = targetOf(context, use.spec);
    if (target !== null && (under(target, 'services/db/frozen') || under(target, 'services/db/migrations'))) return undefined;
    return `A migration imports only services/db/frozen/ and types ('${use.spec}'): a shipped step must never change with live code — see services/README.md.`;
  },
);

/** The plugin. */
export default {
  meta: { name: 'venue-console-layers' },
  rules: {
    'no-node-builtins': noNodeBuiltins,
    'no-electron': noElectron,
    'electron-named-imports': electronNamedImports,
    'ipc-main-only-in-register': ipcMainOnlyInRegister,
    'electron-imports': electronImports,
    'preload-imports': preloadImports,
    'shared-imports': sharedImports,
    'renderer-imports': rendererImports,
    'no-cross-feature': noCrossFeature,
    'services-imports': servicesImports,
    'cli-imports': cliImports,
    'frozen-migrations': frozenMigrations,
  },
};
