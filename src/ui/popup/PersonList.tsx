import { useState } from 'preact/hooks';
import { profileUrl } from '../../domain/handle';
import type { Platform } from '../../domain/types';
import { formatCount, formatWindow } from '../format';
import type { PopupView } from './views';

/** Rows drawn at first; the rest on request, so a 100,000-account view opens at once. */
const PAGE = 200;

export function PersonList({ platform, view }: { platform: Platform; view: PopupView }) {
  const [shown, setShown] = useState(PAGE);
  if (view.unavailable) return <p class="empty">{view.unavailable}</p>;
  if (view.entries.length === 0) return <p class="empty">{view.empty}</p>;
  return (
    <>
      <ul class="people" aria-label={view.label}>
        {view.entries.slice(0, shown).map(({ member, event }) => (
          <li key={member.handle}>
            <a href={profileUrl(platform, member.handle)} target="_blank" rel="noopener noreferrer" class="handle">
              @{member.handle}
            </a>
            {member.verified && <span class="verified" title="Verified" aria-label="Verified">✓</span>}
            {member.displayName && <span class="name">{member.displayName}</span>}
            {event && (
              <span class="when">
                {event.endedBy === 'them' ? 'They unfollowed you ' : event.endedBy === 'me' ? 'You unfollowed them ' : ''}
                {formatWindow(event.after, event.before)}
              </span>
            )}
            {!event && member.missingSince !== undefined && (
              <span class="when">not seen in the last capture</span>
            )}
          </li>
        ))}
      </ul>
      {view.entries.length > shown && (
        <button type="button" class="secondary more" onClick={() => setShown(shown + PAGE)}>
          Show {formatCount(Math.min(PAGE, view.entries.length - shown))} more of {formatCount(view.entries.length - shown)}
        </button>
      )}
    </>
  );
}
