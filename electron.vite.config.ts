import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { PAGE_CSP } from './electron/main/security';
import { THREAD_ENTRIES } from './services/threads/thread-entries';

/** Puts each page's own Content Security Policy into its built HTML (the app:// protocol also sends it as a header). */
function cspMeta(): Plugin {
  return {
    name: 'venue-console-csp-meta',
    apply: 'build',
    transformIndexHtml: (html, ctx) => {
      const page = ctx.path.split('/').at(-2);
      if (page !== 'console' && page !== 'scanner') throw new Error(`No CSP for page ${ctx.path}`);
      // frame-ancestors only works as a header (the app sends it); browsers ignore it in a meta tag.
      const csp = PAGE_CSP[page].replace(/; frame-ancestors [^;]*/, '');
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          cli: resolve(__dirname, 'cli/index.ts'),
          authority: resolve(__dirname, 'cli/authority/index.ts'),
          // Worker threads, declared once (the code that starts them finds out/main/<name>.js).
          ...Object.fromEntries(Object.entries(THREAD_ENTRIES).map(([name, entry]) => [name, resolve(__dirname, entry)])),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must each be one CommonJS file with their dependencies bundled: no shared chunks.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { console: resolve(__dirname, 'electron/preload/console.ts'), scanner: resolve(__dirname, 'electron/preload/scanner.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      rollupOptions: {
        input: { console: resolve(__dirname, 'renderer/console/index.html'), scanner: resolve(__dirname, 'renderer/scanner/index.html') },
      },
    },
  },
});
