import type { EventKind, LedgerEvent, Member } from './ledger';
import { relate, type Relations } from './relations';

/** The current-state views of DESIGN.md, for followers F and following G. */
export interface RelationshipViews {
  /** G \ F */
  notFollowingBack: Member[];
  /** F \ G */
  fans: Member[];
  /** F ∩ G */
  mutuals: Member[];
}

/** The views, split by who is in both lists; `relations` are the stored ones when a page has them. */
export function relationshipViews(
  followers: readonly Member[],
  following: readonly Member[],
  relations: Relations = relate(handlesOf(followers), handlesOf(following)),
): RelationshipViews {
  const lists = { followers, following };
  return {
    notFollowingBack: viewMembers('notFollowingBack', lists, relations),
    fans: viewMembers('fans', lists, relations),
    mutuals: viewMembers('mutuals', lists, relations),
  };
}

/**
 * One view's members, taken from the one list it is drawn from (mutuals are the followers' records):
 * the other list is never touched, so a page that builds members on first use builds only that one.
 */
export function viewMembers(
  view: keyof RelationshipViews,
  lists: MemberLists,
  relations: Relations,
): Member[] {
  const [list, flags, wanted] = sourceOf(view, lists, relations);
  const found: Member[] = [];
  for (let i = 0; i < list.length; i++) if (flags[i] === wanted) found.push(list[i]);
  return found;
}

type MemberLists = { readonly followers: readonly Member[]; readonly following: readonly Member[] };

function sourceOf<T>(
  view: keyof RelationshipViews,
  lists: { readonly followers: T; readonly following: T },
  relations: Relations,
) {
  return view === 'notFollowingBack'
    ? ([lists.following, relations.following, 0] as const)
    : ([lists.followers, relations.followers, view === 'mutuals' ? 1 : 0] as const);
}

/**
 * Positions in its list of the first `limit` members of a view in the review list's default order,
 * newest arrival first and ties in list order, as a stable sort of the whole view by `firstSeen` would
 * give them, in one pass over the lists' arrival times.
 */
export function newestPositions(
  view: keyof RelationshipViews,
  firstSeen: Record<'followers' | 'following', ArrayLike<number>>,
  relations: Relations,
  limit: number,
): number[] {
  const [times, flags, wanted] = sourceOf(view, firstSeen, relations);
  const newest: number[] = [];
  for (let i = 0; i < times.length; i++) {
    if (flags[i] !== wanted) continue;
    if (newest.length === limit && times[i] <= times[newest[limit - 1]]) continue;
    let at = newest.length;
    while (at > 0 && times[newest[at - 1]] < times[i]) at--;
    newest.splice(at, 0, i);
    if (newest.length > limit) newest.pop();
  }
  return newest;
}

export function handlesOf(members: readonly Member[]): string[] {
  return members.map((member) => member.handle);
}

/** Events of one kind, newest first, then by handle. */
export function changesOfKind<T extends LedgerEvent>(events: readonly T[], kind: EventKind): T[] {
  return events
    .filter((event) => event.kind === kind)
    .sort((a, b) => b.before - a.before || a.handle.localeCompare(b.handle));
}
