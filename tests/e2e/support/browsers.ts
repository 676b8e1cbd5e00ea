import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { expect } from '@playwright/test';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

import { withExtension } from './chromium';
import { requireBrowser } from './installed-browsers';
import type { MockResponder, MockSiteHost } from './mock-site';

/**
 * Everything that differs between the browsers a shared spec runs in lives here: how each is started
 * with the built extension, how a test reaches the extension's pages, and how its background is stopped.
 * Both are driven through Puppeteer (Chromium over CDP, Firefox over WebDriver BiDi), so a spec's steps
 * are the same Puppeteer calls in both.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface ExtensionBrowser extends MockSiteHost {
  name: BrowserName;
  browser: Browser;
  /** A new tab in which the mock sites are served at their real addresses. */
  newTab(): Promise<Page>;
  /** One of the extension's own pages ("popup.html", "options.html") in a tab of its own. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** The popup over `page`, as the toolbar button opens it: `page` stays the active tab. */
  openPopupOver(page: Page): Promise<Page>;
  /** Stops the extension's background now, whatever it is doing, as the browser stops an idle one. */
  stopBackground(): Promise<void>;
  /** Whether the extension's background is running now (it starts again on the next event). */
  backgroundRunning(): Promise<boolean>;
  close(): Promise<void>;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILDS: Record<BrowserName, string> = {
  chromium: path.join(ROOT, '.output/chrome-mv3'),
  firefox: path.join(ROOT, '.output/firefox-mv3'),
};

export async function launchExtensionBrowser(name: BrowserName): Promise<ExtensionBrowser> {
  const executablePath = requireBrowser(name);
  const launched = name === 'firefox' ? await launchFirefox(executablePath) : await launchChromium();
  const sites = new Map<string, MockResponder>();
  const extensionBrowser: ExtensionBrowser = {
    name,
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
      const opened = new Promise<Page>((resolve) =>
        launched.browser.on('targetcreated', (target) => void target.page().then((p) => p && resolve(p))),
      );
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

interface Launched {
  browser: Browser;
  url(pathAndQuery: string): string;
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  stopBackground(): Promise<void>;
  backgroundRunning(): Promise<boolean>;
}

/**
 * Firefox ESR over WebDriver BiDi. The extension gets a fixed internal UUID (Firefox's
 * `extensions.webextensions.uuids` preference), so its pages have known addresses. BiDi refuses to
 * navigate a tab to an extension page unless the remote agent is allowed system access; with it, the
 * page loads in a normal tab as if typed into the address bar, and the test can ask the browser itself
 * to stop the extension's event page, as about:debugging's "Terminate background script" does.
 */
const FIREFOX_ID = 'follow-ledger@follow-ledger.app';
const FIREFOX_UUID = '5f0c1e2d-4b3a-4c69-8d7e-0a1b2c3d4e5f';
/** The extension as Firefox's parent process holds it (an expression for inFirefoxChrome). */
const FIREFOX_EXTENSION = `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs')
  .ExtensionParent.GlobalManager.getExtension(${JSON.stringify(FIREFOX_ID)})`;

async function launchFirefox(executablePath: string): Promise<Launched> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      'intl.locale.requested': 'en-US',
    },
  });
  await browser.installExtension(BUILDS.firefox);
  const url = (pathAndQuery: string) => `moz-extension://${FIREFOX_UUID}/${pathAndQuery}`;
  const bidi = bidiOf(browser);
  return {
    browser,
    url,
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      // Puppeteer's own goto loses track of the tab when Firefox moves it to the extension's process.
      await bidi.send('browsingContext.navigate', {
        // Puppeteer's frame id is the tab's BiDi browsing context id (not public API).
        context: (page.mainFrame() as unknown as { _id: string })._id,
        url: url(pathAndQuery),
        wait: 'complete',
      });
      await page.waitForFunction((expected) => location.href === expected, {}, url(pathAndQuery));
      return page;
    },
    async stopBackground() {
      await inFirefoxChrome(browser, `${FIREFOX_EXTENSION}.terminateBackground()`);
    },
    async backgroundRunning() {
      return (await inFirefoxChrome(browser, `${FIREFOX_EXTENSION}.backgroundState`)) === 'running';
    },
  };
}

/** Runs `expression` in the browser window's own (privileged) scope and returns its JSON value. */
export async function inFirefoxChrome(browser: Browser, expression: string): Promise<unknown> {
  const bidi = bidiOf(browser);
  const { result: tree } = await bidi.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const { result } = await bidi.send('script.evaluate', {
    target: { context: tree.contexts[0].context },
    expression,
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(`In Firefox's chrome: ${result.exceptionDetails?.text}`);
  return result.result?.value;
}

/** The raw WebDriver BiDi commands these tests need beyond Puppeteer's API (untyped there). */
interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{
    result: {
      contexts: { context: string }[];
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
  }>;
}

function bidiOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** Chromium over CDP, with the unpacked extension loaded as the Playwright specs load it. */
async function launchChromium(): Promise<Launched> {
  const options = withExtension(BUILDS.chromium);
  const browser = await puppeteer.launch({
    executablePath: options.executablePath,
    headless: true,
    args: options.args,
    env: options.env,
    enableExtensions: true,
  });
  const worker = await browser.waitForTarget(
    (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
  );
  const id = new URL(worker.url()).host;
  const url = (pathAndQuery: string) => `chrome-extension://${id}/${pathAndQuery}`;
  const workerRunning = async () => {
    const cdp = await browser.target().createCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    return targetInfos.some((info) => info.type === 'service_worker' && info.url.startsWith(url('')));
  };
  return {
    browser,
    url,
    async openExtensionPage(pathAndQuery) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 800 });
      await page.goto(url(pathAndQuery));
      return page;
    },
    async stopBackground() {
      // As Chrome stops an idle worker: the DevTools protocol closes its target.
      const cdp = await browser.target().createCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find(
        (info) => info.type === 'service_worker' && info.url.startsWith(url('')),
      );
      if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      await cdp.detach();
      await expect.poll(workerRunning).toBe(false);
    },
    backgroundRunning: workerRunning,
  };
}
