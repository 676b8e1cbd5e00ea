import { browser } from 'wxt/browser';

/**
 * The sites Follow Ledger reads, and whether the browser lets it. Firefox treats an MV3 extension's host
 * permissions as optional: the person may withhold them at install or take them back later, and Chrome
 * lets them be restricted to "on click". Without them no content script runs, so nothing is read; the
 * extension's pages say so and offer to ask.
 */
function sitePatterns(): string[] {
  return browser.runtime.getManifest().host_permissions ?? [];
}

/** The site patterns the browser withholds now ("https://www.instagram.com/*"). */
export async function withheldSites(): Promise<string[]> {
  const patterns = sitePatterns();
  const allowed = await Promise.all(
    patterns.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return patterns.filter((_, index) => !allowed[index]);
}

/**
 * Asks the browser for the withheld sites. Both browsers demand a user gesture for this, so it must be
 * called straight from a click, with nothing awaited before it.
 */
export function requestSites(patterns: string[]): Promise<boolean> {
  return browser.permissions.request({ origins: patterns });
}

/** "www.instagram.com" from "https://www.instagram.com/*". */
export const hostOf = (pattern: string) => pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
