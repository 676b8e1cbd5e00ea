import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import type { ListKind, Row } from '../../src/domain/types';
import { errorText } from '../../src/i18n/translate';
import { exportBackup } from '../../src/storage/backup';
import { closeAbandonedCaptures, closeCapture, recordBatch } from '../../src/storage/captures';
import { importDownload, type ImportRequest } from '../../src/storage/imports';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../src/storage/schema';

let n = 0;
const NOV1 = Date.UTC(2026, 10, 1);
const NOV5 = Date.UTC(2026, 10, 5);
const NOV9 = Date.UTC(2026, 10, 9);
const names = (count: number, prefix = 'f') => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
const rows = (handles: string[], since?: number): Row[] =>
  handles.map((handle) => (since ? { handle, since } : { handle }));

const request = (lists: ImportRequest['lists'], extra: Partial<ImportRequest> = {}): ImportRequest => ({
  platform: 'instagram',
  owner: 'me',
  lists,
  filesDated: NOV5,
  allTime: false,
  ...extra,
});

async function liveCapture(
  db: LedgerDb,
  list: ListKind,
  handles: string[],
  header: number,
  at: number,
  endReached = true,
) {
  const session = { id: crypto.randomUUID(), platform: 'instagram' as const, owner: 'me', list };
  const count = { value: header, unit: 1 };
  await recordBatch(db, { type: 'capture.batch', session, seq: 0, rows: rows(handles), header: count }, at);
  return closeCapture(db, session, { endReached, header: count }, at);
}

const backup = async (db: LedgerDb) => (await exportBackup(db, NOV9)).accounts[0];
const refusal = (work: Promise<unknown>) =>
  work.then(
    () => null,
    (error: unknown) => errorText(error),
  );

