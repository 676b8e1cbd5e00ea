import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';

import { type DailyPoint, dailyPoint } from '../domain/daily';
import type { ImportBasis } from '../domain/import-rule';
import type { LedgerEvent, Member } from '../domain/ledger';
import type { CountReading, ListKind, Platform, Row } from '../domain/types';
import { type ChangeSetRecord, changeSetsOf } from './change-sets';
import { type MemberColumns, membersToColumns, type RowColumns, rowsToColumns } from './columns';
import type { RelationsRecord } from './relations';

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
  /** Set when the capture came from an official data download rather than the page. */
  source?: 'import';
  /** For an import, why it counts as complete or partial. */
  basis?: ImportBasis;
}

/** Rows of one batch of an open capture, keyed by its sequence number so a retried batch is stored once. */
export interface BatchRecord extends RowColumns {
  captureId: string;
  seq: number;
}

/**
 * The members of one list, in chunks: 100,000 people as a few dozen arrays write in tens of
 * milliseconds where one record per person takes seconds (DESIGN.md, "Storage").
 */
export interface MemberChunk extends MemberColumns {
  accountId: AccountId;
  list: ListKind;
  index: number;
}

/** Chunks and batches as versions 1 to 4 stored them: an object per person. */
interface ObjectChunkV1 extends Omit<MemberChunk, keyof MemberColumns> {
  members: Member[];
}
interface ObjectBatchV1 extends Omit<BatchRecord, keyof RowColumns> {
  rows: Row[];
}

export interface ListRecord {
  accountId: AccountId;
  list: ListKind;
  baselineAt: number | null;
  baselineHeader: CountReading | null;
  chunkCount: number;
  size: number;
  /** Counts every rewrite of the members, so what was worked out from them can tell it is out of date. Absent before version 6. */
  revision?: number;
}

export interface DailyRecord extends DailyPoint {
  accountId: AccountId;
}

/** A list's full membership as a complete capture saw it: the starting point for replaying events. */
export interface CheckpointRecord {
  accountId: AccountId;
  list: ListKind;
  at: number;
  handles: string[];
}

/**
 * What the user said about one account: kept apart from list membership, so it survives new captures
 * and the account leaving and re-entering a list. Only annotated accounts have a record.
 */
export interface PersonRecord {
  accountId: AccountId;
  handle: string;
  protected?: true;
  /** When the user marked them reviewed. */
  reviewedAt?: number;
  note?: string;
  tags?: string[];
  /** When the owner asked to follow them, while the request is pending (from a data download). */
  requestedAt?: number;
}

/** Settings shared by every ledger, one record per key. */
export interface SettingRecord {
  key: 'tags';
  value: string[];
}

export const DEFAULT_TAGS = ['creator', 'brand', 'customer', 'partner', 'campaign'];

/** An event as versions 1 to 4 stored it: one record per change, with the id of the capture that found it. */
interface EventRecordV1 extends LedgerEvent {
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
  /** Change sets: the changes each capture proved (change-sets.ts). */
  events: {
    key: number;
    value: ChangeSetRecord;
    indexes: { byAccount: [AccountId, number]; byHandle: string };
  };
  daily: { key: [AccountId, string]; value: DailyRecord };
  checkpoints: { key: [AccountId, ListKind, number]; value: CheckpointRecord };
  people: { key: [AccountId, string]; value: PersonRecord };
  settings: { key: SettingRecord['key']; value: SettingRecord };
  /** Who is in both lists, worked out by the background whenever a list or the protected set changes (relations.ts). */
  relations: { key: AccountId; value: RelationsRecord };
}

export type LedgerDb = IDBPDatabase<LedgerSchema>;
type UpgradeTx = IDBPTransaction<LedgerSchema, StoreNames<LedgerSchema>[], 'versionchange'>;

/**
 * Numbered migrations: entry i takes the database from version i to i + 1. Never edit a shipped one;
 * add the next, with a test that upgrades real data through it.
 */
export const MIGRATIONS: ReadonlyArray<(db: LedgerDb, tx: UpgradeTx) => void | Promise<void>> = [
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
  /** Daily history and checkpoints; ledgers captured under v1 get today's point from their current state. */
  async function v2(db, tx) {
    db.createObjectStore('daily', { keyPath: ['accountId', 'date'] });
    db.createObjectStore('checkpoints', { keyPath: ['accountId', 'list', 'at'] });
    for (const account of await tx.objectStore('accounts').getAll()) {
      const members = async (list: ListKind) => {
        const record = await tx.objectStore('lists').get([account.id, list]);
        if (!record) return null;
        const range = IDBKeyRange.bound([account.id, list, 0], [account.id, list, Infinity]);
        const chunks = (await tx.objectStore('memberChunks').getAll(range)) as unknown as ObjectChunkV1[];
        return chunks.flatMap((chunk) => chunk.members);
      };
      const point = dailyPoint(account.lastCaptureAt, await members('followers'), await members('following'));
      await tx.objectStore('daily').put({ ...point, accountId: account.id });
    }
  },
  /** Notes, tags, protected and reviewed marks on people, and the editable tag set. */
  async function v3(db, tx) {
    db.createObjectStore('people', { keyPath: ['accountId', 'handle'] });
    db.createObjectStore('settings', { keyPath: 'key' });
    await tx.objectStore('settings').put({ key: 'tags', value: DEFAULT_TAGS });
  },
  /** One account's history at a glance, for the profile badge. */
  function v4(_db, tx) {
    tx.objectStore('events').createIndex('byHandle', ['accountId', 'handle']);
  },
  /**
   * Members and open batches column-wise, and events grouped into one change set per capture, without
   * the capture id (the set's end time names the capture). Structured-cloning 100,000 small objects and
   * writing a thousand event records dominated closing a 100,000-follower capture.
   */
  async function v5(_db, tx) {
    const rewrite = async <T>(store: 'memberChunks' | 'batches', change: (value: T) => unknown) => {
      for (let cursor = await tx.objectStore(store).openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(change(cursor.value as T) as never);
      }
    };
    await rewrite<ObjectChunkV1>('memberChunks', ({ members, ...key }) => ({
      ...key,
      ...membersToColumns(members),
    }));
    await rewrite<ObjectBatchV1>('batches', ({ rows, ...key }) => ({ ...key, ...rowsToColumns(rows) }));

    const events = tx.objectStore('events');
    const old = (await events.getAll()) as unknown as EventRecordV1[];
    await events.clear();
    events.deleteIndex('byHandle');
    events.createIndex('byHandle', 'handles', { multiEntry: true });
    for (const accountId of new Set(old.map((event) => event.accountId))) {
      const sets = changeSetsOf(
        accountId,
        old.filter((event) => event.accountId === accountId),
      );
      for (const set of sets) await events.add(set);
    }
  },
  /**
   * Who is in both lists, kept beside the members, so the popup shows its counts without reading
   * 200,000 members. Existing ledgers get theirs the first time a page finds it missing (relations.ts).
   */
  function v6(db) {
    db.createObjectStore('relations', { keyPath: 'accountId' });
  },
];

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
      async upgrade(db, oldVersion, _newVersion, tx) {
        for (let from = oldVersion; from < version; from++) await MIGRATIONS[from](db, tx);
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
