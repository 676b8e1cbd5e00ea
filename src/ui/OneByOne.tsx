import { useState } from 'preact/hooks';

import { reviewTab, showProfile } from '../browser/review-tab';
import type { Platform } from '../domain/types';
import { errorText, t } from '../i18n/translate';
import type { ReviewMoved } from '../messaging/contract';
import { reviewSummaryText } from '../wording/review-summary';
import { sendToBackground } from './send';

/**
 * "Review one by one": a view's list as shown (filtered and sorted) becomes a queue walked through on
 * the profiles in the current tab, one account after the other; then where it stands, or how it ended.
 */
export function OneByOne(props: {
  account: { id: string; platform: Platform; handle: string };
  view: string;
  handles: string[];
  /** Where the review stands, for a page that follows it (the side panel). */
  moved?: ReviewMoved | null;
  onStarted?: () => void;
}) {
  const { account, handles, moved } = props;
  const [problem, setProblem] = useState('');
  const start = async () => {
    try {
      const tabId = await reviewTab(account.platform, account.handle);
      await sendToBackground({
        type: 'review.start',
        accountId: account.id,
        view: props.view,
        handles,
        tabId,
      });
      await showProfile(tabId, account.platform, handles[0]);
      setProblem('');
      props.onStarted?.();
    } catch (failure) {
      setProblem(t('reviewStartFailed', { error: errorText(failure) }));
    }
  };
  const here = moved?.accountId === account.id ? moved : null;
  return (
    <div class="one-by-one">
      <button type="button" class="secondary" disabled={handles.length === 0} onClick={() => void start()}>
        {t('reviewBarLabel')}
      </button>
      {here && (
        <p class="muted" role="status" data-testid="one-by-one-status">
          {here.summary
            ? reviewSummaryText(here.summary)
            : t('reviewFollowing', { position: here.position, total: here.total, handle: `@${here.handle}` })}
        </p>
      )}
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
