import { describe, expect, it } from 'vitest';

import type { Member } from '../../src/domain/ledger';
import { relate } from '../../src/domain/relations';
import { handlesOf } from '../../src/domain/views';
import type { LedgerSnapshot } from '../../src/storage/ledger-reader';
import type { PersonRecord } from '../../src/storage/schema';
import { reviewViews } from '../../src/ui/review-views';

const members = (...handles: string[]): Member[] =>
  handles.map((handle) => ({ handle, firstSeen: 1, lastSeen: 2 }));
const closed = (list: 'followers' | 'following', endedAt: number) => ({
  id: `${list}-${endedAt}`,
  accountId: 'instagram:me',
  list,
  startedAt: endedAt - 1,
  updatedAt: endedAt,
  endedAt,
  read: 1,
  header: null,
  endReached: true,
  complete: true,
  status: 'closed' as const,
});

const followers = members('ana', 'bo', 'cy');
const following = members('bo', 'cy', 'dee', 'eve');

function ledger(people: PersonRecord[] = []): LedgerSnapshot {
  return {
    account: {
      id: 'instagram:me',
      platform: 'instagram',
      handle: 'me',
      firstCaptureAt: 1,
      lastCaptureAt: 20,
    },
    lastCapture: { followers: closed('followers', 20), following: closed('following', 15) },
    renames: [],
    events: [
      { accountId: 'instagram:me', handle: 'cy', kind: 'new-follower', after: 10, before: 20 },
      { accountId: 'instagram:me', handle: 'zed', kind: 'lost-follower', after: 5, before: 10 },
    ],
    daily: [],
    captures: [],
    people: new Map(people.map((person) => [person.handle, person])),
    counts: null,
    members: {
      handles: { followers: handlesOf(followers), following: handlesOf(following) },
      followers,
      following,
      relations: relate(handlesOf(followers), handlesOf(following)),
      relationsStored: true,
    },
  };
}

const byId = (views: ReturnType<typeof reviewViews>) =>
  Object.fromEntries(views.map((view) => [view.id, view]));

describe('review views', () => {
  it('counts everyone once without building the list, and the count matches the list', () => {
    const views = byId(reviewViews(ledger(), '30d', 30));
    expect(views.everyone.count).toBe(5);
    expect(views.everyone.entries.map((entry) => entry.handle).sort()).toEqual([
      'ana',
      'bo',
      'cy',
      'dee',
      'eve',
    ]);
  });

  it('keeps protected accounts out of every count and list, and lists them under Protected', () => {
    const views = byId(
      reviewViews(ledger([{ accountId: 'instagram:me', handle: 'bo', protected: true }]), '30d', 30),
    );
    expect([views.everyone.count, views.everyone.protectedCount]).toEqual([4, 1]);
    expect(views.everyone.entries.map((entry) => entry.handle)).not.toContain('bo');
    expect([views.mutuals.count, views.mutuals.entries.map((entry) => entry.handle)]).toEqual([1, ['cy']]);
    expect(views.protected.entries.map((entry) => entry.handle)).toEqual(['bo']);
  });

  it("counts every view from the relations and builds a view's entries from its own list only", () => {
    const whole = ledger([{ accountId: 'instagram:me', handle: 'dee', protected: true }]);
    const untouchable = {
      ...whole.members!,
      get followers(): never {
        throw new Error('the followers were built');
      },
    };
    const views = byId(reviewViews({ ...whole, members: untouchable }, '30d', 30));
    expect([
      views.notFollowingBack.count,
      views.fans.count,
      views.mutuals.count,
      views.everyone.count,
    ]).toEqual([1, 1, 2, 4]);
    expect(views.notFollowingBack.entries.map((entry) => entry.handle)).toEqual(['eve']);
    expect(() => views.fans.entries).toThrow('the followers were built');
  });

  it('"since the last capture" means the changes found by the newest capture of each list', () => {
    const views = byId(reviewViews(ledger(), 'last-capture', 30));
    expect(views.newFollowers.entries.map((entry) => entry.handle)).toEqual(['cy']);
    // Found by the followers capture that ended at 10, which a newer one (at 20) replaced.
    expect(views.lostFollowers.count).toBe(0);
  });
});
