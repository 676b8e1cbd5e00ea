import { describe, expect, it } from 'vitest';

import type { Relationship } from '../../src/messaging/contract';
import { relationshipText } from '../../src/wording/relationship-text';

const base: Relationship = {
  followsMe: null,
  iFollow: null,
  followers: null,
  lastChange: null,
  person: null,
};
const complete = { complete: true, read: 10, header: { value: 10, unit: 1 }, endedAt: 1 };
const NOV2 = new Date(2026, 10, 2, 12).getTime();
const NOV4 = new Date(2026, 10, 4, 12).getTime();
const lost = { handle: 'x', kind: 'lost-follower' as const, after: NOV2, before: NOV4, accountId: 'a' };

describe('relationshipText', () => {
  it.each<[string, Partial<Relationship>, string]>([
    ['unknown', {}, 'Not in your lists yet'],
    ['mutual', { followsMe: true, iFollow: true, followers: complete }, 'Mutual · you follow each other'],
    [
      'a fan',
      { followsMe: true, iFollow: false, followers: complete },
      "Follows you · you don't follow them",
    ],
    [
      'a fan while following was never captured',
      { followsMe: true, iFollow: null, followers: complete },
      'Follows you',
    ],
    [
      "doesn't follow back",
      { followsMe: false, iFollow: true, followers: complete },
      "Doesn't follow you back",
    ],
    ['followed, followers never captured', { followsMe: null, iFollow: true }, 'You follow them'],
    [
      'unfollowed you',
      { followsMe: false, iFollow: false, followers: complete, lastChange: lost },
      'Unfollowed you between Nov 2 and Nov 4',
    ],
    ['neither', { followsMe: false, iFollow: false, followers: complete }, 'Not in your lists yet'],
  ])('%s', (_name, relationship, headline) => {
    expect(relationshipText({ ...base, ...relationship }).headline).toBe(headline);
  });

  it('says when someone who does not follow back unfollowed, and shows the partial caveat and annotations', () => {
    const text = relationshipText({
      ...base,
      followsMe: false,
      iFollow: true,
      followers: { complete: false, read: 340, header: { value: 1234, unit: 1 }, endedAt: 1 },
      lastChange: lost,
      person: { protected: true, tagged: true, hasNote: true },
    });
    expect(text.headline).toBe("Doesn't follow you back");
    expect(text.details).toEqual([
      'Unfollowed you between Nov 2 and Nov 4',
      'Protected',
      'Tagged',
      'Has a note',
      'Your followers were last read in part (340 of 1,234)',
    ]);
  });
});
