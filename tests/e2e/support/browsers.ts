import type { Browser, HTTPRequest, Page, Target } from 'puppeteer-core';

import { launchChromium } from './chromium-launch';
import { launchFirefox } from './firefox-launch';
import { requireBrowser } from './installed-browsers';
import type { ReviewPanel } from './launched-browser';
import type { MockResponder, MockSiteHost } from './mock-site';

/**
 * Everything that differs between the browsers a shared spec runs in is behind this interface (the
 * launchers, firefox-launch.ts and chromium-launch.ts, do it each its own way): how each is started with
 * the built extension, how a test reaches the extension's pages, and how its background is stopped.
 * Both are driven through Puppeteer (Chromium over CDP, Firefox over WebDriver BiDi), so a spec's steps
 * are the same Puppeteer calls in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser extends MockSiteHost {
  browser: Browser;
  /** A new tab in which the mock sites are served at their real addresses. */
  newTab(): Promise<Page>;
  /** One of the extension's own pages ("popup.html", "options.html") in a tab of its own. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** The popup over `page`, as the toolbar button opens it: `page` stays the active tab. */
  openPopupOver(page: Page): Promise<Page>;
  /** Stops the extension's background now, whatever it is doing, as the browser stops an idle one. */
  stopBackground(): Promise<void>;
  /**
   * Takes the extension's access to the sites away, as the person does in the browser's extension
   * settings (Firefox: about:addons › Permissions; Chrome: Site access). `true` gives it back.
   */
  setSiteAccess(allowed: boolean): Promise<void>;
  /**
   * What the browser's own panel shows (Firefox's sidebar, Chrome's side panel), or null when it shows
   * none of the extension's pages: for each element matching `selector`, its aria-label, else its text.
   */
  reviewPanel(selector: string): Promise<ReviewPanel | null>;
  /** Closes the browser's panel (Firefox opens an extension's sidebar when it is installed). */
  closeReviewPanel(): Promise<void>;
  /** Whether the extension's background is running now (it starts again on the next event). */
  backgroundRunning(): Promise<boolean>;
  close(): Promise<void>;
}

export async function launchExtensionBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser(name);
  const launched = name === 'firefox' ? await launchFirefox(executablePath) : await launchChromium();
  const sites = new Map<string, MockResponder>();
  const extensionBrowser: ExtensionBrowser = {
    browser: launched.browser,
    async serveSite(origin, respond) {
      sites.set(origin, respond);
    },
    async newTab() {
      const page = await launched.browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      await page.setRequestInterception(true);
      page.on('request', (request) => void answer(request, sites));
      return page;
    },
    openExtensionPage: launched.openExtensionPage,
    async openPopupOver(page) {
      await page.bringToFront();
      // The extension itself opens the popup in a background tab, so the site's tab stays the current one.
      const launcher = await launched.openExtensionPage('popup.html');
      const opened = new Promise<Page>((resolve) => {
        const onTarget = (target: Target) =>
          void target.page().then((tab) => {
            if (!tab) return;
            launched.browser.off('targetcreated', onTarget);
            resolve(tab);
          });
        launched.browser.on('targetcreated', onTarget);
      });
      await launcher.evaluate(
        (url) => void (globalThis as unknown as ExtensionGlobals).chrome.tabs.create({ url, active: false }),
        launched.url('popup.html'),
      );
      const popup = await opened;
      await launcher.close();
      await popup.waitForFunction(() => document.readyState === 'complete' && location.protocol !== 'about:');
      // It has read which tab is current; in front, a background tab's clicks and observers work again.
      await popup.bringToFront();
      return popup;
    },
    stopBackground: launched.stopBackground,
    backgroundRunning: launched.backgroundRunning,
    setSiteAccess: launched.setSiteAccess,
    reviewPanel: launched.reviewPanel,
    closeReviewPanel: launched.closeReviewPanel,
    close: () => launched.browser.close(),
  };
  return extensionBrowser;
}

interface ExtensionGlobals {
  chrome: { tabs: { create(options: { url: string; active: boolean }): Promise<unknown> } };
}

function answer(request: HTTPRequest, sites: Map<string, MockResponder>): Promise<void> {
  const url = request.url();
  const respond = url.startsWith('https://') ? sites.get(new URL(url).origin) : undefined;
  if (!respond) {
    // Only the mock sites are served; any other web address is refused so nothing leaves the machine.
    return url.startsWith('https://') || url.startsWith('http://') ? request.abort() : request.continue();
  }
  // Firefox's BiDi has no resource types: a navigation request is a page load.
  return request.respond(respond(url, request.isNavigationRequest()));
}
