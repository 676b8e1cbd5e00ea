import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { createCaptureHandler } from '../../src/background/capture-handler';
import type { CaptureMessage, CaptureSession } from '../../src/domain/capture';
import {
  ABANDONED_AFTER_MS,
  closeAbandonedCaptures,
  closeCapture,
  recordBatch,
} from '../../src/storage/captures';
import { listAccounts, readLedger } from '../../src/storage/ledger-reader';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../src/storage/schema';
import { quietReview, quietToolbar } from './support/quiet-toolbar';

const MINUTE = 60_000;
let db: LedgerDb;
let dbCount = 0;

beforeEach(async () => {
  db = await openLedgerDb(`ledger-test-${dbCount++}`);
});

function session(id: number, over: Partial<CaptureSession> = {}): CaptureSession {
  return {
    id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    platform: 'instagram',
    owner: 'me',
    list: 'followers',
    ...over,
  };
}
const batch = (s: CaptureSession, seq: number, handles: string[]) =>
  ({
    type: 'capture.batch',
    session: s,
    seq,
    rows: handles.map((handle) => ({ handle })),
    header: { value: 4, unit: 1 },
  }) as const;

async function ledgerOf(handle = 'me') {
  const account = (await listAccounts(db)).find((candidate) => candidate.handle === handle);
  if (!account) throw new Error(`no account ${handle}`);
  return readLedger(db, account);
}

describe('capture store', () => {
  it('stores a batch sent twice once, and closes a complete capture into the ledger', async () => {
    const s = session(1);
    await recordBatch(db, batch(s, 0, ['a', 'b']), 1000);
    expect((await recordBatch(db, batch(s, 0, ['a', 'b']), 1100)).read).toBe(2);
    await recordBatch(db, batch(s, 1, ['c', 'd']), 1200);
    const reply = await closeCapture(db, s, { endReached: true, header: { value: 4, unit: 1 } }, 2000);
    expect(reply).toEqual({ read: 4, complete: true });
    const ledger = await ledgerOf();
    expect(ledger.members!.followers.map((m) => m.handle)).toEqual(['a', 'b', 'c', 'd']);
    expect(ledger.lastCapture.followers).toMatchObject({
      status: 'closed',
      read: 4,
      complete: true,
      endedAt: 2000,
    });
    expect(ledger.lastCapture.following).toBeNull();
    expect(await db.count('batches')).toBe(0);
  });

  it('closing twice changes nothing the second time', async () => {
    const s = session(2);
    await recordBatch(db, batch(s, 0, ['a', 'b', 'c', 'd']), 1000);
    await closeCapture(db, s, { endReached: true, header: { value: 4, unit: 1 } }, 2000);
    const again = await closeCapture(db, s, { endReached: false, header: null }, 3000);
    expect(again).toEqual({ read: 4, complete: true });
    expect((await ledgerOf()).lastCapture.followers?.endedAt).toBe(2000);
  });

  it('refuses a session id reused for another account or list', async () => {
    const s = session(3);
    await recordBatch(db, batch(s, 0, ['a']), 1000);
    await expect(recordBatch(db, batch({ ...s, owner: 'someone' }, 1, ['b']), 1100)).rejects.toThrow(
      /another account/,
    );
    await expect(
      closeCapture(db, { ...s, list: 'following' }, { endReached: true, header: null }, 1200),
    ).rejects.toThrow();
  });

  it('closes an abandoned capture as partial, dated by its last batch, and keeps its presence evidence', async () => {
    const s = session(4);
    await recordBatch(db, batch(s, 0, ['a', 'b']), 1000);
    expect(await closeAbandonedCaptures(db, 1000 + ABANDONED_AFTER_MS / 2)).toBe(0);
    expect(await closeAbandonedCaptures(db, 1000 + ABANDONED_AFTER_MS + MINUTE)).toBe(1);
    const ledger = await ledgerOf();
    expect(ledger.lastCapture.followers).toMatchObject({ status: 'closed', complete: false, endedAt: 1000 });
    expect(ledger.members!.followers.map((m) => [m.handle, m.lastSeen])).toEqual([
      ['a', 1000],
      ['b', 1000],
    ]);
  });

  it('closes every open capture as partial when no page is left to end it (browser restart, update)', async () => {
    const s = session(7);
    await recordBatch(db, batch(s, 0, ['a']), 1000);
    expect(await closeAbandonedCaptures(db, 1000, true)).toBe(1);
    const ledger = await ledgerOf();
    expect(ledger.lastCapture.followers).toMatchObject({
      status: 'closed',
      complete: false,
      endReached: false,
    });
    expect(ledger.members!.followers.map((m) => m.handle)).toEqual(['a']);
  });

  it("drops an abandoned capture's evidence when a later complete capture already knows better", async () => {
    const stale = session(5);
    await recordBatch(db, batch(stale, 0, ['gone']), 1000);
    const fresh = session(6);
    await recordBatch(db, batch(fresh, 0, ['a', 'b', 'c', 'd']), 5000);
    await closeCapture(db, fresh, { endReached: true, header: { value: 4, unit: 1 } }, 6000);
    await closeAbandonedCaptures(db, 6000 + ABANDONED_AFTER_MS);
    const ledger = await ledgerOf();
    expect(ledger.members!.followers.map((m) => m.handle)).toEqual(['a', 'b', 'c', 'd']);
    expect(ledger.events).toEqual([]);
  });

  it('keeps each own account in its own ledger', async () => {
    await recordBatch(db, batch(session(7), 0, ['a']), 1000);
    await recordBatch(db, batch(session(8, { owner: 'brand' }), 0, ['z']), 2000);
    expect((await listAccounts(db)).map((account) => account.id)).toEqual([
      'instagram:brand',
      'instagram:me',
    ]);
  });
});

