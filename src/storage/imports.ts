import type { ImportedList } from '../data/downloads';
import type { Platform } from '../domain/types';
import { translatable, TranslatableError } from '../i18n/translatable';
import { closeCapture, recordBatch } from './captures';
import { accountIdOf, type LedgerDb } from './schema';

const BATCH = 500;

/**
 * Brings in an official data download as a complete capture of each list it holds, dated by the
 * download: a full baseline with real follow dates. A download older than what the ledger already
 * saw whole would rewrite history backwards, so it is refused before anything is written.
 */
export async function importDownload(
  db: LedgerDb,
  download: { platform: Platform; owner: string; lists: ImportedList[]; exportedAt: number },
): Promise<{ list: string; read: number }[]> {
  const accountId = accountIdOf(download.platform, download.owner);
  for (const { list } of download.lists) {
    const baseline = (await db.get('lists', [accountId, list]))?.baselineAt ?? null;
    if (baseline !== null && baseline > download.exportedAt) {
      throw new TranslatableError(
        translatable(list === 'followers' ? 'importOlderFollowers' : 'importOlderFollowing', {
          download: day(download.exportedAt),
          baseline: day(baseline),
        }),
      );
    }
  }
  const results = [];
  for (const { list, rows } of download.lists) {
    const session = { id: crypto.randomUUID(), platform: download.platform, owner: download.owner, list };
    const header = { value: rows.length, unit: 1 };
    for (let seq = 0; seq * BATCH < rows.length; seq++) {
      const batch = rows.slice(seq * BATCH, (seq + 1) * BATCH);
      await recordBatch(
        db,
        { type: 'capture.batch', session, seq, rows: batch, header },
        download.exportedAt,
      );
    }
    const reply = await closeCapture(
      db,
      session,
      { endReached: true, header },
      download.exportedAt,
      'import',
    );
    results.push({ list, read: reply.read });
  }
  return results;
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}
