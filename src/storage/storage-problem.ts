import { translatable, TranslatableError } from '../i18n/translatable';
import { UpgradeBlockedError } from './open-ledger-db';

/**
 * What to tell the user when IndexedDB refuses. The transaction that failed was rolled back whole
 * (allOrNothing), so every explanation can promise that what was saved before is intact. Other errors
 * are returned as they are.
 */
export function explainStorageError(error: unknown): unknown {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new TranslatableError(translatable('storageFull'));
  if (error instanceof UpgradeBlockedError)
    return new TranslatableError(translatable('storageUpgradeBlocked'));
  if (name === 'InvalidStateError' || name === 'VersionError')
    return new TranslatableError(translatable('storageUpdated'));
  return error;
}
