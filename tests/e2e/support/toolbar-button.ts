import type { Page } from '@playwright/test';

/**
 * What the toolbar button shows over `page`'s tab: its badge text and its title, as the browser holds
 * them for that tab (asked through the extension's worker: Playwright can't see the browser's toolbar).
 */
export async function toolbarButton(page: Page): Promise<{ text: string; title: string }> {
  const worker = page.context().serviceWorkers()[0];
  return worker.evaluate(async (url) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
        action: {
          getBadgeText(d: { tabId: number }): Promise<string>;
          getTitle(d: { tabId: number }): Promise<string>;
        };
      };
    };
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
    if (tab?.id === undefined) throw new Error(`No tab at ${url}`);
    const [text, title] = await Promise.all([
      chrome.action.getBadgeText({ tabId: tab.id }),
      chrome.action.getTitle({ tabId: tab.id }),
    ]);
    return { text, title };
  }, page.url());
}

export const badgeText = async (page: Page) => (await toolbarButton(page)).text;
