import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { createCaptureHandler } from '../../src/background/capture-handler';
import { createExtensionPagesHandler } from '../../src/background/extension-pages-handler';
import { createReview } from '../../src/background/review';
import { exportBackup } from '../../src/storage/backup';
import { deleteLedger } from '../../src/storage/delete-ledger';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { annotatePeople } from '../../src/storage/people';
import { restoreBackup } from '../../src/storage/restore';
import { readReviewQueue } from '../../src/storage/review-queue';
import type { LedgerDb } from '../../src/storage/schema';
import { quietToolbar } from './support/quiet-toolbar';

const ACCOUNT = 'instagram:me';
const self = { id: 'ext', origin: 'chrome-extension://ext' };
const tab = (id: number) => ({ id: 'ext', url: 'https://www.instagram.com/a/', frameId: 0, tab: { id } });
let db: LedgerDb;
let n = 0;
let clock = 0;
let announced: unknown[] = [];

beforeEach(async () => {
  db = await openLedgerDb(`own-words-${n++}`);
  announced = [];
});

const review = () => createReview({ announce: (moved) => void announced.push(moved), now: () => clock });
const handler = () =>
  createCaptureHandler({
    db: async () => db,
    self,
    now: () => clock,
    openReview: async () => undefined,
    toolbar: quietToolbar,
    review: review(),
  });

/** A capture of the following list, read from a page of tab 1, at `at`; `short` leaves the header uncovered. */
async function captureFollowing(handles: string[], at: number, short = false) {
  const session = { id: crypto.randomUUID(), platform: 'instagram', owner: 'me', list: 'following' } as const;
  const header = { value: handles.length + (short ? 50 : 0), unit: 1 };
  clock = at;
  const rows = handles.map((handle) => ({ handle }));
  await handler()({ type: 'capture.batch', session, seq: 0, rows, header }, tab(1));
  await handler()({ type: 'capture.end', session, header, endReached: true }, tab(1));
}

const person = (handle: string) => db.get('people', [ACCOUNT, handle]);

describe('the owner\u2019s own word, settled by the next complete capture of the following list', () => {
  beforeEach(async () => {
    await captureFollowing(['a', 'b', 'c'], 1000);
    await annotatePeople(db, ACCOUNT, ['a', 'b'], { saidUnfollowed: true }, 2000);
    await annotatePeople(db, ACCOUNT, ['b'], { note: 'kept' }, 2000);
  });

  it('a partial capture settles nothing', async () => {
    await captureFollowing(['b', 'c'], 3000, true);
    expect((await person('a'))?.saidUnfollowedAt).toBe(2000);
    expect((await person('b'))?.saidUnfollowedAt).toBe(2000);
  });

  it('gone: the word is cleared; still there: the word is dropped and the date it was still followed kept', async () => {
    await captureFollowing(['b', 'c'], 3000);
    expect(await person('a')).toBeUndefined();
    expect(await person('b')).toEqual({
      accountId: ACCOUNT,
      handle: 'b',
      note: 'kept',
      stillFollowingAt: 3000,
    });
  });

  it('saying it again replaces the correction with the new word', async () => {
    await captureFollowing(['b', 'c'], 3000);
    await annotatePeople(db, ACCOUNT, ['b'], { saidUnfollowed: true }, 4000);
    expect(await person('b')).toEqual({
      accountId: ACCOUNT,
      handle: 'b',
      note: 'kept',
      saidUnfollowedAt: 4000,
    });
  });

  it('is in the backup, and comes back from it', async () => {
    await captureFollowing(['b', 'c'], 4500); // b is still followed: corrected
    const backup = await exportBackup(db, 5000);
    const people = backup.accounts[0].people;
    expect(people.find((p) => p.handle === 'b')).toMatchObject({
      stillFollowing: new Date(4500).toISOString(),
    });
    expect(people.find((p) => p.handle === 'b')).not.toHaveProperty('saidUnfollowed');
    await annotatePeople(db, ACCOUNT, ['c'], { saidUnfollowed: true }, 6000);
    const withWord = await exportBackup(db, 7000);
    expect(withWord.accounts[0].people.find((p) => p.handle === 'c')).toMatchObject({
      saidUnfollowed: new Date(6000).toISOString(),
    });
    const copy = await openLedgerDb(`own-words-copy-${n++}`);
    await restoreBackup(copy, withWord);
    expect(await exportBackup(copy, 7000)).toEqual(withWord);
  });
});

