import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { freshName } from './fixtures';

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
