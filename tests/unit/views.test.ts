import { describe, expect, it } from 'vitest';

import type { LedgerEvent, Member } from '../../src/domain/ledger';
import { relate } from '../../src/domain/relations';
import {
  changesOfKind,
  handlesOf as handlesOfMembers,
  newestPositions,
  relationshipViews,
  viewMembers,
} from '../../src/domain/views';

const members = (...handles: string[]): Member[] =>
  handles.map((handle) => ({ handle, firstSeen: 0, lastSeen: 0 }));
const handlesOf = (list: Member[]) => list.map((m) => m.handle);

describe('relationshipViews', () => {
  it('splits followers F and following G into G \\ F, F \\ G and F ∩ G', () => {
    const views = relationshipViews(members('a', 'b', 'c', 'd'), members('c', 'd', 'e'));
    expect(handlesOf(views.notFollowingBack)).toEqual(['e']);
    expect(handlesOf(views.fans)).toEqual(['a', 'b']);
    expect(handlesOf(views.mutuals)).toEqual(['c', 'd']);
  });

  it('gives empty views for empty lists', () => {
    expect(relationshipViews([], [])).toEqual({ notFollowingBack: [], fans: [], mutuals: [] });
    expect(handlesOf(relationshipViews([], members('x')).notFollowingBack)).toEqual(['x']);
  });

  it.each([
    ['followers the smaller list', 3, 6],
    ['following the smaller list', 6, 3],
  ])(
    "is the same, in each list's order, with %s; mutuals are the followers' records",
    (_case, followerCount, followingCount) => {
      const followers = Array.from({ length: followerCount }, (_, i) => ({
        handle: `u${5 - i}`,
        displayName: 'as a follower',
        firstSeen: 0,
        lastSeen: 0,
      }));
      const following = Array.from({ length: followingCount }, (_, i) => ({
        handle: `u${i}`,
        displayName: 'as followed',
        firstSeen: 0,
        lastSeen: 0,
      }));
      const views = relationshipViews(followers, following);
      const inFollowers = new Set(handlesOf(followers));
      const inFollowing = new Set(handlesOf(following));
      expect(handlesOf(views.notFollowingBack)).toEqual(
        handlesOf(following).filter((handle) => !inFollowers.has(handle)),
      );
      expect(handlesOf(views.fans)).toEqual(
        handlesOf(followers).filter((handle) => !inFollowing.has(handle)),
      );
      expect(handlesOf(views.mutuals)).toEqual(
        handlesOf(followers).filter((handle) => inFollowing.has(handle)),
      );
      expect(views.mutuals.every((member) => member.displayName === 'as a follower')).toBe(true);
    },
  );

  it('covers every account exactly once across the three views', () => {
    const followers = members(...Array.from({ length: 300 }, (_, i) => `u${i * 2}`));
    const following = members(...Array.from({ length: 300 }, (_, i) => `u${i * 3}`));
    const { notFollowingBack, fans, mutuals } = relationshipViews(followers, following);
    const all = [...notFollowingBack, ...fans, ...mutuals].map((m) => m.handle);
    expect(new Set(all).size).toBe(all.length);
    expect(mutuals.length).toBe(100); // multiples of 6 below 600
    expect(fans.length + mutuals.length).toBe(300);
    expect(notFollowingBack.length + mutuals.length).toBe(300);
  });
});

describe('changesOfKind', () => {
  const events: LedgerEvent[] = [
    { handle: 'a', kind: 'new-follower', after: 0, before: 10 },
    { handle: 'b', kind: 'new-follower', after: 10, before: 20 },
    { handle: 'c', kind: 'lost-follower', after: 10, before: 20 },
    { handle: 'd', kind: 'new-follower', after: 20, before: 30 },
  ];
  it('keeps one kind, newest first', () => {
    expect(changesOfKind(events, 'new-follower').map((e) => e.handle)).toEqual(['d', 'b', 'a']);
    expect(changesOfKind(events, 'lost-follower').map((e) => e.handle)).toEqual(['c']);
    expect(changesOfKind(events, 'lost-friend')).toEqual([]);
  });
});

describe('newestPositions', () => {
  // Arrival times in runs, ties and out of order, as captures and imports leave them.
  const list = (prefix: string, count: number, seed: number): Member[] =>
    Array.from({ length: count }, (_, i) => ({
      handle: `${prefix}${i}`,
      firstSeen: ((i * seed) % 17) * 1000,
      lastSeen: 0,
    }));
  const followers = [...list('f', 300, 7), ...list('both', 200, 5)];
  const following = [...list('both', 200, 3), ...list('g', 250, 11)];
  const relations = relate(handlesOfMembers(followers), handlesOfMembers(following));

  it.each(['notFollowingBack', 'fans', 'mutuals'] as const)(
    'gives the first rows of %s as a stable sort of the whole view, newest first, would',
    (view) => {
      const whole = viewMembers(view, { followers, following }, relations);
      const sorted = [...whole].sort((a, b) => b.firstSeen - a.firstSeen);
      const firstSeen = {
        followers: followers.map((m) => m.firstSeen),
        following: following.map((m) => m.firstSeen),
      };
      const source = view === 'notFollowingBack' ? following : followers;
      for (const limit of [1, 20, 100, 1000])
        expect(
          newestPositions(view, firstSeen, relations, limit).map((position) => source[position]),
        ).toEqual(sorted.slice(0, limit));
    },
  );
});
