import type { LedgerDb, PersonRecord } from './schema';

/** What a confirmed rename did with the annotations: moved them, merged them with the new handle's, or found none. */
export type RenameOutcome = 'moved' | 'merged' | 'nothing' | 'split';

const NOTE_MAX = 2000;

/**
 * The person's word on a likely rename of `from` into `to`. Confirmed: the notes, tags and protection of
 * @from move to @to, merged with any @to already had (the union of tags, protected if either was, both
 * notes kept), and @from's record goes. Split: the pair is remembered as not a rename and nothing moves.
 */
export async function decideRename(
  db: LedgerDb,
  accountId: string,
  from: string,
  to: string,
  decision: 'confirm' | 'split',
): Promise<RenameOutcome> {
  const tx = db.transaction('people', 'readwrite');
  const [old, known] = await Promise.all([tx.store.get([accountId, from]), tx.store.get([accountId, to])]);
  const next: PersonRecord = { ...known, accountId, handle: to };
  let outcome: RenameOutcome = 'split';
  if (decision === 'split') {
    next.notRenamedFrom = [...new Set([...(known?.notRenamedFrom ?? []), from])].sort();
  } else {
    outcome = carried(old) ? (carried(known) ? 'merged' : 'moved') : 'nothing';
    Object.assign(next, merged(old, known), { renamedFrom: from });
    const refused = known?.notRenamedFrom?.filter((handle) => handle !== from);
    if (refused?.length) next.notRenamedFrom = refused;
    else delete next.notRenamedFrom;
    if (old) await tx.store.delete([accountId, from]);
  }
  await tx.store.put(next);
  await tx.done;
  return outcome;
}

/** Whether a record holds annotations that would follow a rename. */
function carried(person: PersonRecord | undefined): boolean {
  return Boolean(person && (person.protected || person.note || person.tags?.length || person.reviewedAt));
}

function merged(old: PersonRecord | undefined, known: PersonRecord | undefined): Partial<PersonRecord> {
  const result: Partial<PersonRecord> = {};
  if (old?.protected || known?.protected) result.protected = true;
  const tags = [...new Set([...(known?.tags ?? []), ...(old?.tags ?? [])])].sort();
  if (tags.length) result.tags = tags;
  const notes = [...new Set([known?.note, old?.note].filter((note): note is string => Boolean(note)))];
  if (notes.length) result.note = notes.join('\n').slice(0, NOTE_MAX);
  const reviewedAt = known?.reviewedAt ?? old?.reviewedAt;
  if (reviewedAt !== undefined) result.reviewedAt = reviewedAt;
  return result;
}
