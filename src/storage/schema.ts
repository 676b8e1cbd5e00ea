import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Member } from '../domain/ledger';
import type { LedgerEvent } from '../domain/ledger';
import type { CountReading, ListKind, Platform, Row } from '../domain/types';

export const DB_NAME = 'follow-ledger';

/** `${platform}:${handle}` of the user's own account that a ledger belongs to. */
export type AccountId = string;

export function accountIdOf(platform: Platform, handle: string): AccountId {
  return `${platform}:${handle}`;
}

export interface AccountRecord {
  id: AccountId;
  platform: Platform;
  handle: string;
  firstCaptureAt: number;
  lastCaptureAt: number;
}

/** One pass over a list, open while batches arrive; its id is the content script's session id. */
export interface CaptureRecord {
  id: string;
  accountId: AccountId;
  list: ListKind;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
  /** Rows received so far, summed over distinct batches; exact distinct count once closed. */
  read: number;
  header: CountReading | null;
  endReached: boolean;
  complete: boolean;
  status: 'open' | 'closed';
}

/** Rows of one batch of an open capture, keyed by its sequence number so a retried batch is stored once. */
export interface BatchRecord {
  captureId: string;
  seq: number;
  rows: Row[];
}

/**
 * The members of one list, in chunks: 100,000 people as a few dozen arrays write in tens of
 * milliseconds where one record per person takes seconds (DESIGN.md, "Storage").
 */
export interface MemberChunk {
  accountId: AccountId;
  list: ListKind;
  index: number;
  members: Member[];
}

export interface ListRecord {
  accountId: AccountId;
  list: ListKind;
  baselineAt: number | null;
  baselineHeader: CountReading | null;
  chunkCount: number;
  size: number;
}

export interface EventRecord extends LedgerEvent {
  id?: number;
  accountId: AccountId;
  captureId: string;
}

export interface LedgerSchema extends DBSchema {
  accounts: { key: AccountId; value: AccountRecord };
  captures: { key: string; value: CaptureRecord; indexes: { byAccountList: [AccountId, ListKind, number] } };
  batches: { key: [string, number]; value: BatchRecord };
  lists: { key: [AccountId, ListKind]; value: ListRecord };
  memberChunks: { key: [AccountId, ListKind, number]; value: MemberChunk };
  events: { key: number; value: EventRecord; indexes: { byAccount: [AccountId, number] } };
}

export type LedgerDb = IDBPDatabase<LedgerSchema>;
type UpgradeTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'versionchange'>;

/**
 * Numbered migrations: entry i takes the database from version i to i + 1. Never edit a shipped one;
 * add the next, with a test that upgrades real data through it.
 */
export const MIGRATIONS: ReadonlyArray<(db: LedgerDb, tx: UpgradeTx) => void> = [
  function v1(db) {
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
  },
];

export const DB_VERSION = MIGRATIONS.length;

export function openLedgerDb(name = DB_NAME): Promise<LedgerDb> {
  return openDB<LedgerSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) MIGRATIONS[version](db, tx);
    },
  });
}
