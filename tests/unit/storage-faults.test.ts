import 'fake-indexeddb/auto';

import { afterEach, describe, expect, it } from 'vitest';

import type { CaptureSession } from '../../src/domain/capture';
import { type Translatable, TranslatableError } from '../../src/i18n/translatable';
import { errorText } from '../../src/i18n/translate';
import { type Reply, replyingListener } from '../../src/messaging/reply';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { listAccounts, readLedger } from '../../src/storage/ledger-reader';
import { DB_VERSION, openLedgerDb, UpgradeBlockedError } from '../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../src/storage/schema';
import { explainStorageError } from '../../src/storage/storage-problem';

const explained = (error: unknown) => errorText(explainStorageError(error));

let dbCount = 0;
const freshName = () => `storage-faults-${dbCount++}`;
const session = (id: number, list: CaptureSession['list'] = 'followers'): CaptureSession => ({
  id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  platform: 'instagram',
  owner: 'me',
  list,
});
const header = (value: number) => ({ value, unit: 1 });
const rows = (...handles: string[]) => handles.map((handle) => ({ handle }));

async function capture(db: LedgerDb, s: CaptureSession, handles: string[], at: number) {
  await recordBatch(
    db,
    { type: 'capture.batch', session: s, seq: 0, rows: rows(...handles), header: header(handles.length) },
    at,
  );
  return closeCapture(db, s, { endReached: true, header: header(handles.length) }, at + 1);
}

/** Everything a user could see of the ledger, to compare before and after a failure. */
async function visible(db: LedgerDb) {
  const [account] = await listAccounts(db);
  const ledger = await readLedger(db, account);
  return { ...ledger, people: [...ledger.people] };
}

/** Makes every put into `store` fail as a full disk does, until the returned function is called. */
function fillDisk(store: string): () => void {
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === store) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  return () => (IDBObjectStore.prototype.put = put);
}

let freeDisk: (() => void) | undefined;
afterEach(() => freeDisk?.());

describe('storage full', () => {
  it('a capture that cannot be saved changes nothing, says why, and closes once there is room again', async () => {
    const db = await openLedgerDb(freshName());
    await capture(db, session(1), ['ana', 'bo', 'cy'], 1000);
    await recordBatch(
      db,
      { type: 'capture.batch', session: session(2), seq: 0, rows: rows('ana', 'dee'), header: header(2) },
      5000,
    );
    const before = await visible(db);
    freeDisk = fillDisk('memberChunks');
    const closing = closeCapture(db, session(2), { endReached: true, header: header(2) }, 5001);
    await expect(closing).rejects.toMatchObject({ name: 'QuotaExceededError' });
    const failure = await closing.catch((error: unknown) => error);
    expect(explained(failure)).toMatch(/no storage left.*Everything saved before is intact/);
    // Nobody lost, no event, no half-written list; the capture is still open with its rows.
    const after = await visible(db);
    expect(after).toEqual(before);
    expect(after.lastCapture.followers).toMatchObject({ id: session(2).id, status: 'open', read: 2 });

    freeDisk();
    expect(await closeCapture(db, session(2), { endReached: true, header: header(2) }, 5002)).toEqual({
      read: 2,
      complete: true,
    });
    const closed = await visible(db);
    expect(closed.members!.followers.map((member) => member.handle)).toEqual(['ana', 'dee']);
    expect(closed.events.map((event) => `${event.kind} ${event.handle}`).sort()).toEqual([
      'lost-follower bo',
      'lost-follower cy',
      'new-follower dee',
    ]);
    db.close();
  });

  it('a batch that cannot be stored is refused with the explanation, and the page is told', async () => {
    const db = await openLedgerDb(freshName());
    freeDisk = fillDisk('batches');
    const listener = replyingListener(
      () =>
        recordBatch(
          db,
          { type: 'capture.batch', session: session(3), seq: 0, rows: rows('ana'), header: header(1) },
          1000,
        ),
      explainStorageError,
    );
    const reply = await new Promise<Reply<unknown>>((resolve) => listener({}, {}, resolve));
    expect(reply).toMatchObject({ ok: false, reason: { key: 'storageFull' } });
    expect(errorText(new TranslatableError((reply as { reason: Translatable }).reason))).toMatch(
      /^Your browser has no storage left for Follow Ledger/,
    );
    expect(await db.count('captures')).toBe(0);
    db.close();
  });
});

describe('an upgrade while another page has the data open', () => {
  it('an open page steps aside for the upgrade and is told to reload; every record is kept', async () => {
    const name = freshName();
    let told = 0;
    const oldPage = await openLedgerDb(name, DB_VERSION - 1, { onClose: () => told++ });
    await oldPage.put('accounts', {
      id: 'instagram:me',
      platform: 'instagram',
      handle: 'me',
      firstCaptureAt: 1,
      lastCaptureAt: 2,
    });

    const upgraded = await openLedgerDb(name);
    expect(told).toBe(1);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.getAll('accounts')).toHaveLength(1);
    const late = oldPage.get('accounts', 'instagram:me').catch((error: unknown) => error);
    expect(explained(await late)).toMatch(/updated while this page was open\. Reload/);
    upgraded.close();
  });

  it('a page that does not let go makes the upgrade wait, with a clear message, and changes nothing', async () => {
    const name = freshName();
    const seeded = await openLedgerDb(name, DB_VERSION - 1);
    await seeded.put('accounts', {
      id: 'instagram:me',
      platform: 'instagram',
      handle: 'me',
      firstCaptureAt: 1,
      lastCaptureAt: 2,
    });
    seeded.close();
    // An older copy of the extension that knows nothing about stepping aside.
    const stubborn = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, DB_VERSION - 1);
      request.onsuccess = () => resolve(request.result);
    });

    const refused = await openLedgerDb(name).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpgradeBlockedError);
    expect(explained(refused)).toMatch(
      /another of its pages still has the old data open.*Nothing was changed/,
    );

    stubborn.close();
    const upgraded = await openLedgerDb(name);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.getAll('accounts')).toEqual([expect.objectContaining({ id: 'instagram:me' })]);
    upgraded.close();
  });
});
