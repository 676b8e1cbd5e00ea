import type { CaptureMessage, CaptureReply } from '../domain/capture';
import type { ReviewActReply, ReviewStop } from '../domain/review-queue';
import type { Rhythm } from '../domain/rhythm';
import type { ImportResult } from '../storage/imports';
import type { RenameOutcome } from '../storage/rename-decisions';
import type { ToolbarState } from '../storage/rhythm';
import type { ExtensionPageMessage, Relationship, SiteQuery } from './contract';
import { type Reply, valueOf } from './reply';

/**
 * What the background answers to each request, one map per kind of sender. Senders get the reply type
 * from the request they send and handlers are held to it, so neither side picks a type and casts.
 */

/** Extension page → background. */
export interface ExtensionPageReplies {
  /** How many people's records changed. */
  'people.annotate': number;
  'people.rename': RenameOutcome;
  /** The tag set as stored. */
  'tags.set': string[];
  'settings.rhythm': Rhythm;
  /** What was unseen and due until the popup opened; null when the account has no ledger. */
  'toolbar.opened': ToolbarState | null;
  'data.refreshRelations': void;
  'data.delete': void;
  /** Each list brought in: how many accounts it held, and whether it counts as complete, and why. */
  'data.import': ImportResult;
  'review.start': void;
}

/** Content script → background, about the ledger of the logged-in user. */
export interface SiteQueryReplies {
  /** Null while the followers were never captured. */
  'ledger.notFollowers': string[] | null;
  'ledger.relationship': Relationship;
  'ledger.review': void;
  'ledger.toolbar': void;
  /** Null when this profile is not on a review one by one running in this tab. */
  'ledger.reviewHere': ReviewStop | null;
  'ledger.reviewAct': ReviewActReply;
}

/** Content script → background, while a list is read. */
export type CaptureReplies = Record<CaptureMessage['type'], CaptureReply>;

type Message = { type: string };

/** One handler per request type, each held to its own reply type; `Context` is what the receiver hands every handler. */
export type Handlers<M extends Message, Replies extends Record<M['type'], unknown>, Context> = {
  [K in M['type']]: (message: Extract<M, { type: K }>, context: Context) => Promise<Replies[K]>;
};

/** Runs the handler of `message`'s type. */
export function dispatch<M extends Message, Replies extends Record<M['type'], unknown>, Context>(
  handlers: Handlers<M, Replies, Context>,
  message: M,
  context: Context,
): Promise<Replies[M['type']]> {
  // TypeScript can't tie a member of a union to the handler of its type; Handlers checked each pair.
  const handler = handlers[message.type as M['type']] as (m: M, c: Context) => Promise<Replies[M['type']]>;
  return handler(message, context);
}

/** Sends a request and resolves to its reply's value, typed by the request; throws with the reason if refused. */
export type Ask<M extends Message, Replies extends Record<M['type'], unknown>> = <T extends M>(
  message: T,
) => Promise<Replies[T['type']]>;

export function asker<M extends Message, Replies extends Record<M['type'], unknown>>(
  transport: (message: M) => Promise<unknown>,
): Ask<M, Replies> {
  // The one place a reply's type is taken on trust: the handlers of the same build were held to the map.
  return (message) =>
    transport(message).then((reply) =>
      valueOf(reply as Reply<Replies[(typeof message)['type']]> | undefined),
    );
}

export type AskBackground = Ask<ExtensionPageMessage, ExtensionPageReplies>;
export type AskLedger = Ask<SiteQuery, SiteQueryReplies>;
