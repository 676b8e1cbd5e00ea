import type { CaptureMessage, CaptureReply, CaptureSession } from '../domain/capture';
import { judgeCapture } from '../domain/capture-rules';
import { dailyPoint } from '../domain/daily';
import { friendEvents } from '../domain/friends';
import { applyCapture, type LedgerEvent, type Member } from '../domain/ledger';
import { COVERAGE_TOLERANCE } from '../domain/platforms';
import type { CountReading, ListKind, Row } from '../domain/types';
import { handlesOf } from '../domain/views';
import { changeSetsOf } from './change-sets';
import { appendRows, rowsToColumns } from './columns';
import { allOrNothing, readList, writeList } from './list-state';
import { protectedHandlesOf, type RelatedList, relationsRecord, revisionOf } from './relations';
import { accountIdOf, type AccountRecord, type CaptureRecord, type LedgerDb } from './schema';

const STORES = [
  'accounts',
  'captures',
  'batches',
  'lists',
  'memberChunks',
  'events',
  'daily',
  'checkpoints',
  'people',
  'relations',
] as const;

/** An open capture with no batch for this long was abandoned (tab closed, browser quit). */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

type BatchMessage = Extract<CaptureMessage, { type: 'capture.batch' }>;

/**
 * Appends one batch to its capture, creating the capture on its first batch. Idempotent: a batch that
 * is sent again (the acknowledgement was lost while the worker restarted) is stored and counted once.
 */
export async function recordBatch(db: LedgerDb, message: BatchMessage, now: number): Promise<CaptureReply> {
  if ((await db.getKey('captures', message.session.id)) === undefined) await closeAbandonedCaptures(db, now);
  const tx = db.transaction(['accounts', 'captures', 'batches'], 'readwrite');
  const captures = tx.objectStore('captures');
  const capture = (await captures.get(message.session.id)) ?? newCapture(message.session, now);
  assertSameSession(capture, message.session);
  if (capture.status === 'open') {
    const batches = tx.objectStore('batches');
    if ((await batches.getKey([capture.id, message.seq])) === undefined) {
      await batches.put({ captureId: capture.id, seq: message.seq, ...rowsToColumns(message.rows) });
      capture.read += message.rows.length;
    }
    capture.header = message.header ?? capture.header;
    capture.updatedAt = now;
    await captures.put(capture);
    const accounts = tx.objectStore('accounts');
    await accounts.put(accountAfterCapture(await accounts.get(capture.accountId), message.session, now));
  }
  await tx.done;
  return replyFor(capture);
}

/**
 * Closes a capture: classifies it complete or partial, folds its rows into the list's state and
 * records the changes it proves, all in one transaction so a worker stopped halfway leaves no trace.
 */
export async function closeCapture(
  db: LedgerDb,
  session: CaptureSession,
  end: { endReached: boolean; header: CountReading | null },
  now: number,
  source?: CaptureRecord['source'],
): Promise<CaptureReply> {
  return closeCaptureAt(db, session, end, now, false, source);
}

