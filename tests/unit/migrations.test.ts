import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openLedgerDb, type LedgerDb } from '../../src/storage/schema';

let dbCount = 0;
const freshName = () => `migration-test-${dbCount++}`;

/** What a v1 ledger held: one account with both lists captured, a capture and an event. */
async function fillV1(db: LedgerDb): Promise<void> {
  const accountId = 'instagram:me';
  const member = (handle: string) => ({ handle, firstSeen: 1, lastSeen: 2 });
  await db.put('accounts', { id: accountId, platform: 'instagram', handle: 'me', firstCaptureAt: 1, lastCaptureAt: Date.UTC(2026, 10, 3, 12) });
  await db.put('lists', { accountId, list: 'followers', baselineAt: 2, baselineHeader: { value: 3, unit: 1 }, chunkCount: 1, size: 3 });
  await db.put('lists', { accountId, list: 'following', baselineAt: 2, baselineHeader: { value: 2, unit: 1 }, chunkCount: 1, size: 2 });
  await db.put('memberChunks', { accountId, list: 'followers', index: 0, members: ['a', 'b', 'c'].map(member) });
  await db.put('memberChunks', { accountId, list: 'following', index: 0, members: ['c', 'd'].map(member) });
  await db.put('captures', {
    id: 'c1', accountId, list: 'followers', startedAt: 1, updatedAt: 2, endedAt: 2, read: 3,
    header: { value: 3, unit: 1 }, endReached: true, complete: true, status: 'closed',
  });
  await db.add('events', { accountId, captureId: 'c1', handle: 'x', kind: 'lost-follower', after: 1, before: 2 });
}

async function everything(db: LedgerDb) {
  const stores = ['accounts', 'lists', 'memberChunks', 'captures', 'events', 'batches'] as const;
  return Object.fromEntries(await Promise.all(stores.map(async (store) => [store, await db.getAll(store)])));
}

describe('schema migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(DB_VERSION).toBe(4);
  });

  it('v1 creates the ledger stores and their indexes', async () => {
    const db = await openLedgerDb(freshName(), 1);
    expect([...db.objectStoreNames].sort()).toEqual(['accounts', 'batches', 'captures', 'events', 'lists', 'memberChunks']);
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
    await v2.put('daily', { accountId: 'instagram:me', date: '2026-11-04', followers: 3, following: 2, mutuals: 1 });
    const before = { ...(await everything(v2)), daily: await v2.getAll('daily'), checkpoints: await v2.getAll('checkpoints') };
    v2.close();

    const v3 = await openLedgerDb(name, 3);
    expect({ ...(await everything(v3)), daily: await v3.getAll('daily'), checkpoints: await v3.getAll('checkpoints') }).toEqual(before);
    expect(await v3.getAll('people')).toEqual([]);
    expect(await v3.get('settings', 'tags')).toEqual({ key: 'tags', value: ['creator', 'brand', 'customer', 'partner', 'campaign'] });
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
    const found = await v4.getAllFromIndex('events', 'byHandle', ['instagram:me', 'x']);
    expect(found.map((event) => event.kind)).toEqual(['lost-follower']);
    v4.close();
  });

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'upgrading from version %i to the newest keeps every v1 record',
    async (from) => {
      const name = freshName();
      const old = await openLedgerDb(name, from);
      await fillV1(old);
      const before = await everything(old);
      old.close();
      const newest = await openLedgerDb(name);
      expect(await everything(newest)).toEqual(before);
      newest.close();
    },
  );

  it('an empty database goes straight to the newest version', async () => {
    const db = await openLedgerDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['daily', 'checkpoints', 'people', 'settings']));
    db.close();
  });
});
