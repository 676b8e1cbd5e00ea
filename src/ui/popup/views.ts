import type { EventKind, LedgerEvent, Member } from '../../domain/ledger';
import { changesSince, relationshipViews } from '../../domain/views';
import type { LedgerSnapshot } from '../../storage/ledger-reader';

export type ViewId = 'notFollowingBack' | 'fans' | 'mutuals' | 'newFollowers' | 'lostFollowers';
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
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The popup's views for one ledger: current state from the members, changes from the events. */
export function popupViews(ledger: LedgerSnapshot, period: Period, now: number): PopupView[] {
  const state = relationshipViews(ledger.followers, ledger.following);
  const since =
    period === '7d' ? now - 7 * DAY_MS : period === '30d' ? now - 30 * DAY_MS : (ledger.lastCapture.followers?.endedAt ?? now);
  const known = new Map<string, Member>();
  for (const member of [...ledger.following, ...ledger.followers]) known.set(member.handle, member);
  const changes = (kind: EventKind): ViewEntry[] =>
    changesSince(ledger.events, kind, since).map((event) => ({ member: known.get(event.handle) ?? { handle: event.handle }, event }));
  const needsFollowers = ledger.lastCapture.followers ? '' : ' Capture your followers list first.';
  return [
    { id: 'notFollowingBack', label: 'Not following back', entries: state.notFollowingBack.map(asEntry), empty: `Everyone you follow follows you back.${needsFollowers}` },
    { id: 'fans', label: 'Fans', entries: state.fans.map(asEntry), empty: 'You follow back everyone who follows you.' },
    { id: 'mutuals', label: 'Mutuals', entries: state.mutuals.map(asEntry), empty: 'No mutuals yet.' },
    { id: 'newFollowers', label: 'New followers', entries: changes('new-follower'), empty: 'No new followers in this period.' },
    { id: 'lostFollowers', label: 'Lost followers', entries: changes('lost-follower'), empty: 'Nobody unfollowed you in this period.' },
  ];
}

function asEntry(member: Member): ViewEntry {
  return { member };
}
