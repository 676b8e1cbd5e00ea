import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { relationshipViews } from '../../src/domain/views';
import { type EventRecord, eventsOf } from '../../src/storage/change-sets';
import { appendMembers, appendRows, type MemberColumns, type RowColumns } from '../../src/storage/columns';
import { listAccounts, readLedger } from '../../src/storage/ledger-reader';
import { refreshRelations } from '../../src/storage/relations';
import { DB_VERSION, type LedgerDb, MIGRATIONS, openLedgerDb } from '../../src/storage/schema';

let dbCount = 0;
const freshName = () => `migration-test-${dbCount++}`;

/** What a v1 ledger held, in v1's record shapes: one account with both lists captured, a closed capture with an event, an open one with a batch. */
async function fillV1(db: LedgerDb): Promise<void> {
  const put = (store: 'memberChunks' | 'batches' | 'events', value: object) => db.put(store, value as never);
  const accountId = 'instagram:me';
  const member = (handle: string) => ({ handle, firstSeen: 1, lastSeen: 2 });
  await db.put('accounts', {
    id: accountId,
    platform: 'instagram',
    handle: 'me',
    firstCaptureAt: 1,
    lastCaptureAt: Date.UTC(2026, 10, 3, 12),
  });
  await db.put('lists', {
    accountId,
    list: 'followers',
    baselineAt: 2,
    baselineHeader: { value: 3, unit: 1 },
    chunkCount: 1,
    size: 3,
  });
  await db.put('lists', {
    accountId,
    list: 'following',
    baselineAt: 2,
    baselineHeader: { value: 2, unit: 1 },
    chunkCount: 1,
    size: 2,
  });
  await put('memberChunks', {
    accountId,
    list: 'followers',
    index: 0,
    members: [
      ...['a', 'b'].map(member),
      { ...member('c'), displayName: 'Cé', verified: true, missingSince: 2 },
    ],
  });
  await put('memberChunks', { accountId, list: 'following', index: 0, members: ['c', 'd'].map(member) });
  await db.put('captures', {
    id: 'c1',
    accountId,
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
  await put('events', {
    accountId,
    captureId: 'c1',
    handle: 'x',
    kind: 'lost-follower',
    after: 1,
    before: 2,
  });
  await db.put('captures', {
    id: 'c2',
    accountId,
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
  await put('batches', {
    captureId: 'c2',
    seq: 0,
    rows: [{ handle: 'e', displayName: 'E', verified: false, since: 1 }],
  });
}

/**
 * Every record's content, whatever shape its version stores it in: version 5 stores members and rows
 * column-wise and events without the capture id that their end time already names.
 */
async function everything(db: LedgerDb) {
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
    : (stored as unknown as (EventRecord & { id: number; captureId: string })[]).map(
        ({ id: _id, captureId: _named, ...event }) => event,
      );
  const stores = ['accounts', 'lists', 'captures'] as const;
  const rest = Object.fromEntries(
    await Promise.all(stores.map(async (store) => [store, await db.getAll(store)])),
  );
  return { ...rest, members, batches, events };
}

describe('schema migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(DB_VERSION).toBe(6);
  });

  it('v1 creates the ledger stores and their indexes', async () => {
    const db = await openLedgerDb(freshName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual([
      'accounts',
      'batches',
      'captures',
      'events',
      'lists',
      'memberChunks',
    ]);
    const tx = db.transaction(['captures', 'events']);
    expect([...tx.objectStore('captures').indexNames]).toEqual(['byAccountList']);
    expect([...tx.objectStore('events').indexNames]).toEqual(['byAccount']);
    db.close();
  });

  it('v1 → v2 keeps every record and starts the daily history from the current state', async () => {
    const name = freshName();
    const v1 = await openLedgerDb(name, 1);
    await fillV1(v1);
    const before = await everything(v1);
    v1.close();

    const v2 = await openLedgerDb(name);
    expect(await everything(v2)).toEqual(before);
    expect(await v2.getAll('daily')).toEqual([
      { accountId: 'instagram:me', date: '2026-11-03', followers: 3, following: 2, mutuals: 1 },
    ]);
    expect(await v2.getAll('checkpoints')).toEqual([]);
    v2.close();
  });

  it('v2 → v3 keeps every record and adds the people store and the default tag set', async () => {
    const name = freshName();
    const v2 = await openLedgerDb(name, 2);
    await fillV1(v2);
    await v2.put('daily', {
      accountId: 'instagram:me',
      date: '2026-11-04',
      followers: 3,
      following: 2,
      mutuals: 1,
    });
    const before = {
      ...(await everything(v2)),
      daily: await v2.getAll('daily'),
      checkpoints: await v2.getAll('checkpoints'),
    };
    v2.close();

    const v3 = await openLedgerDb(name, 3);
    expect({
      ...(await everything(v3)),
      daily: await v3.getAll('daily'),
      checkpoints: await v3.getAll('checkpoints'),
    }).toEqual(before);
    expect(await v3.getAll('people')).toEqual([]);
    expect(await v3.get('settings', 'tags')).toEqual({
      key: 'tags',
      value: ['creator', 'brand', 'customer', 'partner', 'campaign'],
    });
    v3.close();
  });

  it('v3 → v4 indexes the existing events by handle', async () => {
    const name = freshName();
    const v3 = await openLedgerDb(name, 3);
    await fillV1(v3);
    const before = await everything(v3);
    v3.close();
    const v4 = await openLedgerDb(name, 4);
    expect(await everything(v4)).toEqual(before);
    const found = (await v4.getAllFromIndex('events', 'byHandle', [
      'instagram:me',
      'x',
    ] as never)) as unknown as EventRecord[];
    expect(found.map((event) => event.kind)).toEqual(['lost-follower']);
    v4.close();
  });

  it('v4 → v5 stores members and batches column-wise, and events as one change set per capture', async () => {
    const name = freshName();
    const v4 = await openLedgerDb(name, 4);
    await fillV1(v4);
    const before = await everything(v4);
    v4.close();
    const v5 = await openLedgerDb(name, 5);
    expect(await everything(v5)).toEqual(before);
    const chunk = await v5.get('memberChunks', ['instagram:me', 'followers', 0]);
    expect(chunk).toEqual({
      accountId: 'instagram:me',
      list: 'followers',
      index: 0,
      handles: ['a', 'b', 'c'],
      names: ['', '', 'Cé'],
      verified: Uint8Array.of(0, 0, 1),
      firstSeen: Float64Array.of(1, 1, 1),
      lastSeen: Float64Array.of(2, 2, 2),
      missingSince: Float64Array.of(0, 0, 2),
    });
    expect(await v5.get('batches', ['c2', 0])).toEqual({
      captureId: 'c2',
      seq: 0,
      handles: ['e'],
      names: ['E'],
      verified: [0],
      since: [1],
    });
    expect(await v5.getAllFromIndex('events', 'byHandle', 'x')).toEqual([
      {
        id: expect.any(Number),
        accountId: 'instagram:me',
        before: 2,
        handles: ['x'],
        kinds: ['lost-follower'],
        afters: [1],
        endedBy: [''],
      },
    ]);
    v5.close();
  });

  it('v5 → v6 keeps every record and leaves the relations to be worked out when first wanted', async () => {
    const name = freshName();
    const v4 = await openLedgerDb(name, 4);
    await fillV1(v4);
    v4.close();
    const v5 = await openLedgerDb(name, 5);
    const before = await everything(v5);
    v5.close();
    const v6 = await openLedgerDb(name, 6);
    expect(await everything(v6)).toEqual(before);
    const [account] = await listAccounts(v6);
    const upgraded = await readLedger(v6, account);
    expect(upgraded.counts).toBeNull();
    expect(upgraded.members?.relationsStored).toBe(false);
    expect(
      relationshipViews(
        upgraded.members!.followers,
        upgraded.members!.following,
        upgraded.members!.relations,
      ).mutuals.map((m) => m.handle),
    ).toEqual(['c']);

    await refreshRelations(v6, account.id);
    const refreshed = await readLedger(v6, account);
    expect(refreshed.counts).toEqual({ notFollowingBack: 1, fans: 2, mutuals: 1 });
    expect(refreshed.members?.relationsStored).toBe(true);
    v6.close();
  });

  // Versions 1 to 4 store v1's record shapes, which fillV1 writes.
  it.each([1, 2, 3, 4])('upgrading from version %i to the newest keeps every v1 record', async (from) => {
    const name = freshName();
    const old = await openLedgerDb(name, from);
    await fillV1(old);
    const before = await everything(old);
    old.close();
    const newest = await openLedgerDb(name);
    expect(await everything(newest)).toEqual(before);
    newest.close();
  });

  it('an empty database goes straight to the newest version', async () => {
    const db = await openLedgerDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(
      expect.arrayContaining(['daily', 'checkpoints', 'people', 'settings']),
    );
    db.close();
  });
});
