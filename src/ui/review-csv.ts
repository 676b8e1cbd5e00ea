import { toCsv } from '../data/csv';
import { profileUrl } from '../domain/handle';
import type { EventKind } from '../domain/ledger';
import type { Platform } from '../domain/types';
import type { MessageKey } from '../i18n/translatable';
import { t } from '../i18n/translate';
import type { Rename } from '../storage/renames';
import type { ReviewEntry, ReviewView, ViewId } from './review-views';

const HEADER = [
  'csvHandle',
  'csvDisplayName',
  'csvProfileUrl',
  'csvRelationship',
  'csvSince',
  'csvProtected',
  'csvTags',
  'csvNote',
] as const satisfies MessageKey[];
const CHANGE = {
  'new-follower': 'csvNewFollower',
  'lost-follower': 'csvLostFollower',
  'new-friend': 'csvNewFriend',
  'lost-friend': 'csvLostFriend',
  followed: 'csvFollowed',
  unfollowed: 'csvUnfollowed',
} as const satisfies Record<EventKind, MessageKey>;
/** What the view an account was exported from says about it; a change says more, with who ended it. */
const RELATIONSHIP = {
  notFollowingBack: 'csvNotFollowingBack',
  fans: 'csvFans',
  mutuals: 'csvMutuals',
  everyone: 'csvEveryone',
  protected: 'csvProtectedView',
  requested: 'csvRequestedView',
  newFollowers: 'csvNewFollower',
  lostFollowers: 'csvLostFollower',
  newFriends: 'csvNewFriend',
  lostFriends: 'csvLostFriend',
} as const satisfies Record<ViewId, MessageKey>;
// Dates stay ISO: a spreadsheet in any language reads them as dates.
const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * A review list as CSV, in the user's language: what a spreadsheet needs to work through it by hand.
 * The view's likely renames come last, one row each under the new handle, so the file says how many
 * accounts were taken as renames rather than counted lost or new.
 */
export function reviewCsv(
  platform: Platform,
  view: ReviewView,
  entries: ReviewEntry[],
  renames: readonly Rename[] = [],
): string {
  const current = t(RELATIONSHIP[view.id]);
  const renameRows = renames.map((pair) => [
    pair.to,
    '',
    profileUrl(platform, pair.to),
    t(pair.confirmed ? 'csvConfirmedRenamedFrom' : 'csvRenamedFrom', { from: pair.from }),
    `${day(pair.after)}/${day(pair.before)}`,
    '',
    '',
    '',
  ]);
  return toCsv(
    HEADER.map((key) => t(key)),
    [
      ...entries.map(({ handle, member, event, person }) => [
        handle,
        member?.displayName ?? '',
        profileUrl(platform, handle),
        event ? changeText(event.kind, event.endedBy) : current,
        // A change is dated by its window; a current relationship by when a capture first saw it.
        event ? `${day(event.after)}/${day(event.before)}` : member ? day(member.firstSeen) : '',
        t(person?.protected ? 'csvYes' : 'csvNo'),
        (person?.tags ?? []).join('; '),
        person?.note ?? '',
      ]),
      ...renameRows,
    ],
  );
}

function changeText(kind: EventKind, endedBy: 'me' | 'them' | undefined): string {
  const relationship = t(CHANGE[kind]);
  if (!endedBy) return relationship;
  return t(endedBy === 'me' ? 'csvEndedByYou' : 'csvEndedByThem', { relationship });
}
