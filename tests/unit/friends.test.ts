import { describe, expect, it } from 'vitest';

import { friendEvents } from '../../src/domain/friends';
import type { LedgerEvent } from '../../src/domain/ledger';

const window = { after: 1, before: 2 };
const event = (handle: string, kind: LedgerEvent['kind']): LedgerEvent => ({ handle, kind, ...window });

describe('friendEvents', () => {
  it('a new follower you already follow is a new friend; one you do not follow is not', () => {
    expect(
      friendEvents('followers', [event('a', 'new-follower'), event('b', 'new-follower')], new Set(['a'])),
    ).toEqual([{ handle: 'a', kind: 'new-friend', ...window }]);
  });

  it('a friend who unfollows you ends the friendship: they did', () => {
    expect(friendEvents('followers', [event('a', 'lost-follower')], new Set(['a']))).toEqual([
      { handle: 'a', kind: 'lost-friend', endedBy: 'them', ...window },
    ]);
  });

  it('following back a follower makes a friend; unfollowing a friend ends it: you did', () => {
    expect(
      friendEvents(
        'following',
        [event('a', 'followed'), event('b', 'unfollowed'), event('c', 'unfollowed')],
        new Set(['a', 'b']),
      ),
    ).toEqual([
      { handle: 'a', kind: 'new-friend', ...window },
      { handle: 'b', kind: 'lost-friend', endedBy: 'me', ...window },
    ]);
  });

  it('says nothing against an empty other list', () => {
    expect(
      friendEvents('followers', [event('a', 'new-follower'), event('b', 'lost-follower')], new Set()),
    ).toEqual([]);
  });
});
