import { browser } from 'wxt/browser';

import { badgeText } from '../domain/rhythm';
import { t, tPlural } from '../i18n/translate';
import type { ToolbarState } from '../storage/rhythm';
import { dueText } from '../wording/reminder';

/**
 * Writes one tab's toolbar badge: the count of unseen changes and a mark when a capture is due, with
 * the same in words as the button's title for screen readers. The action API needs no permission.
 */
export async function showOnToolbar(tabId: number, state: ToolbarState | null): Promise<void> {
  const due = state?.due ?? [];
  const unseen = state?.unseenTotal ?? 0;
  const parts = [t('extName')];
  if (unseen > 0) parts.push(tPlural('unseenChanges', unseen));
  for (const list of due) parts.push(dueText(list));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(unseen, due.length > 0) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: due.length > 0 ? '#b45309' : '#1d4ed8' }),
    browser.action.setTitle({ tabId, title: parts.join(' · ') }),
  ]);
}
