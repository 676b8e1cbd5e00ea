import { createCaptureHandler } from '@/src/background/capture-handler';
import { createExtensionPagesHandler } from '@/src/background/extension-pages-handler';
import { createReview } from '@/src/background/review';
import { createToolbar } from '@/src/background/toolbar';
import { openReviewAt } from '@/src/browser/panels';
import { announceToPages } from '@/src/browser/review-tab';
import { replyingListener } from '@/src/messaging/reply';
import { closeAbandonedCaptures } from '@/src/storage/captures';
import { ledgerConnection } from '@/src/storage/connection';
import { explainStorageError } from '@/src/storage/storage-problem';

export default defineBackground(() => {
  const db = ledgerConnection();
  const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
  const toolbar = createToolbar({ db, now: () => Date.now() });
  const review = createReview({ announce: announceToPages, now: () => Date.now() });
  browser.runtime.onMessage.addListener(
    replyingListener(
      createCaptureHandler({ db, self, openReview: openReviewAt, toolbar, review }),
      explainStorageError,
    ),
  );
  browser.runtime.onMessage.addListener(
    replyingListener(createExtensionPagesHandler({ db, self, toolbar, review }), explainStorageError),
  );
  // The worker is stopped when idle; each start finishes captures whose pages went away meanwhile.
  void db().then((ready) => closeAbandonedCaptures(ready, Date.now()));
  // After a browser restart or an update, no page is left that could still send a capture's end.
  const closeOrphanedCaptures = () =>
    void db().then((ready) => closeAbandonedCaptures(ready, Date.now(), true));
  browser.runtime.onStartup.addListener(closeOrphanedCaptures);
  browser.runtime.onInstalled.addListener(closeOrphanedCaptures);
});
