import * as z from 'zod/mini';

import type { CaptureMessage, CaptureReply } from '../domain/capture';
import { DISPLAY_NAME_MAX } from '../domain/display-name';
import type { PersonChange } from '../domain/person-change';
import { REVIEW_ACTIONS } from '../domain/review-queue';
import { RHYTHMS } from '../domain/rhythm';
import { LANDMARKS, LIST_KINDS, PLATFORMS } from '../domain/types';
import type { EventRecord } from '../storage/change-sets';
import type { CaptureRecord } from '../storage/schema';

/**
 * Every message that crosses a context boundary, as one zod contract. Receivers parse with it before
 * acting; senders use the inferred types. zod/mini keeps the content script small.
 */

/** The `type` of anything shaped like a message, so each listener can leave others' messages alone. */
export function messageType(raw: unknown): string | null {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : null;
}

// Normalized handles only: the content script normalizes, the background refuses anything else.
const handle = z.string().check(z.regex(/^[a-z0-9._]{1,30}$/));

const row = z.object({
  handle,
  displayName: z.optional(z.string().check(z.maxLength(DISPLAY_NAME_MAX))),
  verified: z.optional(z.boolean()),
});

const countReading = z.object({
  value: z.int().check(z.minimum(0), z.maximum(2_000_000_000)),
  unit: z.int().check(z.minimum(1)),
});

const session = z.object({
  id: z.uuid(),
  platform: z.enum(PLATFORMS),
  owner: handle,
  list: z.enum(LIST_KINDS),
});

/** Content script → background. */
export const captureMessage: z.ZodMiniType<CaptureMessage> = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('capture.batch'),
    session,
    seq: z.int().check(z.minimum(0)),
    rows: z.array(row).check(z.maxLength(500)),
    header: z.nullable(countReading),
  }),
  z.object({
    type: z.literal('capture.end'),
    session,
    header: z.nullable(countReading),
    endReached: z.boolean(),
  }),
]);

const tag = z.string().check(z.minLength(1), z.maxLength(40));

const personChange: z.ZodMiniType<PersonChange> = z.object({
  protected: z.optional(z.boolean()),
  reviewed: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.maxLength(2000))),
  addTags: z.optional(z.array(tag).check(z.maxLength(50))),
  removeTags: z.optional(z.array(tag).check(z.maxLength(50))),
  saidUnfollowed: z.optional(z.boolean()),
});

const accountId = z.string().check(z.regex(/^(instagram|tiktok):[a-z0-9._]{1,30}$/));

/** Accounts a data download names beside its lists, each with a date. */
const datedHandles = z.array(z.object({ handle, since: z.optional(z.int()) })).check(z.maxLength(100_000));

/** Extension page → background: annotations on people, the tag set, and the user's data. */
export const extensionPageMessage = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('people.annotate'),
    accountId,
    handles: z.array(handle).check(z.minLength(1), z.maxLength(200_000)),
    change: personChange,
  }),
  /** The person's word on a likely rename: confirmed (annotations follow) or split (not offered again). */
  z.object({
    type: z.literal('people.rename'),
    accountId,
    from: handle,
    to: handle,
    decision: z.enum(['confirm', 'split']),
  }),
  z.object({ type: z.literal('tags.set'), tags: z.array(tag).check(z.maxLength(50)) }),
  /** How often the toolbar reminds the person to capture their lists. */
  z.object({ type: z.literal('settings.rhythm'), rhythm: z.enum(RHYTHMS) }),
  /** The popup opened on a ledger: its changes now count as seen. */
  z.object({ type: z.literal('toolbar.opened'), accountId }),
  /** Work out again who is in both lists: an extension page found the stored relations out of date. */
  z.object({ type: z.literal('data.refreshRelations'), accountId }),
  /** Delete one account's ledger, or all of them (null). */
  z.object({ type: z.literal('data.delete'), accountId: z.nullable(accountId) }),
  /** An official data download, already read into lists, with the date its files carry. */
  z.object({
    type: z.literal('data.import'),
    platform: z.enum(PLATFORMS),
    owner: handle,
    downloadOwner: z.optional(handle),
    filesDated: z.nullable(z.int().check(z.minimum(0))),
    allTime: z.boolean(),
    lists: z
      .array(
        z.object({
          list: z.enum(LIST_KINDS),
          rows: z
            .array(z.object({ handle, since: z.optional(z.int()) }))
            .check(z.minLength(1), z.maxLength(2_000_000)),
        }),
      )
      .check(z.minLength(1), z.maxLength(2)),
    unfollowed: z.optional(datedHandles),
    /** Follow requests still pending, replacing those of an earlier download. */
    requested: z.optional(datedHandles),
  }),
  /** Review a view's accounts one by one on their profiles, in the tab given (the person's click). */
  z.object({
    type: z.literal('review.start'),
    accountId,
    view: z.string().check(z.maxLength(40)),
    handles: z.array(handle).check(z.minLength(1), z.maxLength(200_000)),
    tabId: z.int().check(z.minimum(0)),
  }),
]);

