import type { Member } from '../domain/ledger';
import { t } from '../i18n/translate';
import type { LedgerMembers, LedgerSnapshot } from '../storage/ledger-reader';
import type { ReviewEntry, ReviewView } from './review-views';

/**
 * Follow requests still pending, from a data download, newest first: shown only when a download listed
 * some, and only once the members are read, since a request the following list now holds was accepted.
 */
export function requestedView(
  ledger: LedgerSnapshot,
  members: LedgerMembers | null | undefined,
  entry: (handle: string, member: Member | undefined) => ReviewEntry,
): ReviewView | null {
  if (!members) return null;
  const following = new Set(members.handles.following);
  const pending = [...ledger.people.values()]
    .filter((person) => person.requestedAt !== undefined && !following.has(person.handle))
    .sort((a, b) => (b.requestedAt ?? 0) - (a.requestedAt ?? 0));
  if (!pending.length) return null;
  return {
    id: 'requested',
    label: t('viewRequested'),
    count: pending.length,
    protectedCount: 0,
    empty: t('emptyRequested'),
    get entries() {
      return pending.map((person) => entry(person.handle, undefined));
    },
  };
}
