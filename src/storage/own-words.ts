import type { MemberColumns } from '../domain/columns';
import { type FollowingPresence, type OwnWordOutcome, settleOwnWord } from '../domain/own-word';
import { newestClosedCapture } from './ledger-reader';
import { holdsAnything } from './people';
import type { AccountId, LedgerDb, PersonRecord } from './schema';

/**
 * Settles the owner's "I unfollowed" against the newest capture of their following list. Called after
 * each capture closes: a complete one that still holds the account corrects the word (and says as of
 * when), one without it confirms it (the capture's own "you unfollowed" change then tells it); any other
 * capture leaves the word as it is. Returns how many words it settled.
 */
export async function settleOwnWords(db: LedgerDb, accountId: AccountId): Promise<number> {
  const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
  const said = (await db.getAll('people', range)).filter((person) => person.saidUnfollowedAt !== undefined);
  if (said.length === 0) return 0;
  const capture = await newestClosedCapture(db, accountId, 'following');
  if (!capture?.complete || capture.endedAt === null) return 0;
  const presence = await followingPresence(db, accountId, new Set(said.map((person) => person.handle)));
  const settled = new Map<string, OwnWordOutcome>();
  for (const person of said) {
    const outcome = settleOwnWord(person.saidUnfollowedAt!, capture, presence.get(person.handle) ?? 'absent');
    if (outcome !== 'pending') settled.set(person.handle, outcome);
  }
  if (settled.size === 0) return 0;
  const tx = db.transaction('people', 'readwrite');
  for (const [handle, outcome] of settled) {
    // The person may have taken their word back meanwhile: only a word still standing is settled.
    const current = await tx.store.get([accountId, handle]);
    if (current?.saidUnfollowedAt === undefined) continue;
    const next: PersonRecord = { ...current };
    delete next.saidUnfollowedAt;
    if (outcome === 'corrected') next.stillFollowingAt = capture.endedAt;
    if (holdsAnything(next)) await tx.store.put(next);
    else await tx.store.delete([accountId, handle]);
  }
  await tx.done;
  return settled.size;
}

/** Where the stored following list stands on `wanted` only: the list can hold a million, the words a few. */
async function followingPresence(
  db: LedgerDb,
  accountId: AccountId,
  wanted: ReadonlySet<string>,
): Promise<Map<string, FollowingPresence>> {
  const chunks: MemberColumns[] = await db.getAll(
    'memberChunks',
    IDBKeyRange.bound([accountId, 'following', 0], [accountId, 'following', Infinity]),
  );
  const presence = new Map<string, FollowingPresence>();
  for (const chunk of chunks)
    chunk.handles.forEach((handle, i) => {
      if (wanted.has(handle)) presence.set(handle, chunk.missingSince[i] ? 'missing' : 'present');
    });
  return presence;
}
