import type { LedgerEvent } from '../domain/ledger';
import type { Row } from '../domain/types';
import { changeSetsOf, eventsOf } from './change-sets';
import { readList, type WriteTx } from './list-state';
import type { AccountId } from './schema';

/**
 * Instagram's `recently_unfollowed_profiles`, as "you unfollowed" changes dated by the download, for
 * accounts the ledger knows (a follower, an annotated account, or one with a change before). Someone
 * still in the following list was followed again since: nothing is recorded. Importing the same
 * download twice records each once.
 */
export async function recordUnfollows(
  tx: WriteTx,
  accountId: AccountId,
  rows: readonly Row[],
): Promise<number> {
  if (!rows.length) return 0;
  const [followers, following] = await Promise.all([
    readList(tx, accountId, 'followers'),
    readList(tx, accountId, 'following'),
  ]);
  const inFollowers = new Set(followers.state.members.map((member) => member.handle));
  const inFollowing = new Set(following.state.members.map((member) => member.handle));
  const events: LedgerEvent[] = [];
  for (const { handle, since } of rows) {
    if (since === undefined || inFollowing.has(handle)) continue;
    const sets = (await tx.objectStore('events').index('byHandle').getAll(handle)).filter(
      (set) => set.accountId === accountId,
    );
    const past = eventsOf(sets, handle);
    if (past.some((event) => event.kind === 'unfollowed' && event.after === since)) continue;
    const known =
      inFollowers.has(handle) ||
      past.length > 0 ||
      (await tx.objectStore('people').getKey([accountId, handle]));
    if (known) events.push({ handle, kind: 'unfollowed', after: since, before: since });
  }
  for (const set of changeSetsOf(accountId, events)) await tx.objectStore('events').add(set);
  return events.length;
}
