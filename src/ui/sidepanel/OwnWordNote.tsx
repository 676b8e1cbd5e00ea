import { t } from '../../i18n/translate';
import type { PersonRecord } from '../../storage/schema';
import { formatDay } from '../../wording/format';

/** The owner's own word about an account, shown as theirs, or what the following list said back. */
export function OwnWordNote({ person }: { person: PersonRecord | undefined }) {
  if (person?.saidUnfollowedAt !== undefined)
    return <p class="own-word">{t('ownWordSaid', { day: formatDay(person.saidUnfollowedAt) })}</p>;
  if (person?.stillFollowingAt !== undefined)
    return <p class="own-word">{t('ownWordStill', { day: formatDay(person.stillFollowingAt) })}</p>;
  return null;
}
