import { memberAt, type MemberColumns } from '../domain/columns';
import type { Member } from '../domain/ledger';
import { countsAmong, relate, type Relations, type StateCounts, stateCounts } from '../domain/relations';
import { LIST_KINDS, type ListKind } from '../domain/types';
import { newestPositions, type RelationshipViews } from '../domain/views';
import { allOrNothing, readTable, type WriteTx } from './list-state';
import { protectedHandles } from './people';
import type { AccountId, LedgerDb, ListRecord } from './schema';

/**
 * Who is in both lists of one account, as the background last worked it out. A page trusts it only
 * while `basis` still names the lists' revisions and `protectedHandles` the protected set it counted
 * out; otherwise the page works the views out itself, so a stale record costs time, never a wrong number.
 */
export interface RelationsRecord extends Relations {
  accountId: AccountId;
  /** The revision of each list these come from; null for a list never stored. */
  basis: Record<ListKind, number | null>;
  counts: StateCounts;
  /** Sorted. */
  protectedHandles: string[];
  /** How many of `counts` are protected accounts, which every view but Protected leaves out. */
  protectedCounts: StateCounts;
  /**
   * The first rows of each current-state view in the review list's default order, protected accounts
   * included: the side panel draws its first screen from them before it has read a million members.
   * Absent when written without the members (a restore) until the lists next change.
   */
  firstRows?: Record<keyof RelationshipViews, Member[]>;
}

/** Rows kept per view for the first screen: a tall panel shows about 20, and protected ones are left out. */
export const FIRST_ROWS = 100;

export interface RelatedList {
  /** In the list's stored order. */
  handles: readonly string[];
  /** The same, whole, when the writer has them: the record then keeps each view's first rows. */
  members?: MemberColumns;
  /** Null when the list was never stored. */
  revision: number | null;
}

/** `relations`, when the writer worked them out from what changed, spare relating both whole lists. */
export function relationsRecord(
  accountId: AccountId,
  lists: Record<ListKind, RelatedList>,
  protectedAccounts: readonly string[],
  relations: Relations = relate(lists.followers.handles, lists.following.handles),
): RelationsRecord {
  const { members: followers } = lists.followers;
  const { members: following } = lists.following;
  const first = (view: keyof RelationshipViews, members: Record<ListKind, MemberColumns>) => {
    const source = view === 'notFollowingBack' ? members.following : members.followers;
    const firstSeen = { followers: members.followers.firstSeen, following: members.following.firstSeen };
    return newestPositions(view, firstSeen, relations, FIRST_ROWS).map((i) => memberAt(source, i));
  };
  return {
    accountId,
    basis: { followers: lists.followers.revision, following: lists.following.revision },
    ...relations,
    counts: stateCounts(relations),
    protectedHandles: [...protectedAccounts].sort(),
    protectedCounts: countsAmong(
      lists.followers.handles,
      lists.following.handles,
      relations,
      new Set(protectedAccounts),
    ),
    ...(followers &&
      following && {
        firstRows: {
          notFollowingBack: first('notFollowingBack', { followers, following }),
          fans: first('fans', { followers, following }),
          mutuals: first('mutuals', { followers, following }),
        },
      }),
  };
}

export function revisionOf(record: ListRecord | undefined | null): number | null {
  return record ? (record.revision ?? 0) : null;
}

/** The stored relations when they were worked out from exactly these revisions of both lists. */
export function currentRelations(
  record: RelationsRecord | undefined,
  lists: Record<ListKind, ListRecord | null | undefined>,
): RelationsRecord | null {
  if (!record) return null;
  return LIST_KINDS.every((list) => record.basis[list] === revisionOf(lists[list])) ? record : null;
}

/** The views' sizes without protected accounts, when the stored relations counted out exactly `protectedAccounts`. */
export function netCounts(
  record: RelationsRecord | null,
  protectedAccounts: readonly string[],
): StateCounts | null {
  if (!record || record.protectedHandles.length !== protectedAccounts.length) return null;
  const sorted = [...protectedAccounts].sort();
  if (sorted.some((handle, i) => handle !== record.protectedHandles[i])) return null;
  const { counts, protectedCounts } = record;
  return {
    notFollowingBack: counts.notFollowingBack - protectedCounts.notFollowingBack,
    fans: counts.fans - protectedCounts.fans,
    mutuals: counts.mutuals - protectedCounts.mutuals,
  };
}

export async function protectedHandlesOf(tx: WriteTx, accountId: AccountId): Promise<string[]> {
  return protectedHandles(
    await tx.objectStore('people').getAll(IDBKeyRange.bound([accountId, ''], [accountId, '\uffff'])),
  );
}

/**
 * Works an account's relations out again from what is stored, in one transaction: after the protected
 * set changed, after a restore, or when a page found them out of date.
 */
export async function refreshRelations(db: LedgerDb, accountId: AccountId): Promise<void> {
  const tx = db.transaction(
    ['lists', 'memberChunks', 'people', 'relations'],
    'readwrite',
  ) as unknown as WriteTx;
  await allOrNothing(tx, async () => {
    const [followers, following, protectedAccounts] = await Promise.all([
      readTable(tx, accountId, 'followers'),
      readTable(tx, accountId, 'following'),
      protectedHandlesOf(tx, accountId),
    ]);
    if (!followers.record && !following.record) return tx.objectStore('relations').delete(accountId);
    const related = (stored: typeof followers): RelatedList => ({
      handles: stored.state.members.handles,
      members: stored.state.members,
      revision: revisionOf(stored.record),
    });
    await tx
      .objectStore('relations')
      .put(
        relationsRecord(
          accountId,
          { followers: related(followers), following: related(following) },
          protectedAccounts,
        ),
      );
  });
}
