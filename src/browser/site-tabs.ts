import { browser } from 'wxt/browser';

import { PLATFORM_ORIGINS } from '../domain/platforms';
import { type SiteTabReply, siteTabReply } from '../messaging/contract';

/** Asks a site tab's content script who is logged in there; null when none answers. */
export async function askSiteTab(tabId: number): Promise<SiteTabReply | null> {
  try {
    const parsed = siteTabReply.safeParse(await browser.tabs.sendMessage(tabId, { type: 'tab.whoami' }));
    return parsed.success ? parsed.data : null;
  } catch {
    // The site tab was open before the extension was installed: no content script to answer.
    return null;
  }
}

/** Every open Instagram and TikTok tab with its logged-in account (the host permissions show their URLs). */
export async function openSiteTabs(): Promise<{ tabId: number; site: SiteTabReply }[]> {
  const tabs = await browser.tabs.query({
    url: Object.values(PLATFORM_ORIGINS).map((origin) => `${origin}/*`),
  });
  const answers = await Promise.all(
    tabs.map(async (tab) =>
      tab.id === undefined ? null : { tabId: tab.id, site: await askSiteTab(tab.id) },
    ),
  );
  return answers.flatMap((answer) => (answer?.site?.me ? [{ tabId: answer.tabId, site: answer.site }] : []));
}
