import { browser } from 'wxt/browser';

import { siteTabQuery, type SiteTabReply } from '../messaging/contract';
import type { SiteAdapter } from '../platforms/site-adapter';
import type { UnreadableList } from './list-watch';

/**
 * Lets the popup ask this tab which account is logged in, so it opens on that account's ledger, and
 * whether the list open here can't be read.
 */
export function answerSiteTabQueries(adapter: SiteAdapter, unreadable: () => UnreadableList | null): void {
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender, sendResponse: (reply: SiteTabReply) => void) => {
      if (!siteTabQuery.safeParse(message).success) return false;
      sendResponse({
        platform: adapter.platform,
        me: adapter.loggedInUser(document),
        unreadable: unreadable() ?? undefined,
      });
      return false;
    },
  );
}
