import { describe, expect, it } from 'vitest';

import { countsAmong, relate, relateChanged, stateCounts } from '../../src/domain/relations';
import { relationshipViews } from '../../src/domain/views';

/** A small seeded generator, so a failing case can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

describe('relate', () => {
  it('marks, by position, who is also in the other list', () => {
    const relations = relate(['a', 'b', 'c', 'd'], ['e', 'c', 'a']);
    expect([...relations.followers]).toEqual([1, 0, 1, 0]);
    expect([...relations.following]).toEqual([0, 1, 1]);
    expect(stateCounts(relations)).toEqual({ notFollowingBack: 1, fans: 2, mutuals: 2 });
  });

  it('handles empty lists', () => {
    expect(stateCounts(relate([], []))).toEqual({ notFollowingBack: 0, fans: 0, mutuals: 0 });
    expect(stateCounts(relate([], ['x']))).toEqual({ notFollowingBack: 1, fans: 0, mutuals: 0 });
    expect(stateCounts(relate(['x'], []))).toEqual({ notFollowingBack: 0, fans: 1, mutuals: 0 });
  });

  it.each(Array.from({ length: 40 }, (_, seed) => seed))(
    'agrees with set arithmetic on random lists (seed %i)',
    (seed) => {
      const next = random(seed + 1);
      const pool = Array.from({ length: 60 }, (_, i) => `u${i}`);
      const pick = () => pool.filter(() => next() < next());
      const followers = pick();
      const following = pick();
      const inFollowers = new Set(followers);
      const inFollowing = new Set(following);
      const relations = relate(followers, following);
      expect([...relations.followers]).toEqual(followers.map((handle) => (inFollowing.has(handle) ? 1 : 0)));
      expect([...relations.following]).toEqual(following.map((handle) => (inFollowers.has(handle) ? 1 : 0)));

      const chosen = new Set(pool.filter(() => next() < 0.2));
      const views = relationshipViews(
        followers.map((handle) => ({ handle, firstSeen: 0, lastSeen: 0 })),
        following.map((handle) => ({ handle, firstSeen: 0, lastSeen: 0 })),
        relations,
      );
      const among = (list: { handle: string }[]) => list.filter((member) => chosen.has(member.handle)).length;
      expect(countsAmong(followers, following, relations, chosen)).toEqual({
        notFollowingBack: among(views.notFollowingBack),
        fans: among(views.fans),
        mutuals: among(views.mutuals),
      });
      expect(stateCounts(relations)).toEqual({
        notFollowingBack: views.notFollowingBack.length,
        fans: views.fans.length,
        mutuals: views.mutuals.length,
      });
    },
  );
});

describe('relateChanged', () => {
  it('gives what relating both whole lists gives, after any fold of one list', () => {
    const next = random(21);
    for (let round = 0; round < 200; round++) {
      const pick = (prefix: string, count: number) =>
        Array.from({ length: count }, (_, i) => `${prefix}${Math.floor(next() * 40)}_${i % 3}`);
      const previous = [...new Set(pick('a', 30))];
      const other = [...new Set([...pick('a', 20), ...pick('b', 10)])];
      const moved = new Int32Array(previous.length);
      const kept: string[] = [];
      previous.forEach((handle, i) => {
        moved[i] = next() < 0.3 ? -1 : kept.push(handle) - 1;
      });
      const came = [...new Set([...pick('a', 8), ...pick('c', 4)])].filter(
        (handle) => !previous.includes(handle),
      );
      const handles = [...kept, ...came];
      const followersChanged = round % 2 === 0;
      const before = followersChanged ? relate(previous, other) : relate(other, previous);
      const after = followersChanged ? relate(handles, other) : relate(other, handles);
      const related = relateChanged(
        followersChanged
          ? { changed: before.followers, other: before.following }
          : { changed: before.following, other: before.followers },
        { previous, moved, handles },
        other,
      );
      expect(related.changed).toEqual(followersChanged ? after.followers : after.following);
      expect(related.other).toEqual(followersChanged ? after.following : after.followers);
      const left = previous.filter((_, i) => moved[i] < 0);
      expect([...related.inOther].sort()).toEqual(
        [...came, ...left].filter((handle) => other.includes(handle)).sort(),
      );
    }
  });
});
