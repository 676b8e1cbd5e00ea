import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import type { CaptureSession } from '../../src/domain/capture';
import type { Row } from '../../src/domain/types';
import { exportBackup } from '../../src/storage/backup';
import { closeCapture, recordBatch } from '../../src/storage/captures';
import { readLedger } from '../../src/storage/ledger-reader';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import { annotatePeople } from '../../src/storage/people';
import { decideRename } from '../../src/storage/rename-decisions';
import { takeRenames } from '../../src/storage/renames';
import { restoreBackup } from '../../src/storage/restore';
import { readToolbarState } from '../../src/storage/rhythm';
import type { CaptureRecord, LedgerDb } from '../../src/storage/schema';

const DAY = 86_400_000;
const ME = 'instagram:me';
let n = 0;

async function capture(db: LedgerDb, day: number, rows: Row[]) {
  const session: CaptureSession = {
    id: crypto.randomUUID(),
    platform: 'instagram',
    owner: 'me',
    list: 'followers',
  };
  const at = Date.UTC(2026, 0, 1) + day * DAY;
  const header = { value: rows.length, unit: 1 };
  await recordBatch(db, { type: 'capture.batch', session, seq: 0, rows, header }, at);
  await closeCapture(db, session, { endReached: true, header }, at);
}

/** Maya renames herself between two complete captures; Leo stays; Ana leaves and Bo comes, unrelated. */
async function renamedLedger(): Promise<LedgerDb> {
  const db = await openLedgerDb(`renames-test-${n++}`);
  const leo = { handle: 'leo', displayName: 'Leo' };
  await capture(db, 0, [
    { handle: 'maya_old', displayName: 'Maya Rivers' },
    leo,
    { handle: 'ana', displayName: 'Ana' },
  ]);
  await capture(db, 1, [
    { handle: 'maya_new', displayName: 'Maya Rivers' },
    leo,
    { handle: 'bo', displayName: 'Bo' },
  ]);
  return db;
}

const read = async (db: LedgerDb) => readLedger(db, (await db.get('accounts', ME))!);

