import type { Migration } from './migration';

/** The ledger's first stores: accounts, captures with their open batches, lists with their members, events. */
export const v1: Migration = (db) => {
  db.createObjectStore('accounts', { keyPath: 'id' });
  db.createObjectStore('captures', { keyPath: 'id' }).createIndex('byAccountList', [
    'accountId',
    'list',
    'startedAt',
  ]);
  db.createObjectStore('batches', { keyPath: ['captureId', 'seq'] });
  db.createObjectStore('lists', { keyPath: ['accountId', 'list'] });
  db.createObjectStore('memberChunks', { keyPath: ['accountId', 'list', 'index'] });
  db.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex('byAccount', [
    'accountId',
    'before',
  ]);
};
