import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';

/** Puts the app's Content Security Policy into the built page (file: URLs get no response headers). */
function cspMeta(): Plugin {
  return {
    name: 'venue-console-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        // frame-ancestors only works as a header (the app sends it); browsers ignore it in a meta tag.
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/; frame-ancestors [^;]*/, '')}" />`,
      ),
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
          'batch-worker': resolve(__dirname, 'services/batch/encoder-worker.ts'),
          'batch-writer': resolve(__dirname, 'services/batch/writer-worker.ts'),
          'batch-reader': resolve(__dirname, 'services/batch/reader-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads must be one CommonJS file with their dependencies bundled.
      externalizeDeps: false,
      rollupOptions: {
        input: { console: resolve(__dirname, 'electron/preload/console.ts') },
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
      rollupOptions: { input: { console: resolve(__dirname, 'renderer/console/index.html') } },
    },
  },
});
