import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import type { EventRecord } from '../../../src/storage/change-sets';
import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { everything, fillV3, freshName, kept } from './fixtures';

it('v3 → v4 keeps every record, the annotations and the edited tag set, and indexes the events by handle', async () => {
  const name = freshName();
  const v3 = await openLedgerDb(name, 3);
  await fillV3(v3);
  const before = await everything(v3);
  v3.close();

  const v4 = await openLedgerDb(name, 4);
  expect(kept(await everything(v4), before)).toEqual(before);
  expect(await v4.get('settings', 'tags')).toEqual({
    key: 'tags',
    value: ['partner', 'customer', 'wholesale'],
  });
  expect((await v4.getAll('people')).map((person) => person.handle)).toEqual(['d', 'gone']);
  const found = (await v4.getAllFromIndex('events', 'byHandle', [
    'instagram:me',
    'x',
  ] as never)) as unknown as EventRecord[];
  expect(found.map((event) => event.kind)).toEqual(['lost-follower']);
  v4.close();
});