/** What a capture saw is dated now for a live close, but by its last batch when its page went away. */
async function closeCaptureAt(
  db: LedgerDb,
  session: CaptureSession,
  end: { endReached: boolean; header: CountReading | null },
  closingAt: number,
  datedByLastBatch: boolean,
  source?: CaptureRecord['source'],
): Promise<CaptureReply> {
  const tx = db.transaction([...STORES], 'readwrite');
  return allOrNothing(tx, async () => {
    const captures = tx.objectStore('captures');
    const capture = (await captures.get(session.id)) ?? newCapture(session, closingAt);
    assertSameSession(capture, session);
    if (capture.status === 'closed') return replyFor(capture);
    const now = datedByLastBatch ? capture.updatedAt : closingAt;
    const batchRange = IDBKeyRange.bound([capture.id, 0], [capture.id, Infinity]);
    const rows = distinctRows((await tx.objectStore('batches').getAll(batchRange)).reduce(appendRows, []));
    const header = end.header ?? capture.header;
    const verdict = judgeCapture({
      read: rows.length,
      header,
      endReached: end.endReached,
      tolerance: COVERAGE_TOLERANCE[session.platform],
    });

    const { accountId, list } = capture;
    const otherList: ListKind = list === 'followers' ? 'following' : 'followers';
    const [current, other] = await Promise.all([
      readList(tx, accountId, list),
      readList(tx, accountId, otherList),
    ]);
    // A later complete capture already knows the truth; evidence older than it would only mislead.
    const superseded = current.state.baselineAt !== null && current.state.baselineAt > now;
    const { next, events } = applyCapture(current.state, {
      list,
      endedAt: now,
      rows: superseded ? [] : rows,
      header,
      ...verdict,
    });
    // Friendships can only be said to start or end against a list the ledger has seen whole.
    const allEvents = [
      ...events,
      ...friendEvents(
        list,
        events,
        other.state.baselineAt === null ? new Set() : inList(other.state.members, events),
      ),
    ];

    const revision = await writeList(tx, accountId, list, next, verdict.complete ? now : null);
    for (const set of changeSetsOf(accountId, allEvents)) await tx.objectStore('events').add(set);
    const written: RelatedList = { handles: handlesOf(next.members), revision };
    const unchanged: RelatedList = {
      handles: handlesOf(other.state.members),
      revision: revisionOf(other.record),
    };
    const lists =
      list === 'followers'
        ? { followers: written, following: unchanged }
        : { followers: unchanged, following: written };
    const relations = relationsRecord(accountId, lists, await protectedHandlesOf(tx, accountId));
    await tx.objectStore('relations').put(relations);
    const sizes = { [list]: next.members, [otherList]: other.record ? other.state.members : null } as Record<
      ListKind,
      Member[] | null
    >;
    await tx
      .objectStore('daily')
      .put({ ...dailyPoint(now, sizes.followers, sizes.following, relations), accountId });
    await tx.objectStore('batches').delete(batchRange);
    Object.assign(capture, {
      status: 'closed',
      endedAt: now,
      updatedAt: now,
      read: rows.length,
      header,
      endReached: end.endReached,
      complete: verdict.complete,
      ...(source ? { source } : {}),
    } satisfies Partial<CaptureRecord>);
    await captures.put(capture);
    const accounts = tx.objectStore('accounts');
    await accounts.put(accountAfterCapture(await accounts.get(accountId), session, now));
    return replyFor(capture);
  });
}

/**
 * "The next visit resumes or closes that capture as partial, never as complete": an open capture whose
 * page went away is closed without its end, dated by its last batch, so what it saw still counts as presence.
 * With `noPageLeft` (a new browser session, a new version of the extension) every open capture was abandoned.
 */
export async function closeAbandonedCaptures(db: LedgerDb, now: number, noPageLeft = false): Promise<number> {
  const abandoned = (await db.getAll('captures')).filter(
    (capture) => capture.status === 'open' && (noPageLeft || now - capture.updatedAt > ABANDONED_AFTER_MS),
  );
  for (const capture of abandoned) {
    const [platform, owner] = capture.accountId.split(':') as [CaptureSession['platform'], string];
    await closeCaptureAt(
      db,
      { id: capture.id, platform, owner, list: capture.list },
      { endReached: false, header: capture.header },
      now,
      true,
    );
  }
  return abandoned.length;
}

function newCapture(session: CaptureSession, startedAt: number): CaptureRecord {
  return {
    id: session.id,
    accountId: accountIdOf(session.platform, session.owner),
    list: session.list,
    startedAt,
    updatedAt: startedAt,
    endedAt: null,
    read: 0,
    header: null,
    endReached: false,
    complete: false,
    status: 'open',
  };
}

/** A session id is bound to the account and list it started on; a message that says otherwise is forged. */
function assertSameSession(capture: CaptureRecord, session: CaptureSession): void {
  if (capture.accountId !== accountIdOf(session.platform, session.owner) || capture.list !== session.list) {
    throw new Error(`Capture ${session.id} belongs to another account or list`);
  }
}

function accountAfterCapture(
  existing: AccountRecord | undefined,
  session: CaptureSession,
  now: number,
): AccountRecord {
  return {
    id: accountIdOf(session.platform, session.owner),
    platform: session.platform,
    handle: session.owner,
    firstCaptureAt: existing?.firstCaptureAt ?? now,
    lastCaptureAt: Math.max(existing?.lastCaptureAt ?? 0, now),
  };
}

/** Each account once; a later row's name wins, as the list may re-render with fresher data. */
function distinctRows(rows: Row[]): Row[] {
  const byHandle = new Map<string, Row>();
  for (const row of rows) byHandle.set(row.handle, row);
  return rows.length === byHandle.size ? rows : [...byHandle.values()];
}

function replyFor(capture: CaptureRecord): CaptureReply {
  return { read: capture.read, complete: capture.complete };
}

/** Which of the changed handles are in `members`: the few changed handles are looked up, not the whole list hashed. */
function inList(members: readonly Member[], events: readonly LedgerEvent[]): Set<string> {
  const changed = new Set(events.map((event) => event.handle));
  const found = new Set<string>();
  if (changed.size) for (const member of members) if (changed.has(member.handle)) found.add(member.handle);
  return found;
}
