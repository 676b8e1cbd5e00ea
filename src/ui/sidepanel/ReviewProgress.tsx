import { t, tPlural } from '../../i18n/translate';
import { ownWordLeftOut } from '../own-word-views';
import { reviewedCount } from '../review-query';
import type { ReviewView } from '../review-views';

/** "34 of 210 reviewed · 2 protected not shown · not counting 1 you said you unfollowed". */
export function ReviewProgress({ early, view, shown }: { early: boolean; view: ReviewView; shown: number }) {
  const leftOut = ownWordLeftOut(view);
  return (
    <p class="progress" data-testid="review-progress" aria-busy={early || undefined}>
      {early ? (
        t('loading')
      ) : (
        <>
          {t('progressReviewed', { reviewed: reviewedCount(view.entries), total: view.count })}
          {view.protectedCount > 0 && ` · ${tPlural('progressProtectedHidden', view.protectedCount)}`}
          {shown !== view.count && ` · ${tPlural('progressMatches', shown)}`}
          {leftOut > 0 && ` · ${tPlural('progressOwnWordLeftOut', leftOut)}`}
        </>
      )}
    </p>
  );
}
