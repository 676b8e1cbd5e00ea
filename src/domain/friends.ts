import type { LedgerEvent } from './ledger';
import type { ListKind } from './types';

/**
 * Changes to the mutuals (F ∩ G) that one list's changes imply, given who is in the other list now.
 * Someone who starts following you while you follow them becomes a friend in the same window; a friend
 * who leaves either list ends the friendship, and the list says who ended it.
 */
export function friendEvents(
  list: ListKind,
  events: readonly LedgerEvent[],
  otherList: ReadonlySet<string>,
): LedgerEvent[] {
  const friendEventsFound: LedgerEvent[] = [];
  const endedBy = list === 'followers' ? 'them' : 'me';
  for (const event of events) {
    if (!otherList.has(event.handle)) continue;
    const window = { handle: event.handle, after: event.after, before: event.before };
    if (event.kind === 'new-follower' || event.kind === 'followed')
      friendEventsFound.push({ ...window, kind: 'new-friend' });
    if (event.kind === 'lost-follower' || event.kind === 'unfollowed') {
      friendEventsFound.push({ ...window, kind: 'lost-friend', endedBy });
    }
  }
  return friendEventsFound;
}
