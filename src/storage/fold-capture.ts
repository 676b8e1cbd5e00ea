import type { CaptureVerdict } from '../domain/capture-rules';
import { dailyPoint } from '../domain/daily';
import { friendEvents } from '../domain/friends';
import { applyCapture, type LedgerEvent, type ListState, type Member } from '../domain/ledger';
import type { CountReading, ListKind, Row } from '../domain/types';
import { handlesOf } from '../domain/views';
import { translatable, TranslatableError } from '../i18n/translatable';
import { type ChangedAccount, changeSetsOf } from './change-sets';
import { readList, writeList, type WriteTx } from './list-state';
import { protectedHandlesOf, type RelatedList, relationsRecord, revisionOf } from './relations';
import type { AccountId } from './schema';

export interface FinishedRows {
  accountId: AccountId;
  owner: string;
  list: ListKind;
  rows: Row[];
  header: CountReading | null;
  verdict: CaptureVerdict;
  at: number;
  /** A capture whose page went away, dated by its last batch: older than a complete capture, it proves nothing. */
  mayBeStale?: boolean;
}

/** When a list's state was last true: its newest capture, partial or complete. */
function stateDate(state: ListState): number | null {
  let newest = state.baselineAt;
  for (const member of state.members)
    if (newest === null || member.lastSeen > newest) newest = member.lastSeen;
  return newest;
}

/**
 * Folds a finished capture's rows into its list inside `tx`: the new state, the changes it proves, the
 * relations between the two lists and the day's sizes. A capture dated before the state it would be
 * compared against is refused: applied, it would date changes backwards, or (complete) drop everyone
 * who came since. The owner is never their own follower, whatever a page or a download lists.
 */
export async function foldCapture(tx: WriteTx, input: FinishedRows): Promise<number> {
  const { accountId, list, at, verdict } = input;
  const otherList: ListKind = list === 'followers' ? 'following' : 'followers';
  const [current, other] = await Promise.all([
    readList(tx, accountId, list),
    readList(tx, accountId, otherList),
  ]);
  const known = stateDate(current.state);
  let rows = input.rows.some((row) => row.handle === input.owner)
    ? input.rows.filter((row) => row.handle !== input.owner)
    : input.rows;
  if (input.mayBeStale) {
    // A later complete capture already knows the truth; presence older than it would only mislead.
    if (current.state.baselineAt !== null && current.state.baselineAt > at) rows = [];
  } else if (known !== null && known > at) {
    throw new TranslatableError(
      translatable(list === 'followers' ? 'captureOlderThanFollowers' : 'captureOlderThanFollowing', {
        capture: new Date(at).toISOString().slice(0, 10),
        known: new Date(known).toISOString().slice(0, 10),
      }),
    );
  }
  const { next, events } = applyCapture(current.state, {
    list,
    endedAt: at,
    rows,
    header: input.header,
    ...verdict,
  });
  // Friendships can only be said to start or end against a list the ledger has seen whole.
  const allEvents = [
    ...events,
    ...friendEvents(
      list,
      events,
      other.state.baselineAt === null ? new Set() : inList(other.state.members, events),
    ),
  ];

  const revision = await writeList(tx, accountId, list, next, verdict.complete ? at : null);
  const nameless = namelessLeavers(current.state.members, events);
  const who = changedAccounts([current.state.members, next.members], events);
  for (const set of changeSetsOf(accountId, allEvents, nameless, who))
    await tx.objectStore('events').add(set);
  const written: RelatedList = { handles: handlesOf(next.members), members: next.members, revision };
  const unchanged: RelatedList = {
    handles: handlesOf(other.state.members),
    members: other.state.members,
    revision: revisionOf(other.record),
  };
  const lists =
    list === 'followers'
      ? { followers: written, following: unchanged }
      : { followers: unchanged, following: written };
  const relations = relationsRecord(accountId, lists, await protectedHandlesOf(tx, accountId));
  await tx.objectStore('relations').put(relations);
  const sizes = { [list]: next.members, [otherList]: other.record ? other.state.members : null } as Record<
    ListKind,
    Member[] | null
  >;
  await tx
    .objectStore('daily')
    .put({ ...dailyPoint(at, sizes.followers, sizes.following, relations), accountId });
  return rows.length;
}

/** Which of the changed handles are in `members`: the few changed handles are looked up, not the whole list hashed. */
function inList(members: readonly Member[], events: readonly LedgerEvent[]): Set<string> {
  const changed = new Set(events.map((event) => event.handle));
  const found = new Set<string>();
  if (changed.size) for (const member of members) if (changed.has(member.handle)) found.add(member.handle);
  return found;
}

/** Who left without any capture having shown their display name: looked up for the few who left only. */
function namelessLeavers(members: readonly Member[], events: readonly LedgerEvent[]): Set<string> {
  const left = new Set(events.filter((event) => event.kind === 'lost-follower').map((event) => event.handle));
  const nameless = new Set<string>();
  if (left.size)
    for (const member of members)
      if (left.has(member.handle) && !member.displayName) nameless.add(member.handle);
  return nameless;
}

/**
 * Name and first sighting of the few accounts that changed, kept with their changes: a leaver is gone
 * from the list afterwards, and a rename is told by them (rename-pairing.ts).
 */
function changedAccounts(
  lists: readonly (readonly Member[])[],
  events: readonly LedgerEvent[],
): Map<string, ChangedAccount> {
  const changed = new Set(events.map((event) => event.handle));
  const found = new Map<string, ChangedAccount>();
  if (changed.size)
    for (const members of lists)
      for (const member of members)
        if (changed.has(member.handle) && !found.has(member.handle))
          found.set(member.handle, { displayName: member.displayName, firstSeen: member.firstSeen });
  return found;
}
