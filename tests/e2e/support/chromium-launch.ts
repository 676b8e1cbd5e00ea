import { expect } from '@playwright/test';
import puppeteer from 'puppeteer-core';

import { withExtension } from './chromium';
import { BUILDS, type LaunchedBrowser } from './launched-browser';

/** Chromium over CDP, with the unpacked extension loaded as the Playwright specs load it. */
export async function launchChromium(): Promise<LaunchedBrowser> {
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
      // Gone, even if the next event has already started a new one.
      await expect
        .poll(async () => (await cdp.send('Target.getTargets')).targetInfos.map((info) => info.targetId))
        .not.toContain(worker?.targetId);
      await cdp.detach();
    },
    backgroundRunning: workerRunning,
    async closeReviewPanel() {
      for (const target of browser.targets()) {
        if (target.url().startsWith(url('sidepanel.html'))) await (await target.asPage()).close();
      }
    },
    async reviewPanel(selector) {
      // The newest: a panel pointed at one tab opens beside the window's own.
      const target = browser
        .targets()
        .filter((candidate) => candidate.url().startsWith(url('sidepanel.html')))
        .at(-1);
      const panel = await target?.asPage();
      if (!panel) return null;
      return {
        url: panel.url(),
        labels: await panel.$$eval(selector, (found) =>
          found.map((element) => element.getAttribute('aria-label') ?? element.textContent ?? ''),
        ),
      };
    },
    async setSiteAccess(allowed) {
      // What chrome://extensions' "Site access" choice calls: "On all sites" or "On click".
      const page = await browser.newPage();
      await page.goto(`chrome://extensions/?id=${id}`);
      await page.evaluate(
        (extensionId, hostAccess) =>
          (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.updateExtensionConfiguration({
            extensionId,
            hostAccess,
          }),
        id,
        allowed ? 'ON_ALL_SITES' : 'ON_CLICK',
      );
      await page.close();
    },
  };
}

/** chrome://extensions' own API. */
interface DeveloperPrivate {
  chrome: {
    developerPrivate: {
      updateExtensionConfiguration(update: { extensionId: string; hostAccess: string }): Promise<void>;
    };
  };
}
