import { messageType, peopleMessage } from '../messaging/contract';
import { classifySender, type SenderInfo } from '../messaging/sender';
import { annotatePeople, writeTags } from '../storage/people';
import type { LedgerDb } from '../storage/schema';

/** The background's answer to extension pages that annotate people: only the extension's own pages may. */
export function createPeopleHandler(deps: { db: () => Promise<LedgerDb>; self: { id: string; origin: string }; now?: () => number }) {
  const now = deps.now ?? (() => Date.now());
  return (raw: unknown, senderInfo: SenderInfo): Promise<unknown> | null => {
    const type = messageType(raw);
    if (!type?.startsWith('people.') && !type?.startsWith('tags.')) return null;
    if (classifySender(senderInfo, deps.self).kind !== 'extension-page') {
      return Promise.reject(new Error('Refused: only Follow Ledger pages can change annotations'));
    }
    const parsed = peopleMessage.safeParse(raw);
    if (!parsed.success) return Promise.reject(new Error(`Refused: malformed ${type} message`));
    const message = parsed.data;
    return deps.db().then((db): Promise<unknown> =>
      message.type === 'tags.set'
        ? writeTags(db, message.tags)
        : annotatePeople(db, message.accountId, message.handles, message.change, now()),
    );
  };
}
