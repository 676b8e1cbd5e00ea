import { defineConfig } from 'wxt';

// Extension pages load only their own files: no remote script, style, image or connection.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "img-src 'self' data:",
].join('; ');

export default defineConfig({
  srcDir: '.',
  // Firefox too: WXT would otherwise build Firefox as MV2.
  manifestVersion: 3,
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from public/_locales.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No API permission: IndexedDB needs none, and nothing else is used.
    permissions: [],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing is collected. Firefox reads this key from 140 (Android: 142), so those are the minimums.
            gecko: {
              id: 'follow-ledger@follow-ledger.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Firefox's review builds from the sources zip: it holds what `npm ci && npm run build:firefox` needs
    // (WXT already leaves out node_modules, dotfiles, .output and test files) and none of the rest.
    excludeSources: [
      'tests/**',
      'bench/**',
      'demo/**',
      'scripts/**',
      'docs/**',
      'playwright.config.ts',
      'vitest.config.ts',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      '**/*.log',
    ],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
