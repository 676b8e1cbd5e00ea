import { test as base } from '@playwright/test';

import { type BrowserName, type ExtensionBrowser, launchExtensionBrowser } from './browsers';

/**
 * The test function of the specs in tests/e2e/shared/, which run unchanged in every browser a Playwright
 * project names (`use: { extensionBrowser: 'firefox' }`): a fresh browser with the built extension for
 * every test.
 */
export const test = base.extend<{ extensionBrowser: BrowserName; ext: ExtensionBrowser }>({
  extensionBrowser: ['firefox', { option: true }],
  ext: async ({ extensionBrowser }, use) => {
    const ext = await launchExtensionBrowser(extensionBrowser);
    await use(ext);
    await ext.close();
  },
});

export { expect } from '@playwright/test';
