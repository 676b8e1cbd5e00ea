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
  relations: Relations = relate(followers, following),
): RelationshipViews {
  const views: RelationshipViews = { notFollowingBack: [], fans: [], mutuals: [] };
  for (let i = 0; i < following.length; i++) if (!relations.following[i]) views.notFollowingBack.push(following[i]);
  // Mutuals are the followers' records.
  for (let i = 0; i < followers.length; i++) (relations.followers[i] ? views.mutuals : views.fans).push(followers[i]);
  return views;
}

/** Events of one kind, newest first, then by handle. */
export function changesOfKind<T extends LedgerEvent>(events: readonly T[], kind: EventKind): T[] {
  return events
    .filter((event) => event.kind === kind)
    .sort((a, b) => b.before - a.before || a.handle.localeCompare(b.handle));
}
