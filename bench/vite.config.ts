import { defineConfig } from 'vite';

/** Bundles the benchmark's page half (bench/page/main.ts) into one script for a plain test page. */
export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: 'bench/.dist',
    emptyOutDir: true,
    lib: {
      entry: 'bench/page/main.ts',
      formats: ['iife'],
      name: 'followLedgerBench',
      fileName: () => 'bench.js',
    },
  },
});
