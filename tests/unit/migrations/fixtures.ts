import { appendMembers, appendRows, type MemberColumns, type RowColumns } from '../../../src/domain/columns';
import { eventsOf } from '../../../src/storage/change-sets';
import type { LedgerDb } from '../../../src/storage/schema';

/**
 * Ledgers as each schema version really stored them, written record by record in that version's
 * shapes (not through today's code), and a reading of every record that is the same whatever shape
 * a version stores it in.
 */

let dbCount = 0;
export const freshName = () => `migration-test-${dbCount++}`;

export const ACCOUNT = 'instagram:me';

/** Writes a record of an older shape, which today's store types don't describe. */
const putOld = (db: LedgerDb, store: string, value: object) => db.put(store as never, value as never);

/** What a v1 ledger held, in v1's record shapes: one account with both lists captured, a closed capture with an event, an open one with a batch. */
export async function fillV1(db: LedgerDb): Promise<void> {
  const member = (handle: string) => ({ handle, firstSeen: 1, lastSeen: 2 });
  await putOld(db, 'accounts', {
    id: ACCOUNT,
    platform: 'instagram',
    handle: 'me',
    firstCaptureAt: 1,
    lastCaptureAt: Date.UTC(2026, 10, 3, 12),
  });
  await putOld(db, 'lists', {
    accountId: ACCOUNT,
    list: 'followers',
    baselineAt: 2,
    baselineHeader: { value: 3, unit: 1 },
    chunkCount: 1,
    size: 3,
  });
  await putOld(db, 'lists', {
    accountId: ACCOUNT,
    list: 'following',
    baselineAt: 2,
    baselineHeader: { value: 2, unit: 1 },
    chunkCount: 1,
    size: 2,
  });
  await putOld(db, 'memberChunks', {
    accountId: ACCOUNT,
    list: 'followers',
    index: 0,
    members: [
      ...['a', 'b'].map(member),
      { ...member('c'), displayName: 'Cé', verified: true, missingSince: 2 },
    ],
  });
  await putOld(db, 'memberChunks', {
    accountId: ACCOUNT,
    list: 'following',
    index: 0,
    members: ['c', 'd'].map(member),
  });
  await putOld(db, 'captures', {
    id: 'c1',
    accountId: ACCOUNT,
    list: 'followers',
    startedAt: 1,
    updatedAt: 2,
    endedAt: 2,
    read: 3,
    header: { value: 3, unit: 1 },
    endReached: true,
    complete: true,
    status: 'closed',
  });
  await putOld(db, 'events', {
    accountId: ACCOUNT,
    captureId: 'c1',
    handle: 'x',
    kind: 'lost-follower',
    after: 1,
    before: 2,
  });
  await putOld(db, 'captures', {
    id: 'c2',
    accountId: ACCOUNT,
    list: 'following',
    startedAt: 3,
    updatedAt: 3,
    endedAt: null,
    read: 1,
    header: null,
    endReached: false,
    complete: false,
    status: 'open',
  });
  await putOld(db, 'batches', {
    captureId: 'c2',
    seq: 0,
    rows: [{ handle: 'e', displayName: 'E', verified: false, since: 1 }],
  });
}

/** A v2 ledger: v1's records, a daily history of two days, and a checkpoint. */
export async function fillV2(db: LedgerDb): Promise<void> {
  await fillV1(db);
  const day = (date: string, followers: number) => ({
    accountId: ACCOUNT,
    date,
    followers,
    following: 2,
    mutuals: 1,
  });
  await putOld(db, 'daily', day('2026-11-02', 4));
  await putOld(db, 'daily', day('2026-11-03', 3));
  await putOld(db, 'checkpoints', { accountId: ACCOUNT, list: 'followers', at: 2, handles: ['a', 'b', 'c'] });
}

/** A v3 (and v4) ledger: v2's, with annotations on people and a tag set the user edited. */
export async function fillV3(db: LedgerDb): Promise<void> {
  await fillV2(db);
  await putOld(db, 'people', {
    accountId: ACCOUNT,
    handle: 'd',
    protected: true,
    reviewedAt: 5,
    note: 'met at the fair',
    tags: ['partner'],
  });
  await putOld(db, 'people', { accountId: ACCOUNT, handle: 'gone', tags: ['customer'] });
  await putOld(db, 'settings', { key: 'tags', value: ['partner', 'customer', 'wholesale'] });
}

/**
 * A v5 ledger: v3's content in v5's shapes, as version 5 first wrote them: members and batches
 * column-wise in plain arrays, events as one change set per capture, lists without a revision.
 */
export async function fillV5(db: LedgerDb): Promise<void> {
  await fillV3(db);
  await db.clear('memberChunks');
  await db.clear('batches');
  await db.clear('events');
  await putOld(db, 'memberChunks', {
    accountId: ACCOUNT,
    list: 'followers',
    index: 0,
    handles: ['a', 'b', 'c'],
    names: ['', '', 'Cé'],
    verified: [0, 0, 1],
    firstSeen: [1, 1, 1],
    lastSeen: [2, 2, 2],
    missingSince: [0, 0, 2],
  });
  await putOld(db, 'memberChunks', {
    accountId: ACCOUNT,
    list: 'following',
    index: 0,
    handles: ['c', 'd'],
    names: ['', ''],
    verified: [0, 0],
    firstSeen: [1, 1],
    lastSeen: [2, 2],
    missingSince: [0, 0],
  });
  await putOld(db, 'batches', {
    captureId: 'c2',
    seq: 0,
    handles: ['e'],
    names: ['E'],
    verified: [0],
    since: [1],
  });
  await db.add('events', {
    accountId: ACCOUNT,
    before: 2,
    handles: ['x'],
    kinds: ['lost-follower'],
    afters: [1],
    endedBy: [''],
  });
}

const PLAIN_STORES = [
  'accounts',
  'lists',
  'captures',
  'daily',
  'checkpoints',
  'people',
  'settings',
  'relations',
];

/**
 * Every record's content, whatever shape its version stores it in: version 5 stores members and rows
 * column-wise and events without the capture id that their end time already names.
 */
export async function everything(db: LedgerDb) {
  const columnar = db.version >= 5;
  const members = (await db.getAll('memberChunks')).map(({ accountId, list, index, ...chunk }) => ({
    accountId,
    list,
    index,
    members: columnar
      ? appendMembers([], chunk as MemberColumns)
      : (chunk as unknown as { members: unknown[] }).members,
  }));
  const batches = (await db.getAll('batches')).map(({ captureId, seq, ...batch }) => ({
    captureId,
    seq,
    rows: columnar ? appendRows([], batch as RowColumns) : (batch as unknown as { rows: unknown[] }).rows,
  }));
  const stored = await db.getAll('events');
  const events = columnar
    ? eventsOf(stored)
    : (stored as unknown as { id: number; captureId: string }[]).map(
        ({ id: _id, captureId: _named, ...event }) => event,
      );
  const present = PLAIN_STORES.filter((store) => db.objectStoreNames.contains(store as never));
  const rest = Object.fromEntries(
    await Promise.all(present.map(async (store) => [store, await db.getAll(store as never)])),
  );
  return { ...rest, members, batches, events } as Record<string, unknown>;
}

/** The stores that `before` held, as `after` holds them: what an upgrade must keep. */
export function kept(after: Record<string, unknown>, before: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(before).map((store) => [store, after[store]]));
}