describe('importing a data download', () => {
  it('with no count known and "All time" confirmed, is one complete capture, dated by the download, with follow dates', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: [{ handle: 'ana', since: NOV1 }, { handle: 'bo' }] }], {
        allTime: true,
      }),
      NOV9,
    );
    expect(result).toEqual({
      at: NOV5,
      lists: [{ list: 'followers', read: 2, complete: true, basis: 'all-time' }],
      unfollowed: 0,
    });
    const account = await backup(db);
    expect(account.captures).toEqual([
      expect.objectContaining({
        list: 'followers',
        complete: true,
        read: 2,
        headerCount: null,
        endedAt: new Date(NOV5).toISOString(),
        source: 'import',
      }),
    ]);
    expect(account.people.map((p) => [p.handle, p.firstSeen])).toEqual([
      ['ana', new Date(NOV1).toISOString()],
      ['bo', new Date(NOV5).toISOString()],
    ]);
  });

  it('the date-range case: after a complete capture of 101, a download of the 30 newest is partial and loses nobody', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', names(101), 101, NOV1);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: rows(names(30, 'f'), NOV1 - 1000) }]),
      NOV9,
    );
    expect(result.lists).toEqual([{ list: 'followers', read: 30, complete: false, basis: 'short-of-count' }]);
    const account = await backup(db);
    expect(account.events.filter((event) => event.kind === 'lost-follower')).toEqual([]);
    expect(account.people.filter((p) => p.followsMe)).toHaveLength(101);
  });

  it('covering the last header count makes it complete: the absent are lost', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', names(10), 10, NOV1);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: rows([...names(9), 'new']) }]),
      NOV9,
    );
    expect(result.lists[0]).toMatchObject({ complete: true, basis: 'covers-count' });
    const lost = (await backup(db)).events.filter((event) => event.kind === 'lost-follower');
    expect(lost.map((event) => event.handle)).toEqual(['f9']);
  });

  it('a count seen after the download was made leaves it partial', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', [], 10, NOV5, false);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: rows(names(10)) }], { filesDated: NOV1, allTime: true }),
      NOV9,
    );
    expect(result.lists[0]).toMatchObject({ complete: false, basis: 'count-newer' });
  });

  it('without "All time", and no count known, it is partial', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const result = await importDownload(db, request([{ list: 'following', rows: rows(['a']) }]), NOV9);
    expect(result.lists[0]).toMatchObject({ complete: false, basis: 'range' });
  });

  it('a download dated in the future is dated now, and the next live capture still counts', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: rows(names(30)) }], {
        filesDated: Date.UTC(2030, 0, 1),
        allTime: true,
      }),
      NOV5,
    );
    expect(result.at).toBe(NOV5);
    await liveCapture(db, 'followers', names(30), 30, NOV9);
    const account = await backup(db);
    expect(account.people.filter((p) => p.followsMe)).toHaveLength(30);
    expect(account.events).toEqual([]);
  });

  it('is never dated before the newest follow it holds', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const result = await importDownload(
      db,
      request([{ list: 'followers', rows: rows(['a'], NOV5) }], { filesDated: NOV1 }),
      NOV9,
    );
    expect(result.at).toBe(NOV5);
  });

  it('refuses a download dated before what the ledger knows, writing nothing', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', ['ana'], 1, NOV5);
    const before = await exportBackup(db, 0);
    const why = await refusal(
      importDownload(db, request([{ list: 'followers', rows: rows(['zed']) }], { filesDated: NOV1 }), NOV9),
    );
    expect(why).toBe(
      "This capture of followers is dated 2026-11-01, before what the ledger already knows (2026-11-05): nothing was recorded. Is the computer's clock right?",
    );
    expect(await exportBackup(db, 0)).toEqual(before);
  });

  it('refuses a live capture dated before the state, with words', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', ['ana'], 1, NOV5);
    expect(await refusal(liveCapture(db, 'followers', [], 0, NOV1))).toMatch(
      /dated 2026-11-01, before what the ledger already knows/,
    );
  });

  it("refuses a download whose owner is someone else's, before anything is written", async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const why = await refusal(
      importDownload(
        db,
        request([{ list: 'followers', rows: rows(['a']) }], { downloadOwner: 'other' }),
        NOV9,
      ),
    );
    expect(why).toBe("This download is @other's, not @me's: nothing was imported.");
    expect((await exportBackup(db, 0)).accounts).toEqual([]);
  });

  it('never counts the owner as their own follower, in a download or a live capture', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await importDownload(
      db,
      request([{ list: 'followers', rows: rows(['me', 'ana']) }], { allTime: true }),
      NOV9,
    );
    await liveCapture(db, 'followers', ['me', 'ana', 'bo'], 2, NOV9);
    expect((await backup(db)).people.map((p) => p.handle)).toEqual(['ana', 'bo']);
  });

  it('writes both lists in one step, leaving no open capture for the clean-up to cut', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await importDownload(
      db,
      request(
        [
          { list: 'followers', rows: rows(names(2000)) },
          { list: 'following', rows: rows(names(5, 'g')) },
        ],
        { allTime: true },
      ),
      NOV9,
    );
    expect(await closeAbandonedCaptures(db, NOV9 + 86_400_000, true)).toBe(0);
    const account = await backup(db);
    expect(account.captures.map((c) => [c.list, c.read, c.complete])).toEqual([
      ['followers', 2000, true],
      ['following', 5, true],
    ]);
  });

  it('records the download\'s recent unfollows as dated "you unfollowed" changes, for accounts the ledger knows, once', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    await liveCapture(db, 'followers', ['fan', 'stays'], 2, NOV1);
    const unfollowed = [
      { handle: 'fan', since: NOV1 + 1000 },
      { handle: 'stranger', since: NOV1 + 2000 },
      { handle: 'stays', since: NOV1 + 3000 },
    ];
    const lists = [
      { list: 'following' as const, rows: rows(['stays']) },
      { list: 'followers' as const, rows: rows(['fan', 'stays']) },
    ];
    const first = await importDownload(db, request(lists, { unfollowed, allTime: true }), NOV9);
    expect(first.unfollowed).toBe(1);
    const again = await importDownload(
      db,
      request(lists, { unfollowed, allTime: true, filesDated: NOV9 }),
      NOV9,
    );
    expect(again.unfollowed).toBe(0);
    const events = (await backup(db)).events.filter((event) => event.kind === 'unfollowed');
    expect(events).toEqual([
      expect.objectContaining({
        handle: 'fan',
        after: new Date(NOV1 + 1000).toISOString(),
        before: new Date(NOV1 + 1000).toISOString(),
      }),
    ]);
  });

  it('keeps the pending follow requests a download lists, replacing those of the download before', async () => {
    const db = await openLedgerDb(`import-${n++}`);
    const lists = [{ list: 'followers' as const, rows: rows(['fan']) }];
    await importDownload(
      db,
      request(lists, { requested: [{ handle: 'idol', since: NOV1 }, { handle: 'star' }], allTime: true }),
      NOV9,
    );
    const pending = async () =>
      (await db.getAll('people')).map((person) => [person.handle, person.requestedAt, person.note]);
    expect(await pending()).toEqual([
      ['idol', NOV1, undefined],
      ['star', NOV5, undefined],
    ]);
    await db.put('people', { ...(await db.get('people', ['instagram:me', 'star']))!, note: 'asked twice' });
    await importDownload(db, request(lists, { requested: [], allTime: true, filesDated: NOV9 }), NOV9);
    expect(await pending()).toEqual([['star', undefined, 'asked twice']]);
  });
});
