import { useEffect, useState } from 'preact/hooks';

import type { ReviewAction, ReviewActReply, ReviewSummary } from '../domain/review-queue';
import { t } from '../i18n/translate';
import { reviewSummaryText } from '../wording/review-summary';
import { Badge } from './Badge';
import { onlyTrusted } from './hidden-host';
import type { BadgeView } from './profile-badge';
import { reviewKeyAction } from './review-keys';

export interface ReviewBarActions {
  act: (handle: string, action: ReviewAction) => Promise<ReviewActReply>;
  /** Takes this tab to another account of the review. */
  go: (handle: string) => void;
}

/**
 * The badge while a review one by one runs in this tab: where the review stands and the owner's marks
 * on this account, never a note or a tag (it sits in the site's page). Each button has a key; the keys
 * work anywhere on the page except where the person types, and only as the person's own.
 */
export function ReviewBar(props: { view: BadgeView; actions: ReviewBarActions; onOpen: () => void }) {
  const { view, actions, onOpen } = props;
  const [stop, setStop] = useState(view.review!);
  const [summary, setSummary] = useState<ReviewSummary | null>(null);
  const [finished, setFinished] = useState(false);
  const [problem, setProblem] = useState('');
  const running = !summary && !finished;

  const run = (action: ReviewAction) =>
    void actions.act(stop.handle, action).then(
      (reply) => {
        setProblem('');
        if (reply.kind === 'stop') setStop(reply.stop);
        else if (reply.kind === 'go') actions.go(reply.handle);
        else setSummary(reply.summary);
      },
      () => setProblem(t('reviewBarFailed')),
    );

  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      const action = reviewKeyAction(event);
      if (!action || (action === 'previous' && stop.position === 1)) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (finished) return <Badge view={view} onOpen={onOpen} />;
  if (summary)
    return (
      <div class="fl-review" role="group" aria-label={t('reviewBarLabel')} lang={t('languageTag')}>
        <span class="fl-summary" role="status">
          {reviewSummaryText(summary)}
        </span>
        <button type="button" onClick={onlyTrusted(() => setFinished(true))}>
          {t('reviewBarDone')}
        </button>
      </div>
    );
  const marks = [
    stop.protected && t('reviewBarIsProtected'),
    stop.reviewed && t('reviewBarIsReviewed'),
    stop.saidUnfollowed && t('reviewBarSaidUnfollowed'),
  ].filter(Boolean);
  const button = (action: ReviewAction, label: string, keys: string, pressed?: boolean) => (
    <button
      type="button"
      aria-keyshortcuts={keys}
      aria-pressed={pressed}
      disabled={action === 'previous' && stop.position === 1}
      onClick={onlyTrusted(() => run(action))}
    >
      {label}
    </button>
  );
  return (
    <div
      class="fl-review"
      role="group"
      aria-label={t('reviewBarLabel')}
      aria-describedby="fl-review-keys"
      lang={t('languageTag')}
    >
      <span class="fl-position">
        {t('reviewBarPosition', { position: stop.position, total: stop.total })}
      </span>
      <span class="fl-handle">@{stop.handle}</span>
      <span class="fl-marks" role="status">
        {marks.join(' · ')}
      </span>
      {button('previous', t('reviewBarPrevious'), 'ArrowLeft K')}
      {button('protect', t('protect'), 'P', stop.protected)}
      {button('reviewed', t('reviewBarReviewed'), 'R', stop.reviewed)}
      {button('unfollowed', t('reviewBarUnfollowed'), 'U', stop.saidUnfollowed)}
      {button('next', t('reviewBarNext'), 'ArrowRight J')}
      <span id="fl-review-keys" class="fl-keys">
        {t('reviewBarKeys')}
      </span>
      {problem && (
        <span class="fl-problem" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
