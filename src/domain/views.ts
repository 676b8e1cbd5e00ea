import type { EventKind, LedgerEvent, Member } from './ledger';

/** The current-state views of DESIGN.md, for followers F and following G. */
export interface RelationshipViews {
  /** G \ F */
  notFollowingBack: Member[];
  /** F \ G */
  fans: Member[];
  /** F ∩ G */
  mutuals: Member[];
}

export function relationshipViews(followers: readonly Member[], following: readonly Member[]): RelationshipViews {
  // One set of the followers, and one of the mutuals only: the views of 100,000 × 100,000 in one pass each.
  const followerHandles = new Set<string>();
  for (const member of followers) followerHandles.add(member.handle);
  const notFollowingBack: Member[] = [];
  const mutualHandles = new Set<string>();
  for (const member of following) {
    if (followerHandles.has(member.handle)) mutualHandles.add(member.handle);
    else notFollowingBack.push(member);
  }
  const fans: Member[] = [];
  const mutuals: Member[] = [];
  for (const member of followers) (mutualHandles.has(member.handle) ? mutuals : fans).push(member);
  return { notFollowingBack, fans, mutuals };
}

/** Events of one kind, newest first, then by handle. */
export function changesOfKind<T extends LedgerEvent>(events: readonly T[], kind: EventKind): T[] {
  return events
    .filter((event) => event.kind === kind)
    .sort((a, b) => b.before - a.before || a.handle.localeCompare(b.handle));
}
