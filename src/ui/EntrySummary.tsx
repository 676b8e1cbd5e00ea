import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import { formatWindow } from './format';
import type { ReviewEntry } from './review-views';

/**
 * An account as every list shows it: its profile link (the manual-review link), name, and why it is listed.
 * Inside a listbox option the handle is plain text: an option can't hold a control, and the list opens the
 * profile itself.
 */
export function EntrySummary({ platform, entry, linked = true }: { platform: Platform; entry: ReviewEntry; linked?: boolean }) {
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
        <span class="verified" title="Verified" role="img" aria-label="Verified">
          ✓
        </span>
      )}
      {member?.displayName && <span class="name">{member.displayName}</span>}
      {event && (
        <span class="when">
          {event.endedBy === 'them' ? 'They unfollowed you ' : event.endedBy === 'me' ? 'You unfollowed them ' : ''}
          {formatWindow(event.after, event.before)}
        </span>
      )}
      {!event && member?.missingSince !== undefined && <span class="when">not seen in the last capture</span>}
    </>
  );
}
