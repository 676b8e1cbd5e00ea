import type { EventKind } from '../domain/ledger';
import { DEFAULT_RHYTHM, type DueList, dueLists, type Rhythm } from '../domain/rhythm';
import { type ListKind } from '../domain/types';
import { type ChangeSetRecord, eventsOf } from './change-sets';
import { takeRenames } from './renames';
import { type AccountId, type LedgerDb } from './schema';

export async function readRhythm(db: LedgerDb): Promise<Rhythm> {
  const stored = await db.get('settings', 'rhythm');
  return stored?.key === 'rhythm' ? stored.value : DEFAULT_RHYTHM;
}

export async function writeRhythm(db: LedgerDb, rhythm: Rhythm): Promise<Rhythm> {
  await db.put('settings', { key: 'rhythm', value: rhythm });
  return rhythm;
}

/** What the toolbar and the popup's first line tell about one ledger. */
export interface ToolbarState {
  /** When the person last opened the popup on this ledger; null before the first time. */
  seenAt: number | null;
  /** Changes recorded since then, by kind. */
  unseen: Partial<Record<EventKind, number>>;
  unseenTotal: number;
  /** When the capture that proved the oldest unseen change ended: the popup shows changes back to it. */
  unseenSince: number | null;
  due: DueList[];
}

/** Null when there is no ledger for the account: nothing to count, nothing to remind about. */
export async function readToolbarState(
  db: LedgerDb,
  accountId: AccountId,
  now: number,
): Promise<ToolbarState | null> {
  if (!(await db.get('accounts', accountId))) return null;
  const stored = await db.get('settings', seenKey(accountId));
  const seenAt = typeof stored?.value === 'number' ? stored.value : null;
  const unseen: Partial<Record<EventKind, number>> = {};
  let unseenTotal = 0;
  let unseenSince: number | null = null;
  // A change set is dated by the end of the capture that proved it: later than the last look is unseen.
  const range = IDBKeyRange.bound([accountId, seenAt ?? -Infinity], [accountId, Infinity], true);
  const sets = await db.getAllFromIndex('events', 'byAccount', range);
  for (const set of sets) unseenSince = Math.min(unseenSince ?? set.before, set.before);
  for (const event of await withoutRenames(db, accountId, sets)) {
    unseen[event.kind] = (unseen[event.kind] ?? 0) + 1;
    unseenTotal++;
  }
  const [followers, following, rhythm] = await Promise.all([
    lastCompleteAt(db, accountId, 'followers'),
    lastCompleteAt(db, accountId, 'following'),
    readRhythm(db),
  ]);
  return { seenAt, unseen, unseenTotal, unseenSince, due: dueLists(rhythm, { followers, following }, now) };
}

/** The settings key of when one ledger was last looked at; deleting the ledger deletes it too. */
export const seenKey = (accountId: AccountId) => `seen:${accountId}` as const;
/** Every ledger's `seenKey`. */
export const SEEN_KEYS = IDBKeyRange.bound('seen:', 'seen:\uffff');

export async function markSeen(db: LedgerDb, accountId: AccountId, at: number): Promise<void> {
  await db.put('settings', { key: seenKey(accountId), value: at });
}

async function lastCompleteAt(db: LedgerDb, accountId: AccountId, list: ListKind): Promise<number | null> {
  const range = IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]);
  const index = db.transaction('captures').store.index('byAccountList');
  for (let cursor = await index.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    const capture = cursor.value;
    if (capture.status === 'closed' && capture.complete) return capture.endedAt ?? capture.updatedAt;
  }
  return null;
}

/** The changes of `sets` as the popup counts them: a likely rename is neither a loss nor a gain. */
async function withoutRenames(db: LedgerDb, accountId: AccountId, sets: ChangeSetRecord[]) {
  const events = eventsOf(sets);
  // Only sets that kept names or first sightings can hold a rename: older ones are read no further.
  if (!sets.some((set) => set.names || set.firstSeen)) return events;
  const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
  const [captures, people] = await Promise.all([
    db.getAllFromIndex('captures', 'byAccountList', range),
    db.getAll('people', range),
  ]);
  return takeRenames(events, captures, new Map(people.map((person) => [person.handle, person]))).events;
}
