import { accessSync, constants } from 'node:fs';

import { CHROMIUM } from './chromium';

/** Where each browser the end-to-end tests drive is looked for, and how to get it on Debian. */
const BROWSERS = {
  chromium: {
    path: CHROMIUM,
    variable: 'CHROMIUM_PATH',
    install: 'apt-get update && apt-get install -y chromium chromium-l10n',
  },
  firefox: {
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    variable: 'FIREFOX_PATH',
    install: 'apt-get update && apt-get install -y firefox-esr',
  },
} as const;

/**
 * The path of `name`'s executable, or an error that says which browser is missing and how to install
 * it, instead of a launch failure deep inside Playwright or Puppeteer.
 */
export function requireBrowser(name: keyof typeof BROWSERS): string {
  const browser = BROWSERS[name];
  try {
    accessSync(browser.path, constants.X_OK);
    return browser.path;
  } catch {
    throw new Error(
      `The end-to-end tests need ${name}, which is not at ${browser.path}. ` +
        `Install it (Debian: \`${browser.install}\`) or point ${browser.variable} at it.`,
    );
  }
}
