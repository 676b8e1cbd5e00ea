import type { CaptureVerdict } from '../domain/capture-rules';
import type { MemberColumns, RowColumns } from '../domain/columns';
import { dailyPoint } from '../domain/daily';
import { friendEvents } from '../domain/friends';
import { HandleIndex } from '../domain/handle-index';
import { applyCapture, type LedgerEvent, type ListTableState } from '../domain/ledger';
import { relate, relateChanged, type Relations } from '../domain/relations';
import type { CountReading, ListKind } from '../domain/types';
import { translatable, TranslatableError } from '../i18n/translatable';
import { type ChangedAccount, changeSetsOf } from './change-sets';
import { readTable, writeList, type WriteTx } from './list-state';
import {
  currentRelations,
  protectedHandlesOf,
  type RelatedList,
  relationsRecord,
  revisionOf,
} from './relations';
import type { AccountId, ListRecord } from './schema';

export interface FinishedRows {
  accountId: AccountId;
  owner: string;
  list: ListKind;
  /** Every row read, duplicates included. */
  rows: RowColumns;
  /** The accounts read, each once (`indexRows`); the owner is taken out of it. */
  rowAt: HandleIndex;
  header: CountReading | null;
  verdict: CaptureVerdict;
  at: number;
  /** A capture whose page went away, dated by its last batch: older than a complete capture, it proves nothing. */
  mayBeStale?: boolean;
}

const otherListOf = (list: ListKind): ListKind => (list === 'followers' ? 'following' : 'followers');

/**
 * What a fold reads: both lists and their relations. A close asks for them before it reads its own
 * rows, so the database fetches the lists while the rows are indexed.
 */
export function readFoldInputs(tx: WriteTx, accountId: AccountId, list: ListKind) {
  return Promise.all([
    readTable(tx, accountId, list),
    readTable(tx, accountId, otherListOf(list)),
    tx.objectStore('relations').get(accountId),
  ]);
}

/** When a list's state was last true: its newest capture, partial or complete. */
function stateDate(state: ListTableState): number | null {
  let newest = state.baselineAt;
  for (const lastSeen of state.members.lastSeen) if (newest === null || lastSeen > newest) newest = lastSeen;
  return newest;
}

/**
 * Folds a finished capture's rows into its list inside `tx`: the new state, the changes it proves, the
 * relations between the two lists and the day's sizes. A capture dated before the state it would be
 * compared against is refused: applied, it would date changes backwards, or (complete) drop everyone
 * who came since. The owner is never their own follower, whatever a page or a download lists.
 * Returns how many accounts it took.
 */
export async function foldCapture(
  tx: WriteTx,
  input: FinishedRows,
  read = readFoldInputs(tx, input.accountId, input.list),
): Promise<number> {
  const { accountId, list, at, verdict } = input;
  const otherList = otherListOf(list);
  const [current, other, stored] = await read;
  const known = stateDate(current.state);
  let rowAt = input.rowAt;
  rowAt.delete(input.owner);
  if (input.mayBeStale) {
    // A later complete capture already knows the truth; presence older than it would only mislead.
    if (current.state.baselineAt !== null && current.state.baselineAt > at) rowAt = new HandleIndex([]);
  } else if (known !== null && known > at) {
    throw new TranslatableError(
      translatable(list === 'followers' ? 'captureOlderThanFollowers' : 'captureOlderThanFollowing', {
        capture: new Date(at).toISOString().slice(0, 10),
        known: new Date(known).toISOString().slice(0, 10),
      }),
    );
  }
  const { next, events, moved } = applyCapture(current.state, {
    list,
    endedAt: at,
    rows: input.rows,
    rowAt,
    header: input.header,
    ...verdict,
  });
  const { relations, inOther } = relateFolded(
    list,
    currentRelations(stored, { [list]: current.record, [otherList]: other.record } as Record<
      ListKind,
      ListRecord | null
    >),
    { previous: current.state.members.handles, moved, handles: next.members.handles },
    other.state.members.handles,
    events,
  );
  // Friendships can only be said to start or end against a list the ledger has seen whole.
  const allEvents = [
    ...events,
    ...friendEvents(list, events, other.state.baselineAt === null ? new Set() : inOther),
  ];

  const revision = await writeList(tx, accountId, list, next, verdict.complete ? at : null);
  const nameless = namelessLeavers(current.state.members, events);
  const who = changedAccounts([current.state.members, next.members], events);
  for (const set of changeSetsOf(accountId, allEvents, nameless, who))
    await tx.objectStore('events').add(set);
  const written: RelatedList = { handles: next.members.handles, members: next.members, revision };
  const unchanged: RelatedList = {
    handles: other.state.members.handles,
    members: other.state.members,
    revision: revisionOf(other.record),
  };
  const lists =
    list === 'followers'
      ? { followers: written, following: unchanged }
      : { followers: unchanged, following: written };
  const record = relationsRecord(accountId, lists, await protectedHandlesOf(tx, accountId), relations);
  await tx.objectStore('relations').put(record);
  const size = (related: RelatedList) => (related.revision === null ? null : related.handles.length);
  await tx
    .objectStore('daily')
    .put({ ...dailyPoint(at, size(lists.followers), size(lists.following), record), accountId });
  return rowAt.size;
}

/**
 * Who is in both lists after the fold, and which changed handles are in the other list: from what
 * changed when the stored relations were those of the lists before it, else from both whole lists.
 */
function relateFolded(
  list: ListKind,
  before: Relations | null,
  change: { previous: readonly string[]; moved: Int32Array; handles: readonly string[] },
  other: readonly string[],
  events: readonly LedgerEvent[],
): { relations: Relations; inOther: ReadonlySet<string> } {
  const followersChanged = list === 'followers';
  if (before) {
    const related = relateChanged(
      followersChanged
        ? { changed: before.followers, other: before.following }
        : { changed: before.following, other: before.followers },
      change,
      other,
    );
    const relations = followersChanged
      ? { followers: related.changed, following: related.other }
      : { followers: related.other, following: related.changed };
    return { relations, inOther: related.inOther };
  }
  const relations = followersChanged ? relate(change.handles, other) : relate(other, change.handles);
  const changed = new Set(events.map((event) => event.handle));
  const inOther = new Set<string>();
  if (changed.size) for (const handle of other) if (changed.has(handle)) inOther.add(handle);
  return { relations, inOther };
}

/** Who left without any capture having shown their display name: looked up for the few who left only. */
function namelessLeavers(members: MemberColumns, events: readonly LedgerEvent[]): Set<string> {
  const left = new Set(events.filter((event) => event.kind === 'lost-follower').map((event) => event.handle));
  const nameless = new Set<string>();
  if (left.size)
    for (let i = 0; i < members.handles.length; i++)
      if (!members.names[i] && left.has(members.handles[i])) nameless.add(members.handles[i]);
  return nameless;
}

/**
 * Name and first sighting of the few accounts that changed, kept with their changes: a leaver is gone
 * from the list afterwards, and a rename is told by them (rename-pairing.ts).
 */
function changedAccounts(
  lists: readonly MemberColumns[],
  events: readonly LedgerEvent[],
): Map<string, ChangedAccount> {
  const changed = new Set(events.map((event) => event.handle));
  const found = new Map<string, ChangedAccount>();
  if (changed.size)
    for (const members of lists)
      for (let i = 0; i < members.handles.length; i++) {
        const handle = members.handles[i];
        if (!changed.has(handle) || found.has(handle)) continue;
        found.set(handle, { displayName: members.names[i] || undefined, firstSeen: members.firstSeen[i] });
      }
  return found;
}
