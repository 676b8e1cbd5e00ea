import type { ImportedList } from '../data/downloads';
import { indexRows, rowsToColumns } from '../domain/columns';
import { downloadDate, type ImportBasis, judgeImport } from '../domain/import-rule';
import { COVERAGE_TOLERANCE } from '../domain/platforms';
import type { CountReading, ListKind, Platform, Row } from '../domain/types';
import { translatable, TranslatableError } from '../i18n/translatable';
import { accountAfterCapture } from './captures';
import { foldCapture } from './fold-capture';
import { allOrNothing } from './list-state';
import { recordRequests } from './requests';
import { accountIdOf, type CaptureRecord, LEDGER_STORES, type LedgerDb } from './schema';
import { recordUnfollows } from './unfollowed';

export interface ImportRequest {
  platform: Platform;
  owner: string;
  /** Whose download it is, where the download names them. */
  downloadOwner?: string | undefined;
  lists: ImportedList[];
  /** The date the download's own files carry, if any. */
  filesDated: number | null;
  /** The person said the download was made for "All time" (asked only when no header count is known). */
  allTime: boolean;
  /** Accounts the download says the owner recently unfollowed, with when. */
  unfollowed?: Row[] | undefined;
  /** Follow requests the download says are pending, with when they were sent. */
  requested?: Row[] | undefined;
}

export interface ImportResult {
  at: number;
  lists: { list: ListKind; read: number; complete: boolean; basis: ImportBasis }[];
  /** "You unfollowed" changes recorded from the download. */
  unfollowed: number;
}

/**
 * Brings in an official data download as one capture per list, all in one transaction: written whole
 * or not at all, with no batches for a live capture's clean-up to close. Complete only where DESIGN.md's
 * rule says so; otherwise a partial capture, which adds followers and follow dates and takes nobody away.
 */
export async function importDownload(
  db: LedgerDb,
  request: ImportRequest,
  now: number,
): Promise<ImportResult> {
  if (request.downloadOwner && request.downloadOwner !== request.owner)
    throw new TranslatableError(
      translatable('importOwnerMismatch', {
        owner: `@${request.downloadOwner}`,
        chosen: `@${request.owner}`,
      }),
    );
  const accountId = accountIdOf(request.platform, request.owner);
  const at = downloadDate(
    request.filesDated,
    request.lists.flatMap((list) => list.rows),
    now,
  );
  const tx = db.transaction([...LEDGER_STORES], 'readwrite');
  return allOrNothing(tx, async () => {
    const lists: ImportResult['lists'] = [];
    for (const { list, rows } of request.lists) {
      const verdict = judgeImport({
        read: rows.length,
        lastHeader: newestHeader(
          await tx.objectStore('captures').index('byAccountList').getAll(capturesOf(accountId, list)),
        ),
        downloadAt: at,
        allTime: request.allTime,
        tolerance: COVERAGE_TOLERANCE[request.platform],
      });
      const columns = rowsToColumns(rows);
      const read = await foldCapture(tx, {
        accountId,
        owner: request.owner,
        list,
        rows: columns,
        rowAt: indexRows(columns),
        header: null,
        verdict,
        at,
      });
      const capture: CaptureRecord = {
        id: crypto.randomUUID(),
        accountId,
        list,
        startedAt: at,
        updatedAt: at,
        endedAt: at,
        read,
        header: null,
        endReached: true,
        complete: verdict.complete,
        status: 'closed',
        source: 'import',
        basis: verdict.basis,
      };
      await tx.objectStore('captures').put(capture);
      lists.push({ list, read, complete: verdict.complete, basis: verdict.basis });
    }
    const accounts = tx.objectStore('accounts');
    await accounts.put(accountAfterCapture(await accounts.get(accountId), request, at));
    if (request.requested) await recordRequests(tx, accountId, request.requested, at);
    return { at, lists, unfollowed: await recordUnfollows(tx, accountId, request.unfollowed ?? []) };
  });
}

/** The newest header count a page showed for this list, with when: what a download must cover. */
function newestHeader(captures: readonly CaptureRecord[]): { header: CountReading; at: number } | null {
  let newest: { header: CountReading; at: number } | null = null;
  for (const capture of captures) {
    const at = capture.endedAt ?? capture.updatedAt;
    if (capture.header && capture.source !== 'import' && (!newest || at > newest.at))
      newest = { header: capture.header, at };
  }
  return newest;
}

function capturesOf(accountId: string, list: ListKind): IDBKeyRange {
  return IDBKeyRange.bound([accountId, list, -Infinity], [accountId, list, Infinity]);
}

/** The lists of a download for which no header count is known: the page asks whether it was made for "All time". */
export async function listsWithoutCount(
  db: LedgerDb,
  accountId: string,
  lists: ListKind[],
): Promise<ListKind[]> {
  const unknown: ListKind[] = [];
  for (const list of lists)
    if (!newestHeader(await db.getAllFromIndex('captures', 'byAccountList', capturesOf(accountId, list))))
      unknown.push(list);
  return unknown;
}
