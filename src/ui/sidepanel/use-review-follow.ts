import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

import { type ReviewMoved, reviewMoved } from '../../messaging/contract';
import { classifySender, type SenderInfo } from '../../messaging/sender';

/**
 * Where the review one by one stands, as the background announces it: the side panel follows along.
 * Only the extension itself may say so; anything else is not listened to.
 */
export function useReviewFollow(onMove: (moved: ReviewMoved) => void): ReviewMoved | null {
  const [moved, setMoved] = useState<ReviewMoved | null>(null);
  useEffect(() => {
    const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin };
    const listener = (raw: unknown, sender: SenderInfo) => {
      const parsed = reviewMoved.safeParse(raw);
      if (!parsed.success || classifySender(sender, self).kind !== 'extension-page') return;
      setMoved(parsed.data);
      onMove(parsed.data);
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [onMove]);
  return moved;
}
