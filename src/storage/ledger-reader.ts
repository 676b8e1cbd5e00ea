import type { StoreNames } from 'idb';

import { appendMembers, type MemberColumns } from '../domain/columns';
import type { Member } from '../domain/ledger';
import { relate, type Relations, type StateCounts } from '../domain/relations';
import type { ListKind } from '../domain/types';
import { type EventRecord, eventsOf } from './change-sets';
import { protectedHandles } from './people';
import { currentRelations, netCounts, type RelationsRecord } from './relations';
import { type Rename, takeRenames } from './renames';
import type {
  AccountId,
  AccountRecord,
  CaptureRecord,
  DailyRecord,
  LedgerDb,
  LedgerSchema,
  PersonRecord,
} from './schema';

/** Everything a surface needs to show one account's ledger. */
export interface LedgerSnapshot {
  account: AccountRecord;
  /** The newest capture of each list, finished or still open. */
  lastCapture: Record<ListKind, CaptureRecord | null>;
  /** Newest first, without the changes taken as likely renames. */
  events: EventRecord[];
  /** Likely and confirmed renames, newest first: each stands for one lost and one new change. */
  renames: Rename[];
  /** Oldest first, one point per day. */
  daily: DailyRecord[];
  /** Every capture of both lists, oldest first. */
  captures: CaptureRecord[];
  /** What the user said about people, by handle. */
  people: Map<string, PersonRecord>;
  /** The current-state views' sizes without protected accounts, while the stored relations are current. */
  counts: StateCounts | null;
  /** Null when read without them: the popup shows its counts first and the lists once these arrive. */
  members: LedgerMembers | null;
  /** The first rows of each current-state view, while the stored relations are current and hold them. */
  firstRows?: RelationsRecord['firstRows'];
}

export interface LedgerMembers {
  /** Each list's handles in stored order, read straight from the chunks. */
  handles: Record<ListKind, string[]>;
  /** Built from the chunks on first use, so a view drawn from one list never builds the other. */
  readonly followers: Member[];
  readonly following: Member[];
  relations: Relations;
  /** False when the stored relations were out of date, so these were worked out here. */
  relationsStored: boolean;
}

/** Accounts with the most recently captured first. */
export async function listAccounts(db: LedgerDb): Promise<AccountRecord[]> {
  return (await db.getAll('accounts')).sort((a, b) => b.lastCaptureAt - a.lastCaptureAt);
}

/** The whole ledger of `account` in one transaction; without `members`, everything but the lists themselves. */
export async function readLedger(
  db: LedgerDb,
  account: AccountRecord,
  { members = true } = {},
): Promise<LedgerSnapshot> {
  const stores: StoreNames<LedgerSchema>[] = ['lists', 'relations', 'captures', 'events', 'daily', 'people'];
  // Left out when not wanted, so the counts never wait on a write to the members.
  const tx = db.transaction(members ? [...stores, 'memberChunks'] : stores, 'readonly');
  const captureIndex = tx.objectStore('captures').index('byAccountList');
  const accountRange = IDBKeyRange.bound([account.id, ''], [account.id, '\uffff']);
  const [
    lists,
    relations,
    lastFollowers,
    lastFollowing,
    changeSets,
    daily,
    captures,
    people,
    followers,
    following,
  ] = await Promise.all([
    tx.objectStore('lists').getAll(accountRange),
    tx.objectStore('relations').get(account.id),
    newestCapture(captureIndex, account.id, 'followers'),
    newestCapture(captureIndex, account.id, 'following'),
    tx
      .objectStore('events')
      .index('byAccount')
      .getAll(IDBKeyRange.bound([account.id, 0], [account.id, Infinity])),
    tx.objectStore('daily').getAll(accountRange),
    captureIndex.getAll(accountRange),
    tx.objectStore('people').getAll(accountRange),
    members ? readChunks(tx.objectStore('memberChunks'), account.id, 'followers') : null,
    members ? readChunks(tx.objectStore('memberChunks'), account.id, 'following') : null,
  ]);
  const stored = currentRelations(relations, {
    followers: lists.find((record) => record.list === 'followers'),
    following: lists.find((record) => record.list === 'following'),
  });
  const annotated = new Map(people.map((person) => [person.handle, person]));
  captures.sort((a, b) => a.startedAt - b.startedAt);
  return {
    account,
    lastCapture: { followers: lastFollowers, following: lastFollowing },
    ...takeRenames(eventsOf(changeSets).reverse(), captures, annotated),
    daily,
    captures,
    people: annotated,
    counts: netCounts(stored, protectedHandles(people)),
    firstRows: stored?.firstRows,
    members: followers && following ? membersOf({ followers, following }, stored) : null,
  };
}

function membersOf(chunks: Record<ListKind, MemberColumns[]>, stored: RelationsRecord | null): LedgerMembers {
  const handles = {
    followers: chunks.followers.flatMap((chunk) => chunk.handles),
    following: chunks.following.flatMap((chunk) => chunk.handles),
  };
  // Lengths that disagree would mean the members were written without their relations: never trust those.
  const fits =
    stored &&
    stored.followers.length === handles.followers.length &&
    stored.following.length === handles.following.length;
  const built: Partial<Record<ListKind, Member[]>> = {};
  return {
    handles,
    get followers() {
      return (built.followers ??= chunks.followers.reduce(appendMembers, []));
    },
    get following() {
      return (built.following ??= chunks.following.reduce(appendMembers, []));
    },
    relations: fits ? stored : relate(handles.followers, handles.following),
    relationsStored: Boolean(fits),
  };
}

type ChunkStore = { getAll(range: IDBKeyRange): Promise<MemberColumns[]> };
type CaptureIndex = {
  openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: CaptureRecord } | null>;
};

function readChunks(store: ChunkStore, accountId: AccountId, list: ListKind): Promise<MemberColumns[]> {
  return store.getAll(IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]));
}

async function newestCapture(
  index: CaptureIndex,
  accountId: AccountId,
  list: ListKind,
): Promise<CaptureRecord | null> {
  const cursor = await index.openCursor(
    IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]),
    'prev',
  );
  return cursor?.value ?? null;
}

/** The newest closed capture of a list: it dates the members the ledger holds for that list now. */
export async function newestClosedCapture(
  db: LedgerDb,
  accountId: AccountId,
  list: ListKind,
): Promise<CaptureRecord | null> {
  const range = IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]);
  for (
    let cursor = await db.transaction('captures').store.index('byAccountList').openCursor(range, 'prev');
    cursor;
    cursor = await cursor.continue()
  ) {
    if (cursor.value.status === 'closed') return cursor.value;
  }
  return null;
}

export async function memberHandles(
  db: LedgerDb,
  accountId: AccountId,
  list: ListKind,
): Promise<Set<string>> {
  const chunks = await readChunks(db.transaction('memberChunks').store, accountId, list);
  return new Set(chunks.flatMap((chunk) => chunk.handles));
}

/** What the ledger holds about one account apart from list membership: its changes, newest first, and notes. */
export async function personHistory(db: LedgerDb, accountId: AccountId, handle: string) {
  const [changeSets, person] = await Promise.all([
    db.getAllFromIndex('events', 'byHandle', handle),
    db.get('people', [accountId, handle]),
  ]);
  const ofThisLedger = changeSets.filter((set) => set.accountId === accountId);
  return {
    events: eventsOf(ofThisLedger, handle).sort((a, b) => b.before - a.before),
    person: person ?? null,
  };
}
