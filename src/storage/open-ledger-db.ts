import { openDB } from 'idb';

import type { Migration } from './migrations/migration';
import { v1 } from './migrations/v1';
import { v2 } from './migrations/v2';
import { v3 } from './migrations/v3';
import { v4 } from './migrations/v4';
import { v5 } from './migrations/v5';
import { v6 } from './migrations/v6';
import { DB_NAME, type LedgerDb, type LedgerSchema } from './schema';

/**
 * Numbered migrations: entry i takes the database from version i to i + 1. Each is frozen in its own
 * file under migrations/ and copies what it needs: never edit a shipped one; add the next, with a test
 * that upgrades data of the previous version's shape through it.
 */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5, v6];

export const DB_VERSION = MIGRATIONS.length;

/** Refused while another Follow Ledger page holds the database open at an older version. */
export class UpgradeBlockedError extends Error {
  override name = 'UpgradeBlockedError';
}

/**
 * `version` is for tests that build an older database to upgrade; the extension always opens the newest.
 * A connection steps aside when a newer version needs the database (an updated extension's page or
 * worker), and `onClose` tells its owner to open a new one. An open that an older connection blocks is
 * refused at once, so a page says why instead of waiting in silence; nothing is changed by it.
 */
export function openLedgerDb(
  name = DB_NAME,
  version = DB_VERSION,
  events: { onClose?: () => void } = {},
): Promise<LedgerDb> {
  return new Promise((resolve, reject) => {
    const opening = openDB<LedgerSchema>(name, version, {
      // Migrations run in order inside the one upgrade transaction; it stays open while they await its requests.
      // They see the database untyped: its records have the shapes of their own version, not today's types.
      async upgrade(db, oldVersion, _newVersion, tx) {
        const [untypedDb, untypedTx] = [db, tx] as unknown as Parameters<Migration>;
        for (let from = oldVersion; from < version; from++) await MIGRATIONS[from](untypedDb, untypedTx);
      },
      blocked() {
        reject(new UpgradeBlockedError('Another Follow Ledger page still has its data open'));
        // The upgrade still runs once that page lets go; this connection is then not wanted.
        void opening.then(
          (db) => db.close(),
          () => undefined,
        );
      },
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
        events.onClose?.();
      },
      terminated() {
        events.onClose?.();
      },
    });
    opening.then(resolve, reject);
  });
}
