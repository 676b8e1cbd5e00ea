import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import { t } from '../i18n/translate';
import { formatWindow } from './format';
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
      {event && (
        <span class="when">
          {event.endedBy === 'them'
            ? t('theyUnfollowedYou', { window: formatWindow(event.after, event.before) })
            : event.endedBy === 'me'
              ? t('relationYouUnfollowed', { window: formatWindow(event.after, event.before) })
              : formatWindow(event.after, event.before)}
        </span>
      )}
      {!event && member?.missingSince !== undefined && <span class="when">{t('notSeenInLastCapture')}</span>}
    </>
  );
}
