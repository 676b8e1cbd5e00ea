import { browser } from 'wxt/browser';
import { pageQuery, type PageReply } from '../messaging/contract';
import type { SiteAdapter } from '../platforms/site-adapter';

/** Lets the popup ask this tab which account is logged in, so it opens on that account's ledger. */
export function answerPageQueries(adapter: SiteAdapter): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: PageReply) => void) => {
    if (!pageQuery.safeParse(message).success) return false;
    sendResponse({ platform: adapter.platform, me: adapter.loggedInUser(document) });
    return false;
  });
}
