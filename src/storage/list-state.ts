import type { IDBPTransaction, StoreNames } from 'idb';

import { appendMembers, joinMembers, type MemberTable, sliceMembers } from '../domain/columns';
import type { ListState, ListTableState } from '../domain/ledger';
import type { ListKind } from '../domain/types';
import type { AccountId, LedgerSchema, ListRecord } from './schema';

/** Members per stored chunk: large enough to keep writes few, small enough to rewrite cheaply. */
const CHUNK_SIZE = 5000;

/** A checkpoint of a list's full membership at most this often: history can be rebuilt from the last one and the events. */
export const CHECKPOINT_EVERY_MS = 30 * 24 * 60 * 60 * 1000;

export type WriteTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'readwrite'>;

export interface StoredList {
  state: ListState;
  /** Null while the list has never been captured. */
  record: ListRecord | null;
}

export async function readList(tx: WriteTx, accountId: AccountId, list: ListKind): Promise<StoredList> {
  const [record, chunks] = await readStored(tx, accountId, list);
  return { record, state: { ...baselineOf(record), members: chunks.reduce(appendMembers, []) } };
}

/** A list as columns, for what goes over every member: a close, the relations. */
export async function readTable(
  tx: WriteTx,
  accountId: AccountId,
  list: ListKind,
): Promise<{ state: ListTableState; record: ListRecord | null }> {
  const [record, chunks] = await readStored(tx, accountId, list);
  return { record, state: { ...baselineOf(record), members: joinMembers(chunks) } };
}

async function readStored(tx: WriteTx, accountId: AccountId, list: ListKind) {
  const [record, chunks] = await Promise.all([
    tx.objectStore('lists').get([accountId, list]),
    tx.objectStore('memberChunks').getAll(chunkRange(accountId, list)),
  ]);
  return [record ?? null, chunks] as const;
}

const baselineOf = (record: ListRecord | null) => ({
  baselineAt: record?.baselineAt ?? null,
  baselineHeader: record?.baselineHeader ?? null,
});

/**
 * Rewrites a list's state in place: its size stays that of the list, however many captures there were.
 * `completedAt` is the time of the complete capture this state comes from, if it does: a checkpoint may follow.
 * Returns the list's new revision.
 */
export async function writeList(
  tx: WriteTx,
  accountId: AccountId,
  list: ListKind,
  state: ListTableState,
  completedAt: number | null,
): Promise<number> {
  const previous = await tx.objectStore('lists').get([accountId, list]);
  const revision = (previous?.revision ?? 0) + 1;
  const chunks = tx.objectStore('memberChunks');
  const size = state.members.handles.length;
  // Chunks are put over the old ones; only those past the new end are deleted.
  await chunks.delete(chunkRange(accountId, list, Math.ceil(size / CHUNK_SIZE)));
  const writes: Promise<unknown>[] = [];
  for (let index = 0; index * CHUNK_SIZE < size; index++) {
    const members = sliceMembers(state.members, index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
    writes.push(chunks.put({ accountId, list, index, ...members }));
  }
  await Promise.all(writes);
  await tx.objectStore('lists').put({
    accountId,
    list,
    baselineAt: state.baselineAt,
    baselineHeader: state.baselineHeader,
    size,
    revision,
  });
  if (completedAt !== null) await checkpointIfDue(tx, accountId, list, state.members, completedAt);
  return revision;
}

/** Checkpoints are taken only from complete captures, so each is a membership the ledger stands behind. */
async function checkpointIfDue(
  tx: WriteTx,
  accountId: AccountId,
  list: ListKind,
  members: MemberTable,
  at: number,
) {
  const store = tx.objectStore('checkpoints');
  const newest = await store.openCursor(
    IDBKeyRange.bound([accountId, list, 0], [accountId, list, Infinity]),
    'prev',
  );
  if (newest && at - newest.value.at < CHECKPOINT_EVERY_MS) return;
  await store.put({ accountId, list, at, handles: members.handles });
}

function chunkRange(accountId: AccountId, list: ListKind, from = 0): IDBKeyRange {
  return IDBKeyRange.bound([accountId, list, from], [accountId, list, Infinity]);
}

/**
 * Runs `work` in `tx` and commits only if it finished: IndexedDB commits a transaction by itself once no
 * request is pending, so a JavaScript error halfway would otherwise keep the writes made before it.
 */
export async function allOrNothing<T>(
  tx: { abort(): void; done: Promise<void> },
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined); // Its rejection is the abort below, already reported as `error`.
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failed request itself.
    }
    throw error;
  }
}
