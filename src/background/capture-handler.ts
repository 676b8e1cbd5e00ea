import { captureMessage, messageType, siteQuery } from '../messaging/contract';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { closeCapture, recordBatch } from '../storage/captures';
import { accountIdOf, type LedgerDb } from '../storage/schema';
import { createMembership } from './membership';

/**
 * The background's answer to content scripts: every message is checked for who sent it and for its
 * shape before anything is read or written, and a page may only reach the ledger of its own platform.
 */
export function createCaptureHandler(deps: {
  db: () => Promise<LedgerDb>;
  self: { id: string; origin: string };
  /** Opens the review list at one account, for the sender's tab. */
  openReview: (tabId: number, accountId: string, handle: string) => Promise<void>;
  now?: () => number;
}) {
  const now = deps.now ?? (() => Date.now());
  const membership = createMembership();
  return (raw: unknown, senderInfo: SenderInfo): Promise<unknown> | null => {
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
      const asked = query.data;
      if (asked.type === 'ledger.review') return deps.openReview(sender.tabId, accountId, asked.handle);
      return deps
        .db()
        .then((db): Promise<unknown> =>
          asked.type === 'ledger.notFollowers'
            ? membership.notFollowers(db, accountId, asked.handles)
            : membership.relationship(db, accountId, asked.handle),
        );
    }
    const parsed = captureMessage.safeParse(raw);
    if (!parsed.success) return refuse(`malformed ${type} message`);
    const message = parsed.data;
    if (message.session.platform !== sender.platform) {
      return refuse(`a ${sender.platform} page cannot write a ${message.session.platform} ledger`);
    }
    return deps
      .db()
      .then((db) =>
        message.type === 'capture.batch'
          ? recordBatch(db, message, now())
          : closeCapture(
              db,
              message.session,
              { endReached: message.endReached, header: message.header },
              now(),
            ),
      );
  };
}

function refuse(reason: string): Promise<never> {
  return Promise.reject(new Error(`Refused: ${reason}`));
}
