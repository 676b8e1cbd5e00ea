import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import { DB_VERSION, MIGRATIONS, openLedgerDb } from '../../../src/storage/open-ledger-db';
import { type LedgerDb } from '../../../src/storage/schema';
import { everything, fillV1, fillV2, fillV3, fillV5, freshName, kept } from './fixtures';

/** Each version's ledger in its own record shapes (version 4 stores version 3's, adding an index). */
const FILL: Record<number, (db: LedgerDb) => Promise<void>> = {
  1: fillV1,
  2: fillV2,
  3: fillV3,
  4: fillV3,
  5: fillV5,
};

describe('schema migrations', () => {
  it('has one migration per version, and a ledger of every earlier version to upgrade', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect(Object.keys(FILL).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each([1, 2, 3, 4, 5])('upgrading from version %i to the newest keeps every record', async (from) => {
    const name = freshName();
    const old = await openLedgerDb(name, from);
    await FILL[from](old);
    const before = await everything(old);
    old.close();
    const newest = await openLedgerDb(name);
    expect(kept(await everything(newest), before)).toEqual(before);
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
