import type { FollowAge } from '../domain/follow-age';
import type { EventKind, Member } from '../domain/ledger';
import { countsAmong, type StateCounts, stateCounts } from '../domain/relations';
import { LIST_KINDS } from '../domain/types';
import { changesOfKind, type RelationshipViews, viewMembers } from '../domain/views';
import { t } from '../i18n/translate';
import type { EventRecord } from '../storage/change-sets';
import type { LedgerMembers, LedgerSnapshot } from '../storage/ledger-reader';
import { protectedHandles } from '../storage/people';
import type { PersonRecord } from '../storage/schema';
import { followAges } from './follow-ages';
import { requestedView } from './requested-view';
import { viewBuilder } from './view-builder';

export type ViewId =
  | 'notFollowingBack'
  | 'fans'
  | 'mutuals'
  | 'newFollowers'
  | 'lostFollowers'
  | 'newFriends'
  | 'lostFriends'
  | 'protected'
  | 'requested'
  | 'everyone';
export type Period = 'last-capture' | '7d' | '30d';

export const CHANGE_VIEWS: ReadonlySet<ViewId> = new Set([
  'newFollowers',
  'lostFollowers',
  'newFriends',
  'lostFriends',
]);

/** One account in a review list, with whatever is known about it. */
export interface ReviewEntry {
  handle: string;
  member?: Member;
  /** For change views: the change that put the account here. */
  event?: EventRecord;
  person?: PersonRecord;
  /** For someone the user follows who doesn't follow back: since when, and on what evidence. */
  followAge?: FollowAge;
}

