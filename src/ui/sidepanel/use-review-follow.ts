import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { type ReviewMoved, reviewMoved } from '../../messaging/contract';
import { classifySender, type SenderInfo } from '../../messaging/sender';
import type { PersonRecord } from '../../storage/schema';
import type { ReviewEntry, ViewId } from '../review-views';

/**
 * The side panel follows a review one by one as the background announces its moves: it shows the
 * review's account and view, with the marks read again; the account becomes the active row, or, when
 * the list as shown doesn't hold it (protected meanwhile, filtered out), the detail alone shows it
 * (`outside`).
 */
export function useReviewFollow(
  state: {
    accountId: string | undefined;
    shown: ReviewEntry[];
    people: Map<string, PersonRecord>;
    setActive: (index: number) => void;
  },
  panel: {
    setChosenAccount: (id: string) => void;
    setViewId: (id: ViewId) => void;
    load: () => Promise<void>;
  },
): { moved: ReviewMoved | null; outside: ReviewEntry | null } {
  const { setActive } = state;
  const { setChosenAccount, setViewId, load } = panel;
  const [moved, setMoved] = useState<ReviewMoved | null>(null);
  const follow = useCallback(
    (next: ReviewMoved) => {
      setChosenAccount(next.accountId);
      setViewId(next.view as ViewId);
      void load();
    },
    [setChosenAccount, setViewId, load],
  );
  useEffect(() => {
    const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
    // Only the extension itself may move the panel; anything else is not listened to.
    const listener = (raw: unknown, sender: SenderInfo) => {
      const parsed = reviewMoved.safeParse(raw);
      if (!parsed.success || classifySender(sender, self).kind !== 'extension-page') return;
      setMoved(parsed.data);
      follow(parsed.data);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [follow]);

  const reviewing = moved && !moved.summary && moved.accountId === state.accountId ? moved.handle : null;
  const at = reviewing ? state.shown.findIndex((entry) => entry.handle === reviewing) : -1;
  useEffect(() => void (at >= 0 && setActive(at)), [at, setActive]);
  return {
    moved,
    outside: reviewing && at < 0 ? { handle: reviewing, person: state.people.get(reviewing) } : null,
  };
}
