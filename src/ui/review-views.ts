import type { EventKind, Member } from '../domain/ledger';
import { LIST_KINDS } from '../domain/types';
import { changesOfKind, relationshipViews } from '../domain/views';
import type { LedgerSnapshot } from '../storage/ledger-reader';
import type { EventRecord, PersonRecord } from '../storage/schema';

export type ViewId =
  | 'notFollowingBack'
  | 'fans'
  | 'mutuals'
  | 'newFollowers'
  | 'lostFollowers'
  | 'newFriends'
  | 'lostFriends'
  | 'protected'
  | 'everyone';
export type Period = 'last-capture' | '7d' | '30d';

export const CHANGE_VIEWS: ReadonlySet<ViewId> = new Set(['newFollowers', 'lostFollowers', 'newFriends', 'lostFriends']);

/** One account in a review list, with whatever is known about it. */
export interface ReviewEntry {
  handle: string;
  member?: Member;
  /** For change views: the change that put the account here. */
  event?: EventRecord;
  person?: PersonRecord;
}

export interface ReviewView {
  id: ViewId;
  label: string;
  /** Protected accounts are kept out of every view but Protected. */
  entries: ReviewEntry[];
  /** How many accounts this view would hold but were protected. */
  protectedCount: number;
  empty: string;
  /** Why the view can't be shown yet: it compares two lists and one was never captured. */
  unavailable?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every review view of one ledger: current state from the members, changes from the events. */
export function reviewViews(ledger: LedgerSnapshot, period: Period, now: number): ReviewView[] {
  const state = relationshipViews(ledger.followers, ledger.following);
  const known = new Map<string, Member>();
  for (const member of [...ledger.following, ...ledger.followers]) known.set(member.handle, member);
  const entry = (handle: string, event?: EventRecord): ReviewEntry => ({
    handle,
    member: known.get(handle),
    event,
    person: ledger.people.get(handle),
  });

  const lastCaptureIds = new Set(LIST_KINDS.map((list) => ledger.lastCapture[list]?.id));
  const inPeriod =
    period === 'last-capture'
      ? (event: EventRecord) => lastCaptureIds.has(event.captureId)
      : (event: EventRecord) => event.before >= now - (period === '7d' ? 7 : 30) * DAY_MS;
  const recent = ledger.events.filter(inPeriod);
  const changes = (kind: EventKind) => changesOfKind(recent, kind).map((event) => entry(event.handle, event));

  const uncaptured = LIST_KINDS.filter((list) => !ledger.lastCapture[list]);
  const unavailable = uncaptured.length
    ? `Capture your ${uncaptured.join(' and ')} list${uncaptured.length > 1 ? 's' : ''} to see this view.`
    : undefined;
  const comparing = (members: Member[]) => (unavailable ? [] : members.map((member) => entry(member.handle)));

  const view = (id: ViewId, label: string, all: ReviewEntry[], empty: string, notYet?: string): ReviewView => {
    const entries = all.filter((candidate) => !candidate.person?.protected);
    return { id, label, entries, protectedCount: all.length - entries.length, empty, unavailable: notYet };
  };
  const protectedEntries = [...ledger.people.values()].filter((person) => person.protected).map((person) => entry(person.handle));
  return [
    view('notFollowingBack', 'Not following back', comparing(state.notFollowingBack), 'Everyone you follow follows you back.', unavailable),
    view('fans', 'Fans', comparing(state.fans), 'You follow back everyone who follows you.', unavailable),
    view('mutuals', 'Mutuals', comparing(state.mutuals), 'No mutuals yet.', unavailable),
    view('newFollowers', 'New followers', changes('new-follower'), 'No new followers in this period.'),
    view('lostFollowers', 'Lost followers', changes('lost-follower'), 'Nobody unfollowed you in this period.'),
    view('newFriends', 'New friends', changes('new-friend'), 'No new mutuals in this period.'),
    view('lostFriends', 'Lost friends', changes('lost-friend'), 'No mutual ended in this period.'),
    view('everyone', 'Everyone', everyone(ledger).map((member) => entry(member.handle)), 'Nobody in your lists yet.'),
    {
      id: 'protected',
      label: 'Protected',
      entries: protectedEntries.sort((a, b) => a.handle.localeCompare(b.handle)),
      protectedCount: 0,
      empty: 'Nobody is protected. Protect an account to keep it out of the review lists.',
    },
  ];
}

/** Followers and following together, each account once. */
function everyone(ledger: LedgerSnapshot): Member[] {
  const seen = new Set<string>();
  return [...ledger.followers, ...ledger.following].filter((member) => !seen.has(member.handle) && seen.add(member.handle));
}