export interface ReviewView {
  id: ViewId;
  label: string;
  /** How many accounts the view lists, without building the list. */
  count: number;
  /** Protected accounts are kept out of every view but Protected. Built on first use. */
  readonly entries: ReviewEntry[];
  /** How many accounts this view would hold but were protected. */
  protectedCount: number;
  empty: string;
  /** Why the view can't be shown yet: it compares two lists and one was never captured. */
  unavailable?: string;
  /**
   * Counted from the stored relations while the members are still being read: `entries` are then at
   * most the view's first rows (or none), for a first screen.
   */
  pending?: true;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The shortest period that still shows changes dated back to `since`. */
export function periodReaching(since: number, now: number): Period {
  return since >= now - 7 * DAY_MS ? '7d' : '30d';
}

/** Whether a change (dated by `before`, the end of the capture that found it) falls in the period. */
export function inPeriod(
  ledger: Pick<LedgerSnapshot, 'lastCapture'>,
  period: Period,
  now: number,
): (change: { before: number }) => boolean {
  const lastCaptureEnds = new Set(LIST_KINDS.map((list) => ledger.lastCapture[list]?.endedAt));
  return period === 'last-capture'
    ? (change) => lastCaptureEnds.has(change.before)
    : (change) => change.before >= now - (period === '7d' ? 7 : 30) * DAY_MS;
}

/**
 * Every review view of one ledger: current state from the members, changes from the events. Counts
 * are known at once; a view's entries are built only when it is shown, so a 100,000-account ledger
 * opens on its counts without first building every list. Read without its members, a ledger's
 * current-state views are pending, counted from `ledger.counts`, which must then be known.
 */
export function reviewViews(
  ledger: LedgerSnapshot,
  period: Period,
  now: number,
  options = { everyone: true },
): ReviewView[] {
  const { members } = ledger;
  const protectedSet = new Set(protectedHandles(ledger.people.values()));
  // The sizes come from the relations alone; a view's members are picked from its list only when shown.
  const sizes = members && stateCounts(members.relations);
  const protectedIn =
    members &&
    countsAmong(members.handles.followers, members.handles.following, members.relations, protectedSet);
  let known: Map<string, Member> | undefined;
  const memberOf = (handle: string) => {
    if (!known) {
      known = new Map();
      for (const member of members ? [...members.following, ...members.followers] : [])
        known.set(member.handle, member);
    }
    return known.get(handle);
  };
  const entry = (handle: string, member: Member | undefined, event?: EventRecord): ReviewEntry => ({
    handle,
    member,
    event,
    person: ledger.people.get(handle),
  });

  const recent = ledger.events.filter(inPeriod(ledger, period, now));

  const uncaptured = LIST_KINDS.filter((list) => !ledger.lastCapture[list]);
  const unavailable =
    uncaptured.length === 2
      ? t('needBothLists')
      : uncaptured.length
        ? t(uncaptured[0] === 'followers' ? 'needFollowers' : 'needFollowing')
        : undefined;

  const view = viewBuilder(protectedSet);
  const ofMember = (member: Member) => entry(member.handle, member);
  const ageOf = followAges(ledger, now);
  const withFollowAge = (member: Member) => ({ ...ofMember(member), followAge: ageOf(member) });
  const ofEvent = (event: EventRecord) => entry(event.handle, memberOf(event.handle), event);
  const changes = (kind: EventKind) => changesOfKind(recent, kind);
  const protectedPeople = [...ledger.people.values()]
    .filter((person) => person.protected)
    .sort((a, b) => a.handle.localeCompare(b.handle));

  const stateView = (
    id: keyof RelationshipViews,
    label: string,
    empty: string,
    toEntry = ofMember,
  ): ReviewView =>
    members && sizes && protectedIn
      ? view(
          id,
          label,
          {
            size: sizes[id],
            protectedCount: protectedIn[id],
            build: () => viewMembers(id, members, members.relations),
          },
          toEntry,
          empty,
          unavailable,
        )
      : {
          id,
          label,
          count: unavailable ? 0 : (ledger.counts?.[id] ?? 0),
          protectedCount: 0,
          // Only the first rows, for the first screen; more would be guessed.
          entries: unavailable
            ? []
            : (ledger.firstRows?.[id] ?? []).filter((m) => !protectedSet.has(m.handle)).map(ofMember),
          empty,
          unavailable,
          pending: true,
        };
  const views = [
    stateView('notFollowingBack', t('viewNotFollowingBack'), t('emptyNotFollowingBack'), withFollowAge),
    stateView('fans', t('viewFans'), t('emptyFans')),
    stateView('mutuals', t('viewMutuals'), t('emptyMutuals')),
    view('newFollowers', t('viewNewFollowers'), changes('new-follower'), ofEvent, t('emptyNewFollowers')),
    view('lostFollowers', t('viewLostFollowers'), changes('lost-follower'), ofEvent, t('emptyLostFollowers')),
    view('newFriends', t('viewNewFriends'), changes('new-friend'), ofEvent, t('emptyNewFriends')),
    view('lostFriends', t('viewLostFriends'), changes('lost-friend'), ofEvent, t('emptyLostFriends')),
  ];
  if (options.everyone && members && sizes && protectedIn) {
    const sum = (counts: StateCounts) => counts.notFollowingBack + counts.fans + counts.mutuals;
    const everyoneView = {
      size: sum(sizes),
      protectedCount: sum(protectedIn),
      build: () => everyone(members),
    };
    views.push(view('everyone', t('viewEveryone'), everyoneView, ofMember, t('emptyEveryone')));
  }
  const protectedView: ReviewView = {
    id: 'protected',
    label: t('viewProtected'),
    count: protectedPeople.length,
    protectedCount: 0,
    empty: t('emptyProtected'),
    get entries() {
      return protectedPeople.map((person) => entry(person.handle, memberOf(person.handle)));
    },
  };
  const requested = requestedView(ledger, members, entry);
  return [...views, ...(requested ? [requested] : []), protectedView];
}

/** Followers and following together, each account once. */
function everyone({ followers, following }: LedgerMembers): Member[] {
  const seen = new Set<string>();
  return [...followers, ...following].filter((member) => !seen.has(member.handle) && seen.add(member.handle));
}
