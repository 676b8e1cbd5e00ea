/**
 * A review one by one: a view's accounts in the order the person had them, walked through on the
 * site's profile pages. Pure: the background stores it and the profile pages show where it stands.
 */
export interface ReviewQueue {
  accountId: string;
  /** The view the queue came from, so the side panel can follow in it. */
  view: string;
  /** The tab the review runs in: only its profile pages show the review bar. */
  tabId: number;
  handles: string[];
  index: number;
  /** What the person did along the way, for the summary. */
  done: Record<ReviewTally, string[]>;
  ended?: true;
}

export type ReviewTally = 'reviewed' | 'protected' | 'unfollowed';

export function startQueue(accountId: string, view: string, tabId: number, handles: string[]): ReviewQueue {
  return {
    accountId,
    view,
    tabId,
    handles: [...new Set(handles)],
    index: 0,
    done: { reviewed: [], protected: [], unfollowed: [] },
  };
}

/** The queue standing at `handle`, or null when the handle is not in a running queue. */
export function queueAt(queue: ReviewQueue, handle: string): ReviewQueue | null {
  if (queue.ended) return null;
  const index =
    queue.index < queue.handles.length && queue.handles[queue.index] === handle
      ? queue.index
      : queue.handles.indexOf(handle);
  return index < 0 ? null : { ...queue, index };
}

/** One step along the queue: the next account, or the end after the last one; Previous stops at the first. */
export function step(queue: ReviewQueue, direction: 'next' | 'previous'): ReviewQueue {
  if (direction === 'previous') return { ...queue, index: Math.max(0, queue.index - 1) };
  if (queue.index + 1 >= queue.handles.length) return { ...queue, ended: true };
  return { ...queue, index: queue.index + 1 };
}

/** Counts an account in (or, when undone, out of) one line of the summary. */
export function tally(queue: ReviewQueue, line: ReviewTally, handle: string, on: boolean): ReviewQueue {
  const kept = queue.done[line].filter((counted) => counted !== handle);
  return { ...queue, done: { ...queue.done, [line]: on ? [...kept, handle] : kept } };
}

export interface ReviewSummary {
  total: number;
  reviewed: number;
  protected: number;
  unfollowed: number;
}

export function summaryOf(queue: ReviewQueue): ReviewSummary {
  return {
    total: queue.handles.length,
    reviewed: queue.done.reviewed.length,
    protected: queue.done.protected.length,
    unfollowed: queue.done.unfollowed.length,
  };
}

/** What the review bar on a profile may show: the handle, where it stands, and the owner's marks. Nothing private. */
export interface ReviewStop {
  handle: string;
  /** 1-based. */
  position: number;
  total: number;
  protected: boolean;
  reviewed: boolean;
  saidUnfollowed: boolean;
}

export const REVIEW_ACTIONS = ['protect', 'reviewed', 'unfollowed', 'previous', 'next'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** The bar's answer to an action: the same stop with new marks, the account to go to, or the end. */
export type ReviewActReply =
  | { kind: 'stop'; stop: ReviewStop }
  | { kind: 'go'; handle: string }
  | { kind: 'summary'; summary: ReviewSummary };
