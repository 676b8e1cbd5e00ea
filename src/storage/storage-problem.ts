import { UpgradeBlockedError } from './schema';

/**
 * What to tell the user when IndexedDB refuses: the transaction that failed was rolled back whole
 * (allOrNothing), so every message can promise that what was saved before is intact.
 */
export function explainStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return "Your browser has no storage left for Follow Ledger, so this wasn't saved. Everything saved before is intact. Free some disk space, or delete ledgers you no longer need (Backup, import, delete), then try again.";
  }
  if (error instanceof UpgradeBlockedError) {
    return 'Follow Ledger is updating its data, and another of its pages still has the old data open. Close or reload the other Follow Ledger tabs, then try again. Nothing was changed.';
  }
  if (name === 'InvalidStateError' || name === 'VersionError') {
    return 'Follow Ledger was updated while this page was open. Reload the page to continue; nothing was lost.';
  }
  return error instanceof Error ? error.message : String(error);
}
