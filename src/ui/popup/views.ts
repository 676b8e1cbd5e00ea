import type { EventKind, LedgerEvent, Member } from '../../domain/ledger';
import { changesOfKind, relationshipViews } from '../../domain/views';
import { LIST_KINDS } from '../../domain/types';
import type { LedgerSnapshot } from '../../storage/ledger-reader';
import type { EventRecord } from '../../storage/schema';

export type ViewId = 'notFollowingBack' | 'fans' | 'mutuals' | 'newFollowers' | 'lostFollowers' | 'newFriends' | 'lostFriends';
export type Period = 'last-capture' | '7d' | '30d';

export interface ViewEntry {
  member: Pick<Member, 'handle' | 'displayName' | 'verified' | 'missingSince'>;
  event?: LedgerEvent;
}

export interface PopupView {
  id: ViewId;
  label: string;
  entries: ViewEntry[];
  empty: string;
  /** Why the view can't be shown yet: it compares two lists and one was never captured. */
  unavailable?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The popup's views for one ledger: current state from the members, changes from the events. */
export function popupViews(ledger: LedgerSnapshot, period: Period, now: number): PopupView[] {
  const state = relationshipViews(ledger.followers, ledger.following);
  const lastCaptureIds = new Set(LIST_KINDS.map((list) => ledger.lastCapture[list]?.id));
  const inPeriod =
    period === 'last-capture'
      ? (event: EventRecord) => lastCaptureIds.has(event.captureId)
      : (event: EventRecord) => event.before >= now - (period === '7d' ? 7 : 30) * DAY_MS;
  const known = new Map<string, Member>();
  for (const member of [...ledger.following, ...ledger.followers]) known.set(member.handle, member);
  const changes = (kind: EventKind): ViewEntry[] =>
    changesOfKind(ledger.events.filter(inPeriod), kind).map((event) => ({
      member: known.get(event.handle) ?? { handle: event.handle },
      event,
    }));
  const uncaptured = LIST_KINDS.filter((list) => !ledger.lastCapture[list]);
  const unavailable = uncaptured.length
    ? `Capture your ${uncaptured.join(' and ')} list${uncaptured.length > 1 ? 's' : ''} to see this view.`
    : undefined;
  const comparing = (entries: Member[]) => (unavailable ? [] : entries.map(asEntry));
  return [
    { id: 'notFollowingBack', label: 'Not following back', entries: comparing(state.notFollowingBack), empty: 'Everyone you follow follows you back.', unavailable },
    { id: 'fans', label: 'Fans', entries: comparing(state.fans), empty: 'You follow back everyone who follows you.', unavailable },
    { id: 'mutuals', label: 'Mutuals', entries: comparing(state.mutuals), empty: 'No mutuals yet.', unavailable },
    { id: 'newFollowers', label: 'New followers', entries: changes('new-follower'), empty: 'No new followers in this period.' },
    { id: 'lostFollowers', label: 'Lost followers', entries: changes('lost-follower'), empty: 'Nobody unfollowed you in this period.' },
    { id: 'newFriends', label: 'New friends', entries: changes('new-friend'), empty: 'No new mutuals in this period.' },
    { id: 'lostFriends', label: 'Lost friends', entries: changes('lost-friend'), empty: 'No mutual ended in this period.' },
  ];
}

function asEntry(member: Member): ViewEntry {
  return { member };
}
