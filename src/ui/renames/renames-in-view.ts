import type { LedgerSnapshot } from '../../storage/ledger-reader';
import type { Rename } from '../../storage/renames';
import { inPeriod, type Period, type ViewId } from '../review-views';

/** The followers' renames in the period, shown beside the lost and new followers they are not counted in. */
export function renamesInView(ledger: LedgerSnapshot, viewId: ViewId, period: Period, now: number): Rename[] {
  if (viewId !== 'lostFollowers' && viewId !== 'newFollowers') return [];
  const within = inPeriod(ledger, period, now);
  return ledger.renames.filter((pair) => pair.list === 'followers' && within(pair));
}
