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
  // A set of the smaller list, looked up from the larger, then the mutuals only: a creator's 100,000
  // followers against the 7,500 they follow are passed over once, and the 7,500 twice.
  const followersSmaller = followers.length <= following.length;
  const [small, large] = followersSmaller ? [followers, following] : [following, followers];
  const smallHandles = new Set<string>();
  for (const member of small) smallHandles.add(member.handle);
  const largeOnly: Member[] = [];
  const largeMutuals: Member[] = [];
  const mutualHandles = new Set<string>();
  for (const member of large) {
    if (!smallHandles.has(member.handle)) largeOnly.push(member);
    else {
      mutualHandles.add(member.handle);
      // Mutuals are the followers' records: kept from this pass only when the followers are the larger list.
      if (!followersSmaller) largeMutuals.push(member);
    }
  }
  const smallOnly: Member[] = mutualHandles.size ? [] : [...small];
  const smallMutuals: Member[] = [];
  if (mutualHandles.size) for (const member of small) (mutualHandles.has(member.handle) ? smallMutuals : smallOnly).push(member);
  return followersSmaller
    ? { notFollowingBack: largeOnly, fans: smallOnly, mutuals: smallMutuals }
    : { notFollowingBack: smallOnly, fans: largeOnly, mutuals: largeMutuals };
}

/** Events of one kind, newest first, then by handle. */
export function changesOfKind<T extends LedgerEvent>(events: readonly T[], kind: EventKind): T[] {
  return events
    .filter((event) => event.kind === kind)
    .sort((a, b) => b.before - a.before || a.handle.localeCompare(b.handle));
}
