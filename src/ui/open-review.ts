import { browser } from 'wxt/browser';

interface PanelApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the review list where the browser keeps panels: Chrome's side panel, Firefox's sidebar, else a
 * tab. Both panel APIs demand a user gesture, so nothing is awaited before they are called.
 */
export async function openReviewList(windowId: number | undefined): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel && windowId !== undefined) return apis.sidePanel.open({ windowId });
  if (apis.sidebarAction) return apis.sidebarAction.open();
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}
