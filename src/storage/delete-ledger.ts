import { allOrNothing } from './list-state';
import { SEEN_KEYS, seenKey } from './rhythm';
import { type AccountId, LEDGER_STORES, type LedgerDb } from './schema';

/**
 * Removes one account's ledger (or every ledger, with null) and nothing else: with it goes when it was
 * last looked at, or a ledger captured again would count its changes from that old look, and a review
 * one by one of it, whose marks would have no ledger to go to.
 */
export async function deleteLedger(db: LedgerDb, accountId: AccountId | null): Promise<void> {
  const tx = db.transaction([...LEDGER_STORES, 'settings'], 'readwrite');
  if (accountId === null) {
    await Promise.all(LEDGER_STORES.map((store) => tx.objectStore(store).clear()));
    await tx.objectStore('settings').delete(SEEN_KEYS);
    await tx.objectStore('settings').delete('review');
    return tx.done;
  }
  return allOrNothing(tx, async () => {
    await tx.objectStore('settings').delete(seenKey(accountId));
    const review = await tx.objectStore('settings').get('review');
    if (review?.key === 'review' && review.value.accountId === accountId)
      await tx.objectStore('settings').delete('review');
    const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
    const numbered = IDBKeyRange.bound([accountId, 0], [accountId, Infinity]);
    await tx.objectStore('accounts').delete(accountId);
    await tx.objectStore('relations').delete(accountId);
    for (const store of ['lists', 'memberChunks', 'daily', 'checkpoints', 'people'] as const)
      await tx.objectStore(store).delete(range);
    for (const capture of await tx.objectStore('captures').index('byAccountList').getAll(range)) {
      await tx.objectStore('batches').delete(IDBKeyRange.bound([capture.id, 0], [capture.id, Infinity]));
      await tx.objectStore('captures').delete(capture.id);
    }
    for (const key of await tx.objectStore('events').index('byAccount').getAllKeys(numbered))
      await tx.objectStore('events').delete(key);
  });
}
