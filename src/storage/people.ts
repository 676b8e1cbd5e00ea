import type { PersonChange } from '../domain/person-change';
import { type AccountId, DEFAULT_TAGS, type LedgerDb, type PersonRecord } from './schema';

/** One person's annotations after a change; null when nothing is left to keep. */
export function annotate(
  existing: PersonRecord | undefined,
  key: { accountId: AccountId; handle: string },
  change: PersonChange,
  now: number,
): PersonRecord | null {
  const next: PersonRecord = { ...existing, ...key };
  if (change.protected === true) next.protected = true;
  if (change.protected === false) delete next.protected;
  if (change.reviewed === true) next.reviewedAt = existing?.reviewedAt ?? now;
  if (change.reviewed === false) delete next.reviewedAt;
  if (change.note !== undefined) {
    const note = change.note.trim();
    if (note) next.note = note;
    else delete next.note;
  }
  if (change.saidUnfollowed === true) {
    next.saidUnfollowedAt = existing?.saidUnfollowedAt ?? now;
    delete next.stillFollowingAt;
  }
  if (change.saidUnfollowed === false) delete next.saidUnfollowedAt;
  if (change.addTags || change.removeTags) {
    const tags = new Set(next.tags ?? []);
    for (const tag of change.addTags ?? []) tags.add(tag);
    for (const tag of change.removeTags ?? []) tags.delete(tag);
    if (tags.size) next.tags = [...tags].sort();
    else delete next.tags;
  }
  return holdsAnything(next) ? next : null;
}

/** Whether a person's record still says something: an annotation, or a pending follow request. */
export function holdsAnything(person: Omit<PersonRecord, 'accountId' | 'handle'>): boolean {
  return Boolean(
    person.protected ||
    person.reviewedAt !== undefined ||
    person.note !== undefined ||
    person.tags !== undefined ||
    person.requestedAt !== undefined ||
    person.renamedFrom !== undefined ||
    person.notRenamedFrom !== undefined ||
    person.saidUnfollowedAt !== undefined ||
    person.stillFollowingAt !== undefined,
  );
}

/** The handles of the protected accounts among `people`: every view but Protected leaves them out. */
export function protectedHandles(people: Iterable<{ handle: string; protected?: boolean }>): string[] {
  const found: string[] = [];
  for (const person of people) if (person.protected) found.push(person.handle);
  return found;
}

/** Applies one change to many people in one transaction: a bulk action is all or nothing. */
export async function annotatePeople(
  db: LedgerDb,
  accountId: AccountId,
  handles: string[],
  change: PersonChange,
  now: number,
): Promise<number> {
  const tx = db.transaction('people', 'readwrite');
  for (const handle of new Set(handles)) {
    const next = annotate(await tx.store.get([accountId, handle]), { accountId, handle }, change, now);
    if (next) await tx.store.put(next);
    else await tx.store.delete([accountId, handle]);
  }
  await tx.done;
  return handles.length;
}

export async function readTags(db: LedgerDb): Promise<string[]> {
  const stored = await db.get('settings', 'tags');
  return stored?.key === 'tags' ? stored.value : DEFAULT_TAGS;
}

export async function writeTags(db: LedgerDb, tags: string[]): Promise<string[]> {
  const value = [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
  await db.put('settings', { key: 'tags', value });
  return value;
}
