import type { IDBPDatabase, IDBPTransaction } from 'idb';

/**
 * A migration sees the database as it was at its version, not as the live schema types describe it
 * now: its records are untyped here and each migration names the shapes it reads in its own file.
 */
export type Migration = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void | Promise<void>;
