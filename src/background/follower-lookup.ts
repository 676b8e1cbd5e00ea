import { followerHandles, newestFollowersCapture } from '../storage/ledger-reader';
import type { AccountId, LedgerDb } from '../storage/schema';

/**
 * Answers "which of these are not my followers?" for rows as the user scrolls. The followers set is
 * kept between questions and read again only when a newer followers capture has closed; a worker
 * that restarts just reads it again.
 */
export function createFollowerLookup() {
  let cached: { accountId: AccountId; captureId: string; followers: Set<string> } | null = null;
  return async (db: LedgerDb, accountId: AccountId, handles: string[]): Promise<string[] | null> => {
    const captureId = await newestFollowersCapture(db, accountId);
    if (!captureId) return null;
    if (cached?.accountId !== accountId || cached.captureId !== captureId) {
      cached = { accountId, captureId, followers: await followerHandles(db, accountId) };
    }
    const { followers } = cached;
    return handles.filter((handle) => !followers.has(handle));
  };
}
