import 'fake-indexeddb/auto';

import { expect, it } from 'vitest';

import { relationshipViews } from '../../../src/domain/views';
import { listAccounts, readLedger } from '../../../src/storage/ledger-reader';
import { openLedgerDb } from '../../../src/storage/open-ledger-db';
import { refreshRelations } from '../../../src/storage/relations';
import { type LedgerDb } from '../../../src/storage/schema';
import { everything, fillV1, fillV5, freshName, kept } from './fixtures';

/** What a page sees of an upgraded ledger, before and after the background works its relations out. */
async function expectRelationsWorkedOutWhenWanted(v6: LedgerDb) {
  const [account] = await listAccounts(v6);
  const upgraded = await readLedger(v6, account);
  expect(upgraded.counts).toBeNull();
  expect(upgraded.members?.relationsStored).toBe(false);
  expect(
    relationshipViews(
      upgraded.members!.followers,
      upgraded.members!.following,
      upgraded.members!.relations,
    ).mutuals.map((m) => m.handle),
  ).toEqual(['c']);

  await refreshRelations(v6, account.id);
  const refreshed = await readLedger(v6, account);
  expect(refreshed.members?.relationsStored).toBe(true);
  return refreshed;
}

it('v5 → v6 keeps every record and leaves the relations to be worked out when first wanted', async () => {
  const name = freshName();
  const v4 = await openLedgerDb(name, 4);
  await fillV1(v4);
  v4.close();
  const v5 = await openLedgerDb(name, 5);
  const before = await everything(v5);
  v5.close();
  const v6 = await openLedgerDb(name, 6);
  expect(kept(await everything(v6), before)).toEqual(before);
  expect(await v6.getAll('relations')).toEqual([]);
  const refreshed = await expectRelationsWorkedOutWhenWanted(v6);
  expect(refreshed.counts).toEqual({ notFollowingBack: 1, fans: 2, mutuals: 1 });
  v6.close();
});

it('v5 → v6 upgrades a ledger as version 5 first wrote it (plain arrays), with its annotations', async () => {
  const name = freshName();
  const v5 = await openLedgerDb(name, 5);
  await fillV5(v5);
  const before = await everything(v5);
  v5.close();
  const v6 = await openLedgerDb(name, 6);
  expect(kept(await everything(v6), before)).toEqual(before);
  const refreshed = await expectRelationsWorkedOutWhenWanted(v6);
  // d is protected: counted out of the views' sizes.
  expect(refreshed.counts).toEqual({ notFollowingBack: 0, fans: 2, mutuals: 1 });
  expect(refreshed.people.get('d')).toMatchObject({ protected: true, note: 'met at the fair' });
  v6.close();
});