describe('history written at each close', () => {
  const DAY = 86_400_000;
  const T0 = Date.UTC(2026, 10, 2, 12);
  let sessionCount = 100;
  async function captureList(
    list: 'followers' | 'following',
    handles: string[],
    at: number,
    endReached = true,
  ) {
    const s = session(sessionCount++, { list });
    await recordBatch(db, { ...batch(s, 0, handles), header: { value: handles.length, unit: 1 } }, at);
    await closeCapture(db, s, { endReached, header: { value: handles.length, unit: 1 } }, at);
  }

  it('records friend events with who ended it, and one daily point per day with the mutuals', async () => {
    await captureList('followers', ['a', 'b', 'c'], T0);
    await captureList('following', ['b', 'c', 'd'], T0 + 1000);
    await captureList('following', ['c', 'd', 'e'], T0 + 2 * DAY);
    await captureList('followers', ['c', 'e'], T0 + 2 * DAY + 1000);
    const { events } = await ledgerOf();
    const summary = events.map((e) => [e.handle, e.kind, e.endedBy ?? '-']).sort();
    expect(summary).toEqual([
      ['a', 'lost-follower', '-'],
      ['b', 'lost-follower', '-'], // b also left the followers list, after the friendship had ended
      ['b', 'lost-friend', 'me'],
      ['b', 'unfollowed', '-'],
      ['e', 'followed', '-'],
      ['e', 'new-follower', '-'],
      ['e', 'new-friend', '-'],
    ]);
    expect(await db.getAll('daily')).toEqual([
      { accountId: 'instagram:me', date: '2026-11-02', followers: 3, following: 3, mutuals: 2 },
      { accountId: 'instagram:me', date: '2026-11-04', followers: 2, following: 3, mutuals: 2 },
    ]);
  });

  it('a daily point says nothing about a list never captured', async () => {
    await captureList('followers', ['a'], T0);
    expect(await db.getAll('daily')).toEqual([
      { accountId: 'instagram:me', date: '2026-11-02', followers: 1, following: null, mutuals: null },
    ]);
  });

  it('checkpoints a complete capture at most monthly, and never a partial one', async () => {
    await captureList('followers', ['a', 'b'], T0, false);
    await captureList('followers', ['a', 'b'], T0 + DAY);
    await captureList('followers', ['a', 'b', 'c'], T0 + 2 * DAY);
    await captureList('followers', ['a', 'c'], T0 + 40 * DAY);
    const checkpoints = await db.getAll('checkpoints');
    expect(checkpoints.map((c) => [c.at, c.handles])).toEqual([
      [T0 + DAY, ['a', 'b']],
      [T0 + 40 * DAY, ['a', 'c']],
    ]);
  });
});

