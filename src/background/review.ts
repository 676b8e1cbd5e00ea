import type { PersonChange } from '../domain/person-change';
import {
  queueAt,
  type ReviewAction,
  type ReviewActReply,
  type ReviewQueue,
  type ReviewStop,
  type ReviewTally,
  startQueue,
  step,
  summaryOf,
  tally,
} from '../domain/review-queue';
import type { ReviewMoved } from '../messaging/contract';
import { annotatePeople } from '../storage/people';
import { refreshRelations } from '../storage/relations';
import { readReviewQueue, writeReviewQueue } from '../storage/review-queue';
import type { AccountId, LedgerDb, PersonRecord } from '../storage/schema';

/** Where a review runs: the ledger and tab of the page that asks. */
interface Here {
  db: LedgerDb;
  accountId: AccountId;
  tabId: number;
  handle: string;
}

/** The marks the bar toggles: what each changes, and how the summary counts it. */
const MARKS: Record<
  'protect' | 'reviewed' | 'unfollowed',
  { line: ReviewTally; isOn: (p?: PersonRecord) => boolean; change: (on: boolean) => PersonChange }
> = {
  protect: { line: 'protected', isOn: (p) => p?.protected === true, change: (on) => ({ protected: on }) },
  reviewed: {
    line: 'reviewed',
    isOn: (p) => p?.reviewedAt !== undefined,
    change: (on) => ({ reviewed: on }),
  },
  unfollowed: {
    line: 'unfollowed',
    isOn: (p) => p?.saidUnfollowedAt !== undefined,
    change: (on) => ({ saidUnfollowed: on }),
  },
};

/**
 * The review one by one, as the background runs it. A profile page of the review's own tab learns
 * where it stands; its bar may change marks only on the account it shows, and only while that account
 * is on the queue: a site's page can do no more than the person's key or click on the bar asks.
 */
export function createReview(deps: { announce: (moved: ReviewMoved) => void; now: () => number }) {
  async function running(here: Here): Promise<ReviewQueue | null> {
    const queue = await readReviewQueue(here.db);
    if (!queue || queue.tabId !== here.tabId || queue.accountId !== here.accountId) return null;
    return queueAt(queue, here.handle);
  }

  async function stopOf(db: LedgerDb, queue: ReviewQueue): Promise<ReviewStop> {
    const handle = queue.handles[queue.index];
    const person = await db.get('people', [queue.accountId, handle]);
    return {
      handle,
      position: queue.index + 1,
      total: queue.handles.length,
      protected: MARKS.protect.isOn(person),
      reviewed: MARKS.reviewed.isOn(person),
      saidUnfollowed: MARKS.unfollowed.isOn(person),
    };
  }

  async function save(db: LedgerDb, queue: ReviewQueue): Promise<void> {
    await writeReviewQueue(db, queue);
    const handle = queue.handles[queue.index];
    deps.announce({
      type: 'review.moved',
      accountId: queue.accountId,
      view: queue.view,
      handle,
      position: queue.index + 1,
      total: queue.handles.length,
      summary: queue.ended ? summaryOf(queue) : null,
    });
  }

  return {
    async start(db: LedgerDb, accountId: AccountId, view: string, handles: string[], tabId: number) {
      await save(db, startQueue(accountId, view, tabId, handles));
    },

    async here(here: Here): Promise<ReviewStop | null> {
      const queue = await running(here);
      if (!queue) return null;
      await save(here.db, queue);
      return stopOf(here.db, queue);
    },

    async act(here: Here, action: ReviewAction): Promise<ReviewActReply> {
      const queue = await running(here);
      if (!queue) throw new Error('Refused: this profile is not on the review in this tab');
      if (action === 'next' || action === 'previous') {
        const moved = step(queue, action);
        await save(here.db, moved);
        return moved.ended
          ? { kind: 'summary', summary: summaryOf(moved) }
          : { kind: 'go', handle: moved.handles[moved.index] };
      }
      const mark = MARKS[action];
      const on = !mark.isOn(await here.db.get('people', [here.accountId, here.handle]));
      await annotatePeople(here.db, here.accountId, [here.handle], mark.change(on), deps.now());
      // The popup counts protected accounts out of its views from the relations.
      if (action === 'protect') await refreshRelations(here.db, here.accountId);
      const counted = tally(queue, mark.line, here.handle, on);
      await save(here.db, counted);
      return { kind: 'stop', stop: await stopOf(here.db, counted) };
    },
  };
}

export type Review = ReturnType<typeof createReview>;
