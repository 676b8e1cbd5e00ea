import type { DBSchema, IDBPDatabase } from 'idb';

import type { MemberColumns, RowColumns } from '../domain/columns';
import type { DailyPoint } from '../domain/daily';
import type { ImportBasis } from '../domain/import-rule';
import type { ReviewQueue } from '../domain/review-queue';
import type { Rhythm } from '../domain/rhythm';
import type { CountReading, ListKind, Platform } from '../domain/types';
import type { ChangeSetRecord } from './change-sets';
import type { RelationsRecord } from './relations';

export const DB_NAME = 'follow-ledger';

/**
 * Every store that holds ledger data; settings (the tag set) are the user's, not a ledger's. Closing a
 * capture, an import and a restore each touch all of them in one transaction.
 */
export const LEDGER_STORES = [
  'accounts',
  'captures',
  'batches',
  'lists',
  'memberChunks',
  'events',
  'daily',
  'checkpoints',
  'people',
  'relations',
] as const;

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

/** Its members are however many chunks memberChunks holds for it; older records also carry a `chunkCount`, no longer written or read. */
export interface ListRecord {
  accountId: AccountId;
  list: ListKind;
  baselineAt: number | null;
  baselineHeader: CountReading | null;
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
  /** The handle the person confirmed this account was renamed from: its annotations moved here. */
  renamedFrom?: string;
  /** Handles the person said this account is not a rename of: the pair is not offered again. */
  notRenamedFrom?: string[];
  /** When the owner said "I unfollowed": their own word, until a complete capture of the following list settles it. */
  saidUnfollowedAt?: number;
  /** The end of the complete capture that still found them followed after the owner said they unfollowed. */
  stillFollowingAt?: number;
}

/** Settings shared by every ledger, one record per key; `seen:` records when each ledger was last looked at. */
export type SettingRecord =
  | { key: 'tags'; value: string[] }
  | { key: 'rhythm'; value: Rhythm }
  | { key: `seen:${AccountId}`; value: number }
  /** The review one by one in progress, if any (one at a time). */
  | { key: 'review'; value: ReviewQueue };

export const DEFAULT_TAGS = ['creator', 'brand', 'customer', 'partner', 'campaign'];

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
