import type { CaptureMessage } from '../domain/capture';
import { captureMessage, messageType, type SiteQuery, siteQuery } from '../messaging/contract';
import { type CaptureReplies, dispatch, type Handlers, type SiteQueryReplies } from '../messaging/replies';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { closeCapture, recordBatch } from '../storage/captures';
import { settleOwnWords } from '../storage/own-words';
import { type AccountId, accountIdOf, type LedgerDb } from '../storage/schema';
import { createMembership } from './membership';
import type { Review } from './review';
import type { Toolbar } from './toolbar';

/** What a site query is answered from: the ledger of the sender's platform and logged-in user, and its tab. */
interface QueryContext {
  db: () => Promise<LedgerDb>;
  accountId: AccountId;
  tabId: number;
}

/**
 * The background's answer to content scripts: every message is checked for who sent it and for its
 * shape before anything is read or written, and a site tab may only reach the ledger of its own platform.
 */
export function createCaptureHandler(deps: {
  db: () => Promise<LedgerDb>;
  self: { id: string; origin: string };
  /** Opens the review list at one account, for the sender's tab. */
  openReview: (tabId: number, accountId: string, handle: string) => Promise<void>;
  toolbar: Toolbar;
  review: Review;
  now?: () => number;
}) {
  const now = deps.now ?? (() => Date.now());
  const membership = createMembership();
  const queries: Handlers<SiteQuery, SiteQueryReplies, QueryContext> = {
    'ledger.notFollowers': async (query, { db, accountId }) =>
      membership.notFollowers(await db(), accountId, query.handles),
    'ledger.relationship': async (query, { db, accountId }) =>
      membership.relationship(await db(), accountId, query.handle),
    'ledger.review': (query, { accountId, tabId }) => deps.openReview(tabId, accountId, query.handle),
    'ledger.toolbar': (_query, { accountId, tabId }) => deps.toolbar.refresh(tabId, accountId),
    'ledger.reviewHere': async (query, { db, accountId, tabId }) =>
      deps.review.here({ db: await db(), accountId, tabId, handle: query.handle }),
    'ledger.reviewAct': async (query, { db, accountId, tabId }) =>
      deps.review.act({ db: await db(), accountId, tabId, handle: query.handle }, query.action),
  };
  const captures: Handlers<CaptureMessage, CaptureReplies, { db: LedgerDb; tabId: number }> = {
    'capture.batch': (message, { db }) => recordBatch(db, message, now()),
    'capture.end': async (message, { db, tabId }) => {
      const { session } = message;
      const reply = await closeCapture(
        db,
        session,
        { endReached: message.endReached, header: message.header },
        now(),
      );
      // A complete following list settles what the owner said they unfollowed.
      if (reply.complete && session.list === 'following')
        await settleOwnWords(db, accountIdOf(session.platform, session.owner));
      // A closed capture may bring changes or end a reminder: the tab's toolbar button says so at once.
      await deps.toolbar.refresh(tabId, accountIdOf(session.platform, session.owner));
      return reply;
    },
  };
  return (
    raw: unknown,
    senderInfo: SenderInfo,
  ): Promise<SiteQueryReplies[SiteQuery['type']] | CaptureReplies[CaptureMessage['type']]> | null => {
    const type = messageType(raw);
    if (!type?.startsWith('capture.') && !type?.startsWith('ledger.')) return null;
    const sender = classifySender(senderInfo, deps.self);
    if (sender.kind !== 'site') return refuse(sender.kind === 'refused' ? sender.reason : 'not a site page');
    if (type.startsWith('ledger.')) {
      const query = siteQuery.safeParse(raw);
      if (!query.success) return refuse(`malformed ${type} message`);
      if (query.data.platform !== sender.platform)
        return refuse(`a ${sender.platform} page cannot read a ${query.data.platform} ledger`);
      const accountId = accountIdOf(query.data.platform, query.data.owner);
      return dispatch(queries, query.data, { db: deps.db, accountId, tabId: sender.tabId });
    }
    const parsed = captureMessage.safeParse(raw);
    if (!parsed.success) return refuse(`malformed ${type} message`);
    const message = parsed.data;
    if (message.session.platform !== sender.platform) {
      return refuse(`a ${sender.platform} page cannot write a ${message.session.platform} ledger`);
    }
    return deps.db().then((db) => dispatch(captures, message, { db, tabId: sender.tabId }));
  };
}

function refuse(reason: string): Promise<never> {
  return Promise.reject(new Error(`Refused: ${reason}`));
}
