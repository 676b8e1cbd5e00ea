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
  const followerHandles = new Set<string>();
  for (const member of followers) followerHandles.add(member.handle);
  const followingHandles = new Set<string>();
  for (const member of following) followingHandles.add(member.handle);
  return {
    notFollowingBack: following.filter((member) => !followerHandles.has(member.handle)),
    fans: followers.filter((member) => !followingHandles.has(member.handle)),
    mutuals: followers.filter((member) => followingHandles.has(member.handle)),
  };
}

/** Events of one kind, newest first, then by handle. */
export function changesOfKind<T extends LedgerEvent>(events: readonly T[], kind: EventKind): T[] {
  return events
    .filter((event) => event.kind === kind)
    .sort((a, b) => b.before - a.before || a.handle.localeCompare(b.handle));
}
