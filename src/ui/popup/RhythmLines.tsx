import { useEffect, useState } from 'preact/hooks';

import type { EventKind } from '../../domain/ledger';
import { ownListUrl } from '../../domain/platforms';
import type { PluralKey } from '../../i18n/translatable';
import { t, tPlural } from '../../i18n/translate';
import type { ToolbarState } from '../../storage/rhythm';
import type { AccountRecord } from '../../storage/schema';
import { formatMoment } from '../../wording/format';
import { dueText } from '../../wording/reminder';
import { type ActiveTab, goTo } from '../load-ledger';
import type { ViewId } from '../review-views';
import { sendToBackground } from '../send';

/** Each kind of change in the "since you last looked" line: its words, and the view it links to. */
type SinceWords = Extract<PluralKey, `since${string}`>;
const PARTS: { kind: EventKind; words: SinceWords; view: ViewId | 'history' }[] = [
  { kind: 'new-follower', words: 'sinceNewFollowers', view: 'newFollowers' },
  { kind: 'lost-follower', words: 'sinceLostFollowers', view: 'lostFollowers' },
  { kind: 'new-friend', words: 'sinceNewFriends', view: 'newFriends' },
  { kind: 'lost-friend', words: 'sinceLostFriends', view: 'lostFriends' },
  { kind: 'followed', words: 'sinceFollowed', view: 'history' },
  { kind: 'unfollowed', words: 'sinceUnfollowed', view: 'history' },
];

/**
 * The popup's first lines: what changed since the person last opened it on this ledger, and which
 * list is due a complete read. Opening it counts as looking: the background marks the changes seen
 * and clears the number on the toolbar button of every tab of that account.
 */
export function RhythmLines(props: {
  account: AccountRecord;
  tab: ActiveTab | null;
  /** Shows a view, over a period that reaches back to `since`. */
  onView: (view: ViewId | 'history', since: number | null) => void;
}) {
  const { account, tab } = props;
  const [state, setState] = useState<ToolbarState | null>(null);
  useEffect(() => {
    sendToBackground({ type: 'toolbar.opened', accountId: account.id }).then(setState, () => setState(null));
  }, [account.id]);
  if (!state) return null;
  const parts = PARTS.filter(({ kind }) => state.unseen[kind]);
  const when = state.seenAt === null ? null : formatMoment(state.seenAt);
  const saysSince = parts.length > 0 || when !== null;
  if (!saysSince && state.due.length === 0) return null;
  return (
    <section class="rhythm" aria-label={t('rhythmHeading')}>
      {state.due.map((due) => (
        <p class="reminder" key={due.list} data-testid={`reminder-${due.list}`}>
          <span>{dueText(due)}</span>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => void goTo(ownListUrl(account.platform, account.handle, due.list), tab)}
          >
            {t('goToListToRead')}
          </button>
        </p>
      ))}
      {saysSince && (
        <p class="since" data-testid="since-last-look">
          {parts.length === 0 && when !== null && t('nothingNewSinceLastLook', { date: when })}
          {parts.length > 0 && (when === null ? t('sinceFirstLook') : t('sinceLastLook', { date: when }))}
          {parts.map(({ kind, words, view }, index) => (
            <span key={kind}>
              {index > 0 ? ' · ' : ' '}
              <button type="button" class="link" onClick={() => props.onView(view, state.unseenSince)}>
                {tPlural(words, state.unseen[kind] ?? 0)}
              </button>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
