import { memberHandles } from './ledger-reader';
import type { AccountId, LedgerDb } from './schema';

/** Everyone a ledger holds: the members of both lists, and anyone annotated (the backup's `people`). */
export async function knownHandles(db: LedgerDb, accountId: AccountId): Promise<Set<string>> {
  const [followers, following, people] = await Promise.all([
    memberHandles(db, accountId, 'followers'),
    memberHandles(db, accountId, 'following'),
    db.getAll('people', IDBKeyRange.bound([accountId, ''], [accountId, '\uffff'])),
  ]);
  const known = new Set([...followers, ...following]);
  for (const person of people) known.add(person.handle);
  return known;
}
