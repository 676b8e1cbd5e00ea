import type { Migration } from './migration';

/**
 * Who is in both lists, kept beside the members, so the popup shows its counts without reading
 * 200,000 members. Existing ledgers get theirs the first time a page finds it missing (relations.ts).
 */
export const v6: Migration = (db) => {
  db.createObjectStore('relations', { keyPath: 'accountId' });
};
