import type { Migration } from './migration';

/** One account's history at a glance, for the profile badge: events indexed by account and handle. */
export const v4: Migration = (_db, tx) => {
  tx.objectStore('events').createIndex('byHandle', ['accountId', 'handle']);
};
