import { createBadgeHost } from '@/src/content/badge-host';
import { createBatchSender } from '@/src/content/batch-sender';
import { startCaptureController } from '@/src/content/capture-controller';
import { OVERLAY_WITHOUT_EXTENSION } from '@/src/content/Overlay';
import { createOverlayHost } from '@/src/content/overlay-host';
import { watchPage } from '@/src/content/page-changes';
import { startProfileBadge } from '@/src/content/profile-badge';
import { reviewBarActions } from '@/src/content/review-bar-actions';
import { answerSiteTabQueries } from '@/src/content/site-tab-queries';
import { startToolbarSync } from '@/src/content/toolbar-sync';
import { keepMessages } from '@/src/i18n/translate';
import type { SiteQuery } from '@/src/messaging/contract';
import { asker, type SiteQueryReplies } from '@/src/messaging/replies';
import { adapterForHost } from '@/src/platforms/adapters';

export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  // Each part brings its styles inline (see overlay-host): no stylesheet the page could probe for.
  cssInjectionMode: 'manual',
  main(ctx) {
    const adapter = adapterForHost(location.host);
    if (!adapter) return;
    keepMessages(OVERLAY_WITHOUT_EXTENSION);
    const isConnected = () => browser.runtime?.id !== undefined;
    const ask = asker<SiteQuery, SiteQueryReplies>((query) => browser.runtime.sendMessage(query));
    const send = createBatchSender((message) => browser.runtime.sendMessage(message), isConnected);
    const page = watchPage(document);
    const capture = startCaptureController({
      adapter,
      win: window,
      send,
      showOverlay: createOverlayHost(ctx),
      askNotFollowers: ask,
      listen: page.listen,
    });
    const openReview = (handle: string) => {
      const owner = adapter.loggedInUser(document);
      if (owner) void ask({ type: 'ledger.review', platform: adapter.platform, owner, handle });
    };
    const show = createBadgeHost(ctx, openReview, reviewBarActions(adapter, window, ask));
    const badge = startProfileBadge({ adapter, win: window, ask, show, listen: page.listen });
    const toolbar = startToolbarSync({ adapter, win: window, ask, listen: page.listen });
    ctx.onInvalidated(() => {
      capture.stop();
      badge.stop();
      toolbar.stop();
      page.stop();
    });
    answerSiteTabQueries(adapter, capture.unreadable);
  },
});
