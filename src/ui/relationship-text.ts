import type { Relationship } from '../messaging/contract';
import { formatCoverage, formatWindow } from './format';

export interface RelationshipText {
  headline: string;
  details: string[];
  tone: 'mutual' | 'follower' | 'one-way' | 'lost' | 'unknown';
}

/** What the profile badge says about where the user stands with an account, from what the ledger knows. */
export function relationshipText(relationship: Relationship): RelationshipText {
  const { followsMe, iFollow, lastChange, person, followers } = relationship;
  const details: string[] = [];
  if (person?.protected) details.push('Protected');
  if (person?.tags?.length) details.push(`Tags: ${person.tags.join(', ')}`);
  if (person?.note) details.push(`Note: ${person.note}`);
  // Absence from a list read only in part proves nothing: say so wherever "doesn't follow" is claimed.
  if (followers && !followers.complete && !followsMe) {
    details.push(`Your followers were last read in part (${formatCoverage(followers.read, followers.header)})`);
  }
  const left = lastChange && (lastChange.kind === 'lost-follower' || (lastChange.kind === 'lost-friend' && lastChange.endedBy === 'them'));
  const unfollowedYou = left ? `Unfollowed you ${formatWindow(lastChange.after, lastChange.before)}` : null;

  if (followsMe && iFollow) return { headline: 'Mutual · you follow each other', details, tone: 'mutual' };
  if (followsMe) {
    return { headline: iFollow === false ? "Follows you · you don't follow them" : 'Follows you', details, tone: 'follower' };
  }
  if (iFollow) {
    if (followsMe === null) return { headline: 'You follow them', details, tone: 'one-way' };
    return { headline: "Doesn't follow you back", details: unfollowedYou ? [unfollowedYou, ...details] : details, tone: 'one-way' };
  }
  if (unfollowedYou) return { headline: unfollowedYou, details, tone: 'lost' };
  if (lastChange?.kind === 'unfollowed') {
    return { headline: `You unfollowed them ${formatWindow(lastChange.after, lastChange.before)}`, details, tone: 'unknown' };
  }
  return { headline: 'Not in your lists yet', details, tone: 'unknown' };
}
