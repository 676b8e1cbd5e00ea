import type { ListKind } from '../domain/types';
import type { Relationship } from '../messaging/contract';
import { memberHandles, newestClosedCapture, personHistory } from '../storage/ledger-reader';
import type { AccountId, LedgerDb } from '../storage/schema';

/**
 * Answers questions about list membership while the user browses. Each list's members are kept
 * between questions and read again only when a newer capture of that list has closed; a worker that
 * restarts simply reads them again.
 */
export function createMembership() {
  const cache = new Map<string, { captureId: string; handles: Set<string> }>();

  async function members(db: LedgerDb, accountId: AccountId, list: ListKind) {
    const capture = await newestClosedCapture(db, accountId, list);
    if (!capture) return { capture: null, handles: null };
    const key = `${accountId} ${list}`;
    let entry = cache.get(key);
    if (entry?.captureId !== capture.id) {
      entry = { captureId: capture.id, handles: await memberHandles(db, accountId, list) };
      cache.set(key, entry);
    }
    return { capture, handles: entry.handles };
  }

  return {
    /** Which of `handles` are not followers; null while the followers were never captured. */
    async notFollowers(db: LedgerDb, accountId: AccountId, handles: string[]): Promise<string[] | null> {
      const followers = (await members(db, accountId, 'followers')).handles;
      return followers ? handles.filter((handle) => !followers.has(handle)) : null;
    },

    async relationship(db: LedgerDb, accountId: AccountId, handle: string): Promise<Relationship> {
      const [followers, following, history] = await Promise.all([
        members(db, accountId, 'followers'),
        members(db, accountId, 'following'),
        personHistory(db, accountId, handle),
      ]);
      const capture = followers.capture;
      return {
        followsMe: followers.handles ? followers.handles.has(handle) : null,
        iFollow: following.handles ? following.handles.has(handle) : null,
        followers: capture && {
          complete: capture.complete,
          read: capture.read,
          header: capture.header,
          endedAt: capture.endedAt,
        },
        lastChange: history.events[0] ?? null,
        person: history.person && {
          protected: Boolean(history.person.protected),
          hasNote: Boolean(history.person.note),
          tagged: Boolean(history.person.tags?.length),
        },
      };
    },
  };
}
