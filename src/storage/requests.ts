import type { Row } from '../domain/types';
import type { WriteTx } from './list-state';
import { holdsAnything } from './people';
import type { AccountId } from './schema';

/**
 * The follow requests a download says are still pending, with when each was asked: the Requested view.
 * The download's list replaces the one before it: a request no longer in it was answered or withdrawn.
 */
export async function recordRequests(tx: WriteTx, accountId: AccountId, rows: readonly Row[], at: number) {
  const people = tx.objectStore('people');
  const pending = new Map(rows.map((row) => [row.handle, row.since ?? at]));
  const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
  for (const person of await people.getAll(range)) {
    if (person.requestedAt === undefined || pending.has(person.handle)) continue;
    const { requestedAt: _answered, ...rest } = person;
    if (holdsAnything(rest)) await people.put(rest);
    else await people.delete([accountId, person.handle]);
  }
  for (const [handle, requestedAt] of pending) {
    const person = await people.get([accountId, handle]);
    await people.put({ ...person, accountId, handle, requestedAt });
  }
}
