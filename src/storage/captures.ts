import type { CaptureMessage, CaptureReply, CaptureSession } from '../domain/capture';
import { judgeCapture } from '../domain/capture-rules';
import { indexRows, joinRows, rowsToColumns } from '../domain/columns';
import { COVERAGE_TOLERANCE } from '../domain/platforms';
import type { CountReading } from '../domain/types';
import { foldCapture, readFoldInputs } from './fold-capture';
import { allOrNothing } from './list-state';
import { accountIdOf, type AccountRecord, type CaptureRecord, LEDGER_STORES, type LedgerDb } from './schema';

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
): Promise<CaptureReply> {
  return closeCaptureAt(db, session, end, now, false);
}

/** What a capture saw is dated now for a live close, but by its last batch when its page went away. */
async function closeCaptureAt(
  db: LedgerDb,
  session: CaptureSession,
  end: { endReached: boolean; header: CountReading | null },
  closingAt: number,
  datedByLastBatch: boolean,
): Promise<CaptureReply> {
  const tx = db.transaction([...LEDGER_STORES], 'readwrite');
  return allOrNothing(tx, async () => {
    const captures = tx.objectStore('captures');
    const capture = (await captures.get(session.id)) ?? newCapture(session, closingAt);
    assertSameSession(capture, session);
    if (capture.status === 'closed') return replyFor(capture);
    const now = datedByLastBatch ? capture.updatedAt : closingAt;
    const batchRange = IDBKeyRange.bound([capture.id, 0], [capture.id, Infinity]);
    const batches = tx.objectStore('batches').getAll(batchRange);
    // Asked for now, so the lists are fetched while the rows are indexed; awaited by the fold.
    const stored = readFoldInputs(tx, capture.accountId, capture.list);
    stored.catch(() => undefined); // A failure is the transaction's, reported where it is awaited.
    const rows = joinRows(await batches);
    const rowAt = indexRows(rows);
    const header = end.header ?? capture.header;
    const verdict = judgeCapture({
      read: rowAt.size,
      header,
      endReached: end.endReached,
      tolerance: COVERAGE_TOLERANCE[session.platform],
    });

    const read = await foldCapture(
      tx,
      {
        accountId: capture.accountId,
        owner: session.owner,
        list: capture.list,
        rows,
        rowAt,
        header,
        verdict,
        at: now,
        mayBeStale: datedByLastBatch,
      },
      stored,
    );
    await tx.objectStore('batches').delete(batchRange);
    Object.assign(capture, {
      status: 'closed',
      endedAt: now,
      updatedAt: now,
      read,
      header,
      endReached: end.endReached,
      complete: verdict.complete,
    } satisfies Partial<CaptureRecord>);
    await captures.put(capture);
    const accounts = tx.objectStore('accounts');
    await accounts.put(accountAfterCapture(await accounts.get(capture.accountId), session, now));
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

export function accountAfterCapture(
  existing: AccountRecord | undefined,
  session: Pick<CaptureSession, 'platform' | 'owner'>,
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

function replyFor(capture: CaptureRecord): CaptureReply {
  return { read: capture.read, complete: capture.complete };
}