describe('review one by one in the background', () => {
  const ask = (tabId: number, query: object) =>
    handler()({ platform: 'instagram', owner: 'me', ...query }, tab(tabId)) as Promise<unknown>;

  beforeEach(async () => {
    await review().start(db, ACCOUNT, 'notFollowingBack', ['a', 'b'], 7);
  });

  it('shows the bar only in the review\u2019s tab, for an account on the queue', async () => {
    expect(await ask(8, { type: 'ledger.reviewHere', handle: 'a' })).toBeNull();
    expect(await ask(7, { type: 'ledger.reviewHere', handle: 'z' })).toBeNull();
    expect(await ask(7, { type: 'ledger.reviewHere', handle: 'b' })).toEqual({
      handle: 'b',
      position: 2,
      total: 2,
      protected: false,
      reviewed: false,
      saidUnfollowed: false,
    });
    expect((await readReviewQueue(db))?.index).toBe(1);
    expect(announced.at(-1)).toMatchObject({ type: 'review.moved', handle: 'b', position: 2, summary: null });
  });

  it('refuses a mark from another tab or on an account off the queue, and changes nothing', async () => {
    await expect(ask(8, { type: 'ledger.reviewAct', handle: 'a', action: 'protect' })).rejects.toThrow(
      /Refused/,
    );
    await expect(ask(7, { type: 'ledger.reviewAct', handle: 'z', action: 'protect' })).rejects.toThrow(
      /Refused/,
    );
    await expect(ask(7, { type: 'ledger.reviewAct', handle: 'a', action: 'delete' })).rejects.toThrow(
      /Refused/,
    );
    expect(await db.getAll('people')).toEqual([]);
  });

  it('marks, steps and ends with a summary', async () => {
    expect(await ask(7, { type: 'ledger.reviewAct', handle: 'a', action: 'unfollowed' })).toMatchObject({
      kind: 'stop',
      stop: { handle: 'a', saidUnfollowed: true },
    });
    expect((await person('a'))?.saidUnfollowedAt).toBe(clock);
    expect(await ask(7, { type: 'ledger.reviewAct', handle: 'a', action: 'next' })).toEqual({
      kind: 'go',
      handle: 'b',
    });
    await ask(7, { type: 'ledger.reviewAct', handle: 'b', action: 'protect' });
    expect(await ask(7, { type: 'ledger.reviewAct', handle: 'b', action: 'next' })).toEqual({
      kind: 'summary',
      summary: { total: 2, reviewed: 0, protected: 1, unfollowed: 1 },
    });
    expect(await ask(7, { type: 'ledger.reviewHere', handle: 'b' })).toBeNull();
  });
});

describe('deleting a ledger', () => {
  it('ends a review one by one of that ledger, and only of that one', async () => {
    await review().start(db, ACCOUNT, 'fans', ['a'], 7);
    await deleteLedger(db, 'instagram:other');
    expect(await readReviewQueue(db)).not.toBeNull();
    await deleteLedger(db, ACCOUNT);
    expect(await readReviewQueue(db)).toBeNull();
    await review().start(db, ACCOUNT, 'fans', ['a'], 7);
    await deleteLedger(db, null);
    expect(await readReviewQueue(db)).toBeNull();
  });
});

describe('a data download settles the own word too', () => {
  it('a whole following list made after the word confirms and corrects; one made before settles nothing', async () => {
    const pages = createExtensionPagesHandler({
      db: async () => db,
      self,
      now: () => 10_000,
      toolbar: quietToolbar,
      review: review(),
    });
    const page = { id: 'ext', url: 'chrome-extension://ext/options.html' };
    const download = (filesDated: number) => ({
      type: 'data.import',
      platform: 'instagram',
      owner: 'me',
      filesDated,
      allTime: true,
      lists: [{ list: 'following', rows: [{ handle: 'b' }] }],
    });
    await annotatePeople(db, ACCOUNT, ['a', 'b'], { saidUnfollowed: true }, 5000);
    await pages(download(4000), page);
    expect((await person('a'))?.saidUnfollowedAt).toBe(5000);
    await pages(download(6000), page);
    expect(await person('a')).toBeUndefined();
    expect(await person('b')).toEqual({ accountId: ACCOUNT, handle: 'b', stillFollowingAt: 6000 });
  });
});