describe('renames in the stored ledger', () => {
  it('shows the pair once, apart from the ordinary lost and new', async () => {
    const ledger = await read(await renamedLedger());
    expect(ledger.renames.map(({ from, to, confirmed }) => ({ from, to, confirmed }))).toEqual([
      { from: 'maya_old', to: 'maya_new', confirmed: false },
    ]);
    expect(ledger.events.map((event) => `${event.kind} ${event.handle}`).sort()).toEqual([
      'lost-follower ana',
      'new-follower bo',
    ]);
  });

  it('a confirmed rename carries the notes, tags and protection over, merged with the new handle’s', async () => {
    const db = await renamedLedger();
    await annotatePeople(
      db,
      ME,
      ['maya_old'],
      { protected: true, note: 'old note', addTags: ['creator'] },
      1,
    );
    await annotatePeople(db, ME, ['maya_new'], { note: 'new note', addTags: ['brand'] }, 1);
    expect(await decideRename(db, ME, 'maya_old', 'maya_new', 'confirm')).toBe('merged');
    const ledger = await read(db);
    expect(ledger.people.get('maya_old')).toBeUndefined();
    expect(ledger.people.get('maya_new')).toMatchObject({
      protected: true,
      tags: ['brand', 'creator'],
      note: 'new note\nold note',
      renamedFrom: 'maya_old',
    });
    expect(ledger.renames[0].confirmed).toBe(true);
    expect(ledger.events.some((event) => event.handle.startsWith('maya'))).toBe(false);
  });

  it('says when there was nothing to carry, and when it only moved', async () => {
    const db = await renamedLedger();
    expect(await decideRename(db, ME, 'maya_old', 'maya_new', 'confirm')).toBe('nothing');
    const other = await renamedLedger();
    await annotatePeople(other, ME, ['maya_old'], { addTags: ['partner'] }, 1);
    expect(await decideRename(other, ME, 'maya_old', 'maya_new', 'confirm')).toBe('moved');
    expect((await read(other)).people.get('maya_new')?.tags).toEqual(['partner']);
  });

  it('a split pair is an ordinary lost and new again, and not offered again', async () => {
    const db = await renamedLedger();
    await annotatePeople(db, ME, ['maya_old'], { note: 'stays' }, 1);
    expect(await decideRename(db, ME, 'maya_old', 'maya_new', 'split')).toBe('split');
    const ledger = await read(db);
    expect(ledger.renames).toEqual([]);
    expect(ledger.events.map((event) => `${event.kind} ${event.handle}`).sort()).toEqual([
      'lost-follower ana',
      'lost-follower maya_old',
      'new-follower bo',
      'new-follower maya_new',
    ]);
    expect(ledger.people.get('maya_old')?.note).toBe('stays');
  });

  it('pairs and decisions survive a backup and restore, which exports the same again', async () => {
    const db = await renamedLedger();
    await decideRename(db, ME, 'maya_old', 'maya_new', 'confirm');
    const backup = await exportBackup(db, Date.UTC(2026, 1, 1));
    expect(backup.accounts[0].people.find((p) => p.handle === 'maya_new')?.renamedFrom).toBe('maya_old');
    const restored = await openLedgerDb(`renames-test-${n++}`);
    await restoreBackup(restored, backup);
    expect(await exportBackup(restored, Date.UTC(2026, 1, 1))).toEqual(backup);
    expect((await read(restored)).renames).toMatchObject([
      { from: 'maya_old', to: 'maya_new', confirmed: true },
    ]);
  });

  it('the toolbar counts unseen changes the way the popup does: a likely rename is neither', async () => {
    const db = await renamedLedger();
    const state = await readToolbarState(db, ME, Date.UTC(2026, 0, 3));
    expect(state?.unseen).toEqual({ 'lost-follower': 1, 'new-follower': 1 });
    await decideRename(db, ME, 'maya_old', 'maya_new', 'split');
    expect((await readToolbarState(db, ME, Date.UTC(2026, 0, 3)))?.unseen).toEqual({
      'lost-follower': 2,
      'new-follower': 2,
    });
  });

  it('a first sighting is a follow date only when a download gave it, never a capture end', () => {
    const capture = (endedAt: number, source?: 'import'): CaptureRecord => ({
      id: String(endedAt),
      accountId: ME,
      list: 'followers',
      startedAt: endedAt,
      updatedAt: endedAt,
      endedAt,
      read: 1,
      header: null,
      endReached: true,
      complete: true,
      status: 'closed',
      ...(source ? { source } : {}),
    });
    const change = (handle: string, kind: 'lost-follower' | 'new-follower', firstSeen: number) => ({
      accountId: ME,
      handle,
      kind,
      after: 1000,
      before: 5000,
      firstSeen,
    });
    const events = [change('old', 'lost-follower', 2000), change('new', 'new-follower', 2000)];
    // 2000 ended a page capture: both were merely first seen then.
    expect(takeRenames(events, [capture(2000), capture(5000)], new Map()).renames).toEqual([]);
    // 2000 is no capture's end and a download ended after it: the same follow date.
    expect(takeRenames(events, [capture(1000), capture(5000, 'import')], new Map()).renames).toMatchObject([
      { from: 'old', to: 'new', by: 'follow-date', confirmed: false },
    ]);
  });

  it('an older backup without names restores, with no pair to offer', async () => {
    const db = await renamedLedger();
    const backup = await exportBackup(db, Date.UTC(2026, 1, 1));
    for (const account of backup.accounts)
      account.events = account.events.map(({ displayName: _name, firstSeen: _seen, ...event }) => event);
    const restored = await openLedgerDb(`renames-test-${n++}`);
    await restoreBackup(restored, backup);
    const ledger = await read(restored);
    expect(ledger.renames).toEqual([]);
    expect(ledger.events.filter((event) => event.handle.startsWith('maya'))).toHaveLength(2);
  });
});
