import type { SiteTabReply } from '../../messaging/contract';
import { unreadableText } from '../../wording/format';

/** Says so when the current tab shows a list of the user's that the site adapter can't read right now. */
export function UnreadableNotice({ site }: { site: SiteTabReply | null | undefined }) {
  const unreadable = site?.unreadable;
  if (!unreadable) return null;
  return (
    <p class="problem" role="alert" data-testid="unreadable-list">
      {unreadableText(unreadable.list, unreadable.landmark)}
    </p>
  );
}
