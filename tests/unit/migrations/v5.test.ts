import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { everything, fillV3, freshName, kept } from './fixtures';

it('v4 → v5 stores members and batches column-wise, and events as one change set per capture', async () => {
  const name = freshName();
  const v4 = await openLedgerDb(name, 4);
  await fillV3(v4);
  const before = await everything(v4);
  v4.close();
  const v5 = await openLedgerDb(name, 5);
  expect(kept(await everything(v5), before)).toEqual(before);
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

it('v4 → v5 groups each account’s events by the capture that found them, and keeps who ended a friendship', async () => {
  const name = freshName();
  const v4 = await openLedgerDb(name, 4);
  await fillV3(v4);
  const event = (accountId: string, captureId: string, handle: string, kind: string, before: number) => ({
    accountId,
    captureId,
    handle,
    kind,
    after: before - 1,
    before,
  });
  for (const old of [
    event('instagram:me', 'c3', 'y', 'new-follower', 4),
    event('tiktok:me', 't1', 'z', 'new-follower', 4),
    { ...event('instagram:me', 'c3', 'c', 'lost-friend', 4), endedBy: 'them' },
    { ...event('instagram:me', 'c3', 'c', 'lost-follower', 4) },
  ]) {
    await v4.add('events', old as never);
  }
  v4.close();
  const v5 = await openLedgerDb(name, 5);
  const sets = (await v5.getAll('events')).map(({ id: _id, ...set }) => set);
  expect(sets).toEqual([
    {
      accountId: 'instagram:me',
      before: 2,
      handles: ['x'],
      kinds: ['lost-follower'],
      afters: [1],
      endedBy: [''],
    },
    {
      accountId: 'instagram:me',
      before: 4,
      handles: ['y', 'c', 'c'],
      kinds: ['new-follower', 'lost-friend', 'lost-follower'],
      afters: [3, 3, 3],
      endedBy: ['', 'them', ''],
    },
    {
      accountId: 'tiktok:me',
      before: 4,
      handles: ['z'],
      kinds: ['new-follower'],
      afters: [3],
      endedBy: [''],
    },
  ]);
  expect((await v5.getAllFromIndex('events', 'byHandle', 'c')).map((set) => set.before)).toEqual([4]);
  v5.close();
});
