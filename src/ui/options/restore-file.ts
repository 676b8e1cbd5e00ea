import type { Backup } from '../../data/backup-format';
import { type BackupCheck, readBackupFile } from '../../data/read-backup';
import { translatable } from '../../i18n/translatable';
import { restoreBackup } from '../../storage/restore';
import { ledgerDb } from '../ledger-db';
import { announceLedgerReplaced } from '../ledger-replaced';

/** A file's bytes, read piece by piece so the page can show how far it got. */
export async function readFileBytes(
  file: File,
  onProgress: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, at);
    at += value.length;
    onProgress(at, file.size);
  }
  return bytes.subarray(0, at);
}

/**
 * A backup file checked. A file larger than this browser can hold as one text is refused in words, not
 * with the engine's "Invalid string length".
 */
export function checkBackupFile(bytes: Uint8Array): BackupCheck {
  try {
    return readBackupFile(bytes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const megabytes = Math.round(bytes.length / 1_000_000);
    return { ok: false, error: translatable('backupTooLargeToRead', { size: megabytes }) };
  }
}

/**
 * The one place an extension page writes the ledger: a restore is too large for a runtime message
 * (Chrome refuses those past 64 MiB), so the options page writes it itself, in one transaction that
 * either replaces the whole ledger or leaves it as it was. Every capture it writes has a new id, so
 * the background, which keeps lists by the capture that read them, reads the restored ones afresh;
 * open extension pages are told to read the ledger again.
 */
export async function restoreInPage(backup: Backup): Promise<void> {
  await restoreBackup(await ledgerDb(), backup);
  announceLedgerReplaced();
}
