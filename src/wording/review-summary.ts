import type { ReviewSummary } from '../domain/review-queue';
import { t } from '../i18n/translate';

/** "Review finished: 3 reviewed, 1 protected, 1 unfollowed by hand (of 42)", in the bar and the side panel alike. */
export function reviewSummaryText(summary: ReviewSummary): string {
  return t('reviewSummary', {
    total: summary.total,
    reviewed: summary.reviewed,
    protected: summary.protected,
    unfollowed: summary.unfollowed,
  });
}
