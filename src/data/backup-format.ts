import { z } from 'zod';

import { DISPLAY_NAME_MAX } from '../domain/display-name';
import { LIST_KINDS, PLATFORMS } from '../domain/types';
import type { MessageKey } from '../i18n/translatable';

/**
 * The backup file, a public contract (DESIGN.md): users keep these files for years and other tools read
 * them. Fields may be added; existing ones keep their meaning. Every field Follow Ledger adds beyond
 * DESIGN.md's list is optional, so a file written by another tool still restores.
 */
export const BACKUP_FORMAT = 'follow-ledger-backup';
export const BACKUP_VERSION = 1;

/** What a field must look like, where zod's own words would not tell: message keys, translated where shown. */
const FORMAT_HINTS = ['backupExpectedHandle', 'backupExpectedDate'] as const satisfies MessageKey[];
type FormatHint = (typeof FORMAT_HINTS)[number];
export const isFormatHint = (message: string): message is FormatHint =>
  (FORMAT_HINTS as readonly string[]).includes(message);

const iso = z.iso.datetime({ offset: true });
const handle = z.string().regex(/^[a-z0-9._]{1,30}$/, 'backupExpectedHandle' satisfies FormatHint);
const count = z.number().int().min(0);
const tag = z.string().min(1).max(40);

const person = z.object({
  handle,
  displayName: z.string().max(DISPLAY_NAME_MAX).optional(),
  followsMe: z.boolean(),
  iFollow: z.boolean(),
  protected: z.boolean(),
  note: z.string().max(2000).optional(),
  tags: z.array(tag).max(50).optional(),
  reviewed: iso.optional(),
  /** The owner said they unfollowed the account ("I unfollowed"), not yet settled by a complete capture. */
  saidUnfollowed: iso.optional(),
  /** A complete capture still found the account followed after the owner said they unfollowed. */
  stillFollowing: iso.optional(),
  verified: z.boolean().optional(),
  firstSeen: iso.optional(),
  lastSeen: iso.optional(),
  /** Absent from a complete but short capture of that list: not yet counted as gone. */
  missingFromFollowersSince: iso.optional(),
  missingFromFollowingSince: iso.optional(),
  /** The handle the person confirmed this account was renamed from. */
  renamedFrom: handle.optional(),
  /** Handles the person said this account is not a rename of. */
  notRenamedFrom: z.array(handle).max(1000).optional(),
});

const event = z.object({
  handle,
  kind: z.enum(['new-follower', 'lost-follower', 'new-friend', 'lost-friend', 'followed', 'unfollowed']),
  after: iso,
  before: iso,
  endedBy: z.enum(['them', 'me']).optional(),
  /** The account's display name when the change was found, and its first sighting in the list: a rename is told by them. */
  displayName: z.string().max(DISPLAY_NAME_MAX).optional(),
  firstSeen: iso.optional(),
});

const capture = z.object({
  list: z.enum(LIST_KINDS),
  startedAt: iso,
  endedAt: iso,
  read: count,
  headerCount: count.nullable(),
  /** How coarse the header was: 100 for "12.3K". Absent means exact. */
  headerUnit: z.number().int().min(1).optional(),
  endReached: z.boolean(),
  complete: z.boolean(),
  /** Set when the capture came from an official data download. */
  source: z.enum(['import']).optional(),
});

const daily = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'backupExpectedDate' satisfies FormatHint),
  followers: count,
  following: count,
  mutuals: count,
});

/** Where each list's evidence stands: the last complete capture and its header count. */
const baseline = z.object({
  at: iso,
  headerCount: count.nullable(),
  headerUnit: z.number().int().min(1).optional(),
});

export const accountBackup = z.object({
  platform: z.enum(PLATFORMS),
  handle,
  people: z.array(person),
  events: z.array(event),
  captures: z.array(capture),
  daily: z.array(daily),
  baselines: z.object({ followers: baseline.optional(), following: baseline.optional() }).optional(),
});

export const backupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  accounts: z.array(accountBackup),
});

export type Backup = z.infer<typeof backupFile>;
export type AccountBackup = z.infer<typeof accountBackup>;
