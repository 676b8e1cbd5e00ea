import { browser } from 'wxt/browser';

/** The panel APIs, which only one browser each has: Chrome's side panel, Firefox's sidebar. */
interface PanelApis {
  sidePanel?: {
    open(options: { windowId?: number; tabId?: number }): Promise<void>;
    setOptions(options: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  };
  sidebarAction?: {
    open(): Promise<void>;
    isOpen(details: object): Promise<boolean>;
    setPanel(details: { panel: string; tabId?: number }): Promise<void>;
  };
}
const apis = browser as unknown as PanelApis;

/**
 * Opens the review list where the browser keeps panels, else in a tab. Both panel APIs demand a user
 * gesture, so nothing is awaited before they are called.
 */
export async function openReviewList(windowId: number | undefined): Promise<void> {
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** Opens the review list on one account, beside the tab whose badge was clicked. */
export async function openReviewAt(tabId: number, accountId: string, handle: string): Promise<void> {
  const page =
    `/sidepanel.html?${new URLSearchParams({ account: accountId, view: 'everyone', search: handle })}` as const;
  if (apis.sidePanel) {
    const pointed = apis.sidePanel.setOptions({ tabId, path: page.slice(1), enabled: true });
    await apis.sidePanel.open({ tabId });
    return pointed;
  }
  if (apis.sidebarAction) {
    const { sidebarAction } = apis;
    const pointed = sidebarAction.setPanel({ tabId, panel: browser.runtime.getURL(page) });
    // Firefox opens its sidebar only from a click in its own UI, and a click on the page's badge reaches
    // the background as a message: an open sidebar now shows the account, a closed one gives way to a tab.
    await sidebarAction.open().catch(async () => {
      if (!(await sidebarAction.isOpen({}))) await browser.tabs.create({ url: browser.runtime.getURL(page) });
    });
    return pointed;
  }
  await browser.tabs.create({ url: browser.runtime.getURL(page) });
}
