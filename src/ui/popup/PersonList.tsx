import { useState } from 'preact/hooks';

import type { Platform } from '../../domain/types';
import { t, tPlural } from '../../i18n/translate';
import { EntrySummary } from '../EntrySummary';
import { ownWordLeftOut } from '../own-word-views';
import type { ReviewView } from '../review-views';

/** Rows drawn at first; the rest on request, so a 100,000-account view opens at once. */
const PAGE = 50;

export function PersonList({ platform, view }: { platform: Platform; view: ReviewView }) {
  const [shown, setShown] = useState(PAGE);
  if (view.unavailable) return <p class="empty">{view.unavailable}</p>;
  if (view.pending)
    return (
      <p class="muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  const leftOut = ownWordLeftOut(view);
  const hidden = (
    <>
      {view.protectedCount > 0 && (
        <p class="muted" data-testid="protected-hidden">
          {tPlural('protectedNotShown', view.protectedCount)}
        </p>
      )}
      {leftOut > 0 && (
        <p class="muted" data-testid="own-word-left-out">
          {tPlural('progressOwnWordLeftOut', leftOut)}
        </p>
      )}
    </>
  );
  if (view.entries.length === 0) {
    return (
      <>
        <p class="empty">{view.empty}</p>
        {hidden}
      </>
    );
  }
  return (
    <>
      {hidden}
      <ul class="people" aria-label={view.label}>
        {view.entries.slice(0, shown).map((entry) => (
          <li key={entry.handle}>
            <EntrySummary platform={platform} entry={entry} />
          </li>
        ))}
      </ul>
      {view.entries.length > shown && (
        <button type="button" class="secondary more" onClick={() => setShown(shown + PAGE)}>
          {t('showMore', {
            count: Math.min(PAGE, view.entries.length - shown),
            remaining: view.entries.length - shown,
          })}
        </button>
      )}
    </>
  );
}
