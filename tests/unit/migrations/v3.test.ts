import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { everything, fillV2, freshName, kept } from './fixtures';

it('v2 → v3 keeps every record and adds the people store and the default tag set', async () => {
  const name = freshName();
  const v2 = await openLedgerDb(name, 2);
  await fillV2(v2);
  const before = await everything(v2);
  expect(before.daily).toHaveLength(2);
  expect(before.checkpoints).toHaveLength(1);
  v2.close();

  const v3 = await openLedgerDb(name, 3);
  expect(kept(await everything(v3), before)).toEqual(before);
  expect(await v3.getAll('people')).toEqual([]);
  expect(await v3.get('settings', 'tags')).toEqual({
    key: 'tags',
    value: ['creator', 'brand', 'customer', 'partner', 'campaign'],
  });
  v3.close();
});