/** Background → extension pages: the review one by one moved (the side panel follows), or ended. */
export const reviewMoved = z.object({
  type: z.literal('review.moved'),
  accountId,
  view: z.string(),
  handle,
  position: z.int(),
  total: z.int(),
  summary: z.nullable(
    z.object({ total: z.int(), reviewed: z.int(), protected: z.int(), unfollowed: z.int() }),
  ),
});
export type ReviewMoved = z.infer<typeof reviewMoved>;

/** Content script → background: what the page needs from the ledger of its logged-in user. */
export const siteQuery = z.discriminatedUnion('type', [
  /** Which of these rows of the user's following list are not among the followers (null: never captured). */
  z.object({
    type: z.literal('ledger.notFollowers'),
    platform: z.enum(PLATFORMS),
    owner: handle,
    handles: z.array(handle).check(z.maxLength(500)),
  }),
  /** Where the owner stands with one account, for the badge on that account's profile. */
  z.object({ type: z.literal('ledger.relationship'), platform: z.enum(PLATFORMS), owner: handle, handle }),
  /** Show the ledger of the tab's logged-in account on the toolbar button. */
  z.object({ type: z.literal('ledger.toolbar'), platform: z.enum(PLATFORMS), owner: handle }),
  /** Open the review list at that account (a click on the badge). */
  z.object({ type: z.literal('ledger.review'), platform: z.enum(PLATFORMS), owner: handle, handle }),
  /** Whether this profile is on the review one by one of this tab, and where. */
  z.object({ type: z.literal('ledger.reviewHere'), platform: z.enum(PLATFORMS), owner: handle, handle }),
  /** A key or click on the review bar, about the profile on screen. */
  z.object({
    type: z.literal('ledger.reviewAct'),
    platform: z.enum(PLATFORMS),
    owner: handle,
    handle,
    action: z.enum(REVIEW_ACTIONS),
  }),
]);

/** Background → content script, in answer to a capture message. */
export const captureReply: z.ZodMiniType<CaptureReply> = z.object({
  read: z.int(),
  complete: z.boolean(),
});

/** Extension page → content script: which account is logged in on this tab. */
export const siteTabQuery = z.object({ type: z.literal('tab.whoami') });
export const siteTabReply = z.object({
  platform: z.enum(PLATFORMS),
  me: z.nullable(handle),
  /** Set while the tab shows a list of the user's that the adapter's self-check can't read. */
  unreadable: z.optional(z.object({ list: z.enum(LIST_KINDS), landmark: z.enum(LANDMARKS) })),
});

export type SiteQuery = z.infer<typeof siteQuery>;

/** Where the owner stands with one account, as the profile badge tells it. */
export interface Relationship {
  /** Null while that list was never captured: the ledger can't say. */
  followsMe: boolean | null;
  iFollow: boolean | null;
  /** The last capture of the followers, for the coverage caveat. */
  followers: Pick<CaptureRecord, 'complete' | 'read' | 'header' | 'endedAt'> | null;
  /** The newest change about this account. */
  lastChange: EventRecord | null;
  /**
   * What the user said about the account, reduced to whether it exists: the answer goes to a content
   * script in the site's page, and a note or tag is private (it shows in the review list).
   */
  person: { protected: boolean; hasNote: boolean; tagged: boolean } | null;
}

export type SiteTabReply = z.infer<typeof siteTabReply>;
export type ExtensionPageMessage = z.infer<typeof extensionPageMessage>;
