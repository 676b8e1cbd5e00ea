import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { BUILDS, type LaunchedBrowser, type ReviewPanel, SITE_PATTERNS } from './launched-browser';

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

export async function launchFirefox(executablePath: string): Promise<LaunchedBrowser> {
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
  async function openExtensionPage(pathAndQuery: string) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    // Puppeteer's own goto loses track of the tab when Firefox moves it to the extension's process.
    await bidi.send('browsingContext.navigate', {
      context: contextOf(page),
      url: url(pathAndQuery),
      wait: 'complete',
    });
    await page.waitForFunction((expected) => location.href === expected, {}, url(pathAndQuery));
    return page;
  }
  let reader: string | undefined;
  async function sidebarReader(): Promise<string> {
    if (reader) return reader;
    const { result } = await bidi.send('browsingContext.create', { type: 'tab', background: true });
    await bidi.send('browsingContext.navigate', {
      context: result.context,
      url: url('popup.html'),
      wait: 'complete',
    });
    return (reader = result.context);
  }
  return {
    browser,
    url,
    openExtensionPage,
    async stopBackground() {
      await inFirefoxChrome(browser, `${FIREFOX_EXTENSION}.terminateBackground()`);
    },
    async backgroundRunning() {
      return (await inFirefoxChrome(browser, `${FIREFOX_EXTENSION}.backgroundState`)) === 'running';
    },
    async closeReviewPanel() {
      await inFirefoxChrome(browser, 'SidebarController.hide()');
    },
    async reviewPanel(selector) {
      if (!(await inFirefoxChrome(browser, 'SidebarController.isOpen'))) return null;
      // The sidebar is no tab BiDi can reach, but it is an extension page in the extension's process:
      // another of its pages finds it among the extension's views, as the extension itself could. That
      // page is a background tab, since the sidebar shows the panel of the tab in front.
      const { result } = await bidi.send('script.evaluate', {
        target: { context: await sidebarReader() },
        expression: `JSON.stringify((${readSidebar})(${JSON.stringify(selector)}))`,
        awaitPromise: false,
      });
      return JSON.parse(String(result.result?.value)) as ReviewPanel | null;
    },
    async setSiteAccess(allowed) {
      // What about:addons' permission toggles call.
      await inFirefoxChrome(
        browser,
        `ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs').ExtensionPermissions
          .${allowed ? 'add' : 'remove'}(${JSON.stringify(FIREFOX_ID)},
            { permissions: [], origins: ${JSON.stringify(SITE_PATTERNS)} }, ${FIREFOX_EXTENSION})`,
      );
    },
  };
}

/** Runs in an extension page: what the sidebar shows. */
function readSidebar(selector: string): ReviewPanel | null {
  const { extension } = (
    globalThis as unknown as { browser: { extension: { getViews(filter: { type: 'sidebar' }): Window[] } } }
  ).browser;
  // The newest: a sidebar that changed page is a new view; the old one may linger a moment.
  const view = extension.getViews({ type: 'sidebar' }).at(-1);
  if (!view) return null;
  return {
    url: view.location.href,
    labels: [...view.document.querySelectorAll(selector)].map(
      (element) => element.getAttribute('aria-label') ?? element.textContent ?? '',
    ),
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

/** The tab's BiDi browsing context: Puppeteer's frame id (not public API). */
export function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** The raw WebDriver BiDi commands these tests need beyond Puppeteer's API (untyped there). */
interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{
    result: {
      context: string;
      contexts: { context: string }[];
      type: string;
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
  }>;
}

export function bidiOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}
