import { browser } from 'wxt/browser';

import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import type { ReviewMoved } from '../messaging/contract';
import { openSiteTabs } from './site-tabs';

/**
 * The tab a review one by one runs in: the current tab of the panel's window, or, when the review
 * list is itself that tab, a tab where the account is logged in; a new tab only when there is none.
 */
export async function reviewTab(platform: Platform, owner: string): Promise<number> {
  const [self, [active]] = await Promise.all([
    browser.tabs.getCurrent(),
    browser.tabs.query({ active: true, currentWindow: true }),
  ]);
  if (active?.id !== undefined && active.id !== self?.id) return active.id;
  const site = (await openSiteTabs()).find(({ site }) => site.platform === platform && site.me === owner);
  if (site) return site.tabId;
  const created = await browser.tabs.create({});
  return created.id!;
}

/** Takes the review's tab to a profile: the person's click, in a tab the review already owns. */
export async function showProfile(tabId: number, platform: Platform, handle: string): Promise<void> {
  await browser.tabs.update(tabId, { url: profileUrl(platform, handle), active: true });
}

/** Tells the open extension pages (the side panel) that the review moved; none open is fine. */
export function announceToPages(moved: ReviewMoved): void {
  browser.runtime.sendMessage(moved).catch(() => undefined);
}
