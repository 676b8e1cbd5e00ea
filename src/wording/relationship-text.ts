import { t } from '../i18n/translate';
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
  if (person?.protected) details.push(t('protectedMark'));
  if (person?.tagged) details.push(t('relationTagged'));
  if (person?.hasNote) details.push(t('relationHasNote'));
  // Absence from a list read only in part proves nothing: say so wherever "doesn't follow" is claimed.
  if (followers && !followers.complete && !followsMe) {
    details.push(
      t('relationFollowersPartial', { coverage: formatCoverage(followers.read, followers.header) }),
    );
  }
  const left =
    lastChange &&
    (lastChange.kind === 'lost-follower' ||
      (lastChange.kind === 'lost-friend' && lastChange.endedBy === 'them'));
  const unfollowedYou = left
    ? t('relationUnfollowedYou', { window: formatWindow(lastChange.after, lastChange.before) })
    : null;

  if (followsMe && iFollow) return { headline: t('relationMutual'), details, tone: 'mutual' };
  if (followsMe) {
    return {
      headline: t(iFollow === false ? 'relationFollowsYouNotBack' : 'relationFollowsYou'),
      details,
      tone: 'follower',
    };
  }
  if (iFollow) {
    if (followsMe === null) return { headline: t('relationYouFollow'), details, tone: 'one-way' };
    return {
      headline: t('relationNotFollowingBack'),
      details: unfollowedYou ? [unfollowedYou, ...details] : details,
      tone: 'one-way',
    };
  }
  if (unfollowedYou) return { headline: unfollowedYou, details, tone: 'lost' };
  if (lastChange?.kind === 'unfollowed') {
    return {
      headline: t('relationYouUnfollowed', { window: formatWindow(lastChange.after, lastChange.before) }),
      details,
      tone: 'unknown',
    };
  }
  return { headline: t('relationUnknown'), details, tone: 'unknown' };
}
