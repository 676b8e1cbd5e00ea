import { DB_VERSION, openLedgerDb } from './open-ledger-db';
import { DB_NAME, type LedgerDb } from './schema';

/**
 * One connection to the ledger for the whole of a context (the worker, or one extension page), opened
 * on first use and shared by every read and write after it, instead of a new one per load that is
 * never closed. It is opened again only after it stepped aside for a newer version or failed to open;
 * an extension page's new attempt then fails with the reason, which the page explains.
 */
export function ledgerConnection(
  open: (onClose: () => void) => Promise<LedgerDb> = (onClose) =>
    openLedgerDb(DB_NAME, DB_VERSION, { onClose }),
): () => Promise<LedgerDb> {
  let connection: Promise<LedgerDb> | undefined;
  const forget = () => (connection = undefined);
  return () =>
    (connection ??= open(forget).catch((error: unknown) => {
      forget();
      return Promise.reject(error);
    }));
}
