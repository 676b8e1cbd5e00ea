import type { ReviewQueue } from '../domain/review-queue';
import type { LedgerDb } from './schema';

/** The review one by one in progress: kept in the database, so a stopped worker loses no place in it. */
export async function readReviewQueue(db: LedgerDb): Promise<ReviewQueue | null> {
  const stored = await db.get('settings', 'review');
  return stored?.key === 'review' ? stored.value : null;
}

export async function writeReviewQueue(db: LedgerDb, queue: ReviewQueue): Promise<void> {
  await db.put('settings', { key: 'review', value: queue });
}
