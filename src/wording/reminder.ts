import type { DueList } from '../domain/rhythm';
import { t, tPlural } from '../i18n/translate';

const WORDS = {
  followers: { never: 'reminderNeverFollowers', days: 'reminderDaysFollowers' },
  following: { never: 'reminderNeverFollowing', days: 'reminderDaysFollowing' },
} as const;

/** "Followers last read completely 9 days ago", or that the list was never read completely. */
export function dueText(due: DueList): string {
  const words = WORDS[due.list];
  return due.days === null ? t(words.never) : tPlural(words.days, due.days);
}
