import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import { t } from '../i18n/translate';
import { formatWindow } from './format';
import type { EventRecord } from '../storage/change-sets';
import type { ReviewEntry } from './review-views';

/** An account as every list shows it: its profile link (the manual-review link), name, and why it is listed. */
export function EntrySummary({ platform, entry, linkTabIndex }: { platform: Platform; entry: ReviewEntry; linkTabIndex?: number }) {
  const { handle, member, event } = entry;
  return (
    <>
      <a href={profileUrl(platform, handle)} target="_blank" rel="noopener noreferrer" class="handle" tabIndex={linkTabIndex}>
        @{handle}
      </a>
      {member?.verified && (
        <span class="verified" title={t('verified')} aria-label={t('verified')}>
          ✓
        </span>
      )}
      {member?.displayName && <span class="name">{member.displayName}</span>}
      {event && <span class="when">{changeWhen(event)}</span>}
      {!event && member?.missingSince !== undefined && <span class="when">{t('notSeenInLastCapture')}</span>}
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
