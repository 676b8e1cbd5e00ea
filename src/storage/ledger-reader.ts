import type { Member } from '../domain/ledger';
import type { ListKind } from '../domain/types';
import type { AccountId, AccountRecord, CaptureRecord, DailyRecord, EventRecord, LedgerDb, PersonRecord } from './schema';

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
  const [followers, following, lastFollowers, lastFollowing, events, daily, captures, people] = await Promise.all([
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
    events: events.reverse(),
    daily,
    captures: captures.sort((a, b) => a.startedAt - b.startedAt),
    people: new Map(people.map((person) => [person.handle, person])),
  };
}

type ChunkStore = { getAll(range: IDBKeyRange): Promise<{ members: Member[] }[]> };
type CaptureIndex = { openCursor(range: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: CaptureRecord } | null> };

async function readMembers(store: ChunkStore, accountId: AccountId, list: ListKind): Promise<Member[]> {
  const chunks = await store.getAll(IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]));
  return chunks.flatMap((chunk) => chunk.members);
}

async function newestCapture(index: CaptureIndex, accountId: AccountId, list: ListKind): Promise<CaptureRecord | null> {
  const cursor = await index.openCursor(IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]), 'prev');
  return cursor?.value ?? null;
}

/** The newest closed followers capture, which dates the followers set the ledger holds now. */
export async function newestFollowersCapture(db: LedgerDb, accountId: AccountId): Promise<string | null> {
  const range = IDBKeyRange.bound([accountId, 'followers', 0], [accountId, 'followers', Infinity]);
  for (let cursor = await db.transaction('captures').store.index('byAccountList').openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    if (cursor.value.status === 'closed') return cursor.value.id;
  }
  return null;
}

export async function followerHandles(db: LedgerDb, accountId: AccountId): Promise<Set<string>> {
  const members = await readMembers(db.transaction('memberChunks').store, accountId, 'followers');
  return new Set(members.map((member) => member.handle));
}
