import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const pkg = JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string };

/** Libraries only some screens need; each is its own chunk (vendor-*), loaded when a command needs it. */
export const LARGE_LIBRARIES = [
  { chunk: 'vendor-docx', test: /node_modules[\\/](docx|jszip)[\\/]/ },
  { chunk: 'vendor-exceljs', test: /node_modules[\\/]exceljs[\\/]/ },
  // recharts with the dependencies only it uses (use-sync-external-store is shared with wouter: not here).
  {
    chunk: 'vendor-charts',
    test: /node_modules[\\/](recharts|@mantine[\\/]charts|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|victory-vendor|d3-[a-z-]+|internmap)[\\/]/,
  },
  { chunk: 'vendor-backup', test: /node_modules[\\/]dexie-export-import[\\/]/ },
  { chunk: 'vendor-csv', test: /node_modules[\\/]papaparse[\\/]/ },
];

// The project keeps the fixed top-level layout (src-main, src-renderer) instead of electron-vite's
// default src/main, src/preload, src/renderer, so every entry is named here.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        // A sandboxed preload must be one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    // Read by src-renderer/src/platform/appVersion.ts.
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    // The document worker (src/rendering/render.worker.ts) is a module worker: it loads the builders and the
    // packer on demand like the page does, which an IIFE worker bundle cannot.
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // Pages load on demand (app/root/pages.ts); the large libraries get chunks of their own, named so a
      // journey can prove the console and projector windows never load them (e2e/bundle.spec.ts).
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
        output: {
          codeSplitting: {
            // Only the libraries themselves: their shared dependencies (react, dexie) stay in common chunks.
            includeDependenciesRecursively: false,
            groups: [
              ...LARGE_LIBRARIES.map(({ chunk, test }) => ({ name: chunk, test, priority: 2 })),
              // Everything else from node_modules (React, Mantine, Dexie) in one chunk: split across the
              // pages' chunks, Mantine's modules initialised out of order.
              { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
