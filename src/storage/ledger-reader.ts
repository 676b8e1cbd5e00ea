import type { Member } from '../domain/ledger';
import type { ListKind } from '../domain/types';
import { appendMembers, type MemberColumns } from './columns';
import { eventsOf, type EventRecord } from './change-sets';
import type { AccountId, AccountRecord, CaptureRecord, DailyRecord, LedgerDb, PersonRecord } from './schema';

/** Everything a surface needs to show one account's ledger. */
export interface LedgerSnapshot {
  account: AccountRecord;
  followers: Member[];
  following: Member[];
  /** The newest capture of each list, finished or still open. */
  lastCapture: Record<ListKind, CaptureRecord | null>;
  /** Newest first. */
  events: EventRecord[];
  /** Oldest first, one point per day. */
  daily: DailyRecord[];
  /** Every capture of both lists, oldest first. */
  captures: CaptureRecord[];
  /** What the user said about people, by handle. */
  people: Map<string, PersonRecord>;
}

/** Accounts with the most recently captured first. */
export async function listAccounts(db: LedgerDb): Promise<AccountRecord[]> {
  return (await db.getAll('accounts')).sort((a, b) => b.lastCaptureAt - a.lastCaptureAt);
}

export async function readLedger(db: LedgerDb, account: AccountRecord): Promise<LedgerSnapshot> {
  const tx = db.transaction(['memberChunks', 'captures', 'events', 'daily', 'people'], 'readonly');
  const [followers, following, lastFollowers, lastFollowing, changeSets, daily, captures, people] = await Promise.all([
    readMembers(tx.objectStore('memberChunks'), account.id, 'followers'),
    readMembers(tx.objectStore('memberChunks'), account.id, 'following'),
    newestCapture(tx.objectStore('captures').index('byAccountList'), account.id, 'followers'),
    newestCapture(tx.objectStore('captures').index('byAccountList'), account.id, 'following'),
    tx.objectStore('events').index('byAccount').getAll(IDBKeyRange.bound([account.id, 0], [account.id, Infinity])),
    tx.objectStore('daily').getAll(IDBKeyRange.bound([account.id, ''], [account.id, '\uffff'])),
    tx.objectStore('captures').index('byAccountList').getAll(IDBKeyRange.bound([account.id, ''], [account.id, '\uffff'])),
    tx.objectStore('people').getAll(IDBKeyRange.bound([account.id, ''], [account.id, '\uffff'])),
  ]);
  return {
    account,
    followers,
    following,
    lastCapture: { followers: lastFollowers, following: lastFollowing },
    events: eventsOf(changeSets).reverse(),
    daily,
    captures: captures.sort((a, b) => a.startedAt - b.startedAt),
    people: new Map(people.map((person) => [person.handle, person])),
  };
}

type ChunkStore = { getAll(range: IDBKeyRange): Promise<MemberColumns[]> };
type CaptureIndex = { openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: CaptureRecord } | null> };

function readChunks(store: ChunkStore, accountId: AccountId, list: ListKind): Promise<MemberColumns[]> {
  return store.getAll(IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]));
}

async function readMembers(store: ChunkStore, accountId: AccountId, list: ListKind): Promise<Member[]> {
  return (await readChunks(store, accountId, list)).reduce(appendMembers, []);
}

async function newestCapture(index: CaptureIndex, accountId: AccountId, list: ListKind): Promise<CaptureRecord | null> {
  const cursor = await index.openCursor(IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]), 'prev');
  return cursor?.value ?? null;
}

/** The newest closed capture of a list: it dates the members the ledger holds for that list now. */
export async function newestClosedCapture(db: LedgerDb, accountId: AccountId, list: ListKind): Promise<CaptureRecord | null> {
  const range = IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]);
  for (let cursor = await db.transaction('captures').store.index('byAccountList').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    if (cursor.value.status === 'closed') return cursor.value;
  }
  return null;
}

export async function memberHandles(db: LedgerDb, accountId: AccountId, list: ListKind): Promise<Set<string>> {
  const chunks = await readChunks(db.transaction('memberChunks').store, accountId, list);
  return new Set(chunks.flatMap((chunk) => chunk.handles));
}

/** What the ledger holds about one account apart from list membership: its changes, newest first, and notes. */
export async function personHistory(db: LedgerDb, accountId: AccountId, handle: string) {
  const [changeSets, person] = await Promise.all([db.getAllFromIndex('events', 'byHandle', handle), db.get('people', [accountId, handle])]);
  const ofThisLedger = changeSets.filter((set) => set.accountId === accountId);
  return { events: eventsOf(ofThisLedger, handle).sort((a, b) => b.before - a.before), person: person ?? null };
}
