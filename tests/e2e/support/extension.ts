import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { type BrowserContext, chromium, expect, type Page, test as base } from '@playwright/test';

import { withExtension } from './chromium';

const EXTENSION_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../.output/chrome-mv3',
);

/**
 * A real Chromium with the built, unpacked extension loaded; the tests' and the demo's. `userDataDir` is
 * the profile ('' for a fresh temporary one; a test that restarts the browser passes its own).
 */
export function launchWithExtension(
  options: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    uiLanguage?: string;
    userDataDir?: string;
  } = {},
): Promise<BrowserContext> {
  const { headless = true, viewport = { width: 1200, height: 800 }, uiLanguage, userDataDir = '' } = options;
  return chromium.launchPersistentContext(userDataDir, {
    ...withExtension(EXTENSION_DIR, uiLanguage),
    headless,
    viewport,
  });
}

/** The id Chromium gave the unpacked extension, read from its background worker's URL. */
export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

export interface ExtensionFixtures {
  /** The browser's language ("de"): English unless a spec says `test.use({ uiLanguage })`. */
  uiLanguage: string;
  context: BrowserContext;
  extensionId: string;
  /** Opens the popup as a page, as a person would see it after clicking the toolbar icon. */
  openPopup: () => Promise<Page>;
}

/** A fresh profile for every test. */
export const test = base.extend<ExtensionFixtures>({
  uiLanguage: ['en-US', { option: true }],
  context: async ({ uiLanguage }, use) => {
    const context = await launchWithExtension({ uiLanguage });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';

/** The URLs of every open tab, as the extension's worker sees them (tabs it opened included). */
export async function openTabUrls(context: BrowserContext): Promise<(string | undefined)[]> {
  const worker = context.serviceWorkers()[0];
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> } };
    };
    return (await chrome.tabs.query({})).map((tab) => tab.url || tab.pendingUrl);
  });
}

/**
 * Opens the popup over `page`, as the toolbar button does: the popup's current tab is that page. (A popup
 * opened as a page of its own would be its own current tab.) It is opened as a background tab beside it.
 */
export async function openPopupOver(page: Page, extensionId: string): Promise<Page> {
  await page.bringToFront();
  const context = page.context();
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    context.serviceWorkers()[0].evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { create(options: object): Promise<unknown> } };
      };
      await chrome.tabs.create({ url, active: false });
    }, `chrome-extension://${extensionId}/popup.html`),
  ]);
  await popup.waitForLoadState();
  return popup;
}

/**
 * Reloads the extension from chrome://extensions, as a developer does (an update from the store has the
 * same effect on open pages). Developer mode goes on first: without it this Chromium disables a reloaded
 * unpacked extension ("unsupported developer extension"), which is also what chrome.runtime.reload() gets.
 */
export async function reloadExtension(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  const developerMode = page.getByRole('switch', { name: 'Developer mode' });
  if ((await developerMode.getAttribute('aria-pressed')) !== 'true') await developerMode.click();
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('switch', { name: 'On, extension enabled' }).first()).toBeChecked();
  await page.close();
}
