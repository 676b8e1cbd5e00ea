import type { FollowAge } from '../domain/follow-age';
import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import { t, tPlural } from '../i18n/translate';
import type { EventRecord } from '../storage/change-sets';
import { formatDay, formatMoment, formatWindow } from '../wording/format';
import type { ReviewEntry } from './review-views';

/**
 * An account as every list shows it: its profile link (the manual-review link), name, and why it is listed.
 * Inside a listbox option the handle is plain text: an option can't hold a control, and the list opens the
 * profile itself.
 */
export function EntrySummary({
  platform,
  entry,
  linked = true,
}: {
  platform: Platform;
  entry: ReviewEntry;
  linked?: boolean;
}) {
  const { handle, member, event } = entry;
  return (
    <>
      {linked ? (
        <a href={profileUrl(platform, handle)} target="_blank" rel="noopener noreferrer" class="handle">
          @{handle}
        </a>
      ) : (
        <span class="handle">@{handle}</span>
      )}
      {member?.verified && (
        <span class="verified" title={t('verified')} role="img" aria-label={t('verified')}>
          ✓
        </span>
      )}
      {member?.displayName && <span class="name">{member.displayName}</span>}
      {event && <span class="when">{changeWhen(event)}</span>}
      {entry.followAge && <span class="when follow-age">{followAgeText(entry.followAge)}</span>}
      {!event && member?.missingSince !== undefined && <span class="when">{t('notSeenInLastCapture')}</span>}
      {!event && entry.person?.requestedAt !== undefined && (
        <span class="when">{t('requestedOn', { date: formatMoment(entry.person.requestedAt) })}</span>
      )}
    </>
  );
}

/** When the change happened, and who ended the follow when one did. */
function changeWhen(event: EventRecord): string {
  const window = formatWindow(event.after, event.before);
  if (event.endedBy === 'them') return t('theyUnfollowedYou', { window });
  if (event.endedBy === 'me') return t('relationYouUnfollowed', { window });
  return window;
}

/** "followed 200 days ago (…, date from your download)" or "first seen in your following 12 days ago": always saying which. */
function followAgeText({ since, basis, days }: FollowAge): string {
  return tPlural(basis === 'follow-date' ? 'followedDaysAgo' : 'firstSeenDaysAgo', days, {
    date: formatDay(since),
  });
}