describe('capture handler', () => {
  const self = { id: 'ext-id', origin: 'chrome-extension://ext-id' };
  const page = { id: 'ext-id', url: 'https://www.instagram.com/me/', frameId: 0, tab: { id: 3 } };
  const reviews: unknown[][] = [];
  const openReview = async (...args: unknown[]) => void reviews.push(args);
  const handler = () =>
    createCaptureHandler({
      db: async () => db,
      self,
      now: () => 1000,
      openReview,
      toolbar: quietToolbar,
      review: quietReview,
    });
  const valid: CaptureMessage = batch(session(9), 0, ['a']);

  it('accepts a well-formed batch from the top frame of Instagram', async () => {
    await expect(handler()(valid, page)).resolves.toEqual({ read: 1, complete: false });
  });

  it('answers which rows are not followers once followers were captured, only for its own platform', async () => {
    const query = { type: 'ledger.notFollowers', platform: 'instagram', owner: 'me', handles: ['a', 'x'] };
    await expect(handler()(query, page)).resolves.toBeNull();
    const s = session(10);
    await recordBatch(db, { ...batch(s, 0, ['a', 'b']), header: { value: 2, unit: 1 } }, 1000);
    await closeCapture(db, s, { endReached: true, header: { value: 2, unit: 1 } }, 1100);
    await expect(handler()(query, page)).resolves.toEqual(['x']);
    await expect(handler()({ ...query, platform: 'tiktok' }, page)).rejects.toThrow(/cannot read/);
    await expect(handler()({ ...query, handles: ['<script>'] }, page)).rejects.toThrow(/malformed/);
  });

  it('tells where the owner stands with one account, for the badge', async () => {
    const ask = (handle: string) =>
      handler()({ type: 'ledger.relationship', platform: 'instagram', owner: 'me', handle }, page);
    expect(await ask('a')).toEqual({
      followsMe: null,
      iFollow: null,
      followers: null,
      lastChange: null,
      person: null,
    });
    const s = session(11);
    await recordBatch(db, { ...batch(s, 0, ['a', 'b']), header: { value: 2, unit: 1 } }, 1000);
    await closeCapture(db, s, { endReached: true, header: { value: 2, unit: 1 } }, 1100);
    const again = session(12);
    await recordBatch(db, { ...batch(again, 0, ['a']), header: { value: 1, unit: 1 } }, 2000);
    await closeCapture(db, again, { endReached: true, header: { value: 1, unit: 1 } }, 2100);
    expect(await ask('a')).toMatchObject({
      followsMe: true,
      iFollow: null,
      followers: { complete: true, read: 1 },
      lastChange: null,
    });
    expect(await ask('b')).toMatchObject({
      followsMe: false,
      lastChange: { kind: 'lost-follower', after: 1100, before: 2100 },
    });
  });

  it('opens the review at an account for the tab that asked', async () => {
    await handler()({ type: 'ledger.review', platform: 'instagram', owner: 'me', handle: 'zed' }, page);
    expect(reviews).toEqual([[3, 'instagram:me', 'zed']]);
  });

  it('leaves messages that are not about captures to other listeners', () => {
    expect(handler()({ type: 'tab.whoami' }, page)).toBeNull();
    expect(handler()('hello', page)).toBeNull();
  });
});
