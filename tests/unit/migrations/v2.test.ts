import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { everything, fillV1, freshName, kept } from './fixtures';

it('v1 → v2 keeps every record and starts the daily history from the current state', async () => {
  const name = freshName();
  const v1 = await openLedgerDb(name, 1);
  await fillV1(v1);
  const before = await everything(v1);
  v1.close();

  const v2 = await openLedgerDb(name, 2);
  expect(kept(await everything(v2), before)).toEqual(before);
  expect(await v2.getAll('daily')).toEqual([
    { accountId: 'instagram:me', date: '2026-11-03', followers: 3, following: 2, mutuals: 1 },
  ]);
  expect(await v2.getAll('checkpoints')).toEqual([]);
  v2.close();
});

it('v1 → v2 gives a ledger with one list captured a point without mutuals', async () => {
  const name = freshName();
  const v1 = await openLedgerDb(name, 1);
  await fillV1(v1);
  await v1.delete('lists', ['instagram:me', 'following']);
  await v1.delete('memberChunks', ['instagram:me', 'following', 0]);
  v1.close();

  const v2 = await openLedgerDb(name, 2);
  expect(await v2.getAll('daily')).toEqual([
    { accountId: 'instagram:me', date: '2026-11-03', followers: 3, following: null, mutuals: null },
  ]);
  v2.close();
});
