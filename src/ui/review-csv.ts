import { toCsv } from '../data/csv';
import { profileUrl } from '../domain/handle';
import type { Platform } from '../domain/types';
import type { ReviewEntry, ReviewView } from './review-views';

const HEADER = ['handle', 'display name', 'profile URL', 'relationship', 'since', 'protected', 'tags', 'note'];
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** A review list as CSV: what a spreadsheet needs to work through it by hand. */
export function reviewCsv(platform: Platform, view: ReviewView, entries: ReviewEntry[]): string {
  return toCsv(
    HEADER,
    entries.map(({ handle, member, event, person }) => [
      handle,
      member?.displayName ?? '',
      profileUrl(platform, handle),
      event ? `${event.kind}${event.endedBy ? ` (ended by ${event.endedBy === 'me' ? 'you' : 'them'})` : ''}` : view.label.toLowerCase(),
      // A change is dated by its window; a current relationship by when a capture first saw it.
      event ? `${day(event.after)}/${day(event.before)}` : member ? day(member.firstSeen) : '',
      person?.protected ? 'yes' : 'no',
      (person?.tags ?? []).join('; '),
      person?.note ?? '',
    ]),
  );
}
