import { describe, expect, it } from 'vitest';

import type { EventKind } from '../../src/domain/ledger';
import { type ChangeFacts, renamePairs } from '../../src/domain/rename-pairing';

const DAY = 86_400_000;
const FOLLOWED_AT = Date.UTC(2025, 9, 18, 5, 49);

function change(
  handle: string,
  kind: EventKind,
  extra: Partial<ChangeFacts> = {},
  accountId = 'instagram:me',
): ChangeFacts {
  return { accountId, handle, kind, after: DAY, before: 2 * DAY, ...extra };
}
const lost = (handle: string, extra?: Partial<ChangeFacts>) => change(handle, 'lost-follower', extra);
const gained = (handle: string, extra?: Partial<ChangeFacts>) => change(handle, 'new-follower', extra);
const pairsOf = (changes: ChangeFacts[]) => renamePairs(changes).map((pair) => `${pair.from}→${pair.to}`);

describe('renamePairs: one leaver and one newcomer of a change set linked by one signal', () => {
  it.each([
    [
      'the same display name',
      [lost('maya_old', { name: 'Maya Rivers' }), gained('maya_new', { name: 'Maya Rivers' })],
    ],
    [
      'the same download follow date',
      [lost('maya_old', { followDate: FOLLOWED_AT }), gained('maya_new', { followDate: FOLLOWED_AT })],
    ],
    [
      'name and follow date agree',
      [
        lost('maya_old', { name: 'Maya', followDate: FOLLOWED_AT }),
        gained('maya_new', { name: 'Maya', followDate: FOLLOWED_AT }),
      ],
    ],
    [
      'the name matches and only one side has a follow date',
      [lost('maya_old', { name: 'Maya' }), gained('maya_new', { name: 'Maya', followDate: FOLLOWED_AT })],
    ],
    [
      'among other changes with other names',
      [
        lost('maya_old', { name: 'Maya' }),
        lost('leo', { name: 'Leo' }),
        gained('maya_new', { name: 'Maya' }),
        gained('ana', { name: 'Ana' }),
      ],
    ],
    [
      'in the following list (unfollowed and followed)',
      [change('maya_old', 'unfollowed', { name: 'Maya' }), change('maya_new', 'followed', { name: 'Maya' })],
    ],
    [
      'a later return of someone else does not matter',
      [
        lost('maya_old', { name: 'Maya' }),
        gained('maya_new', { name: 'Maya' }),
        change('leo', 'new-follower', { before: 5 * DAY }),
      ],
    ],
  ])('pairs: %s', (_case, changes) => {
    expect(pairsOf(changes)).toEqual(['maya_old→maya_new']);
  });

  it.each([
    ['an empty name', [lost('a', { name: '' }), gained('b', { name: '' })]],
    ['no name and no follow date', [lost('a'), gained('b')]],
    ['only one side has a name', [lost('a', { name: 'Maya' }), gained('b')]],
    [
      'different windows',
      [lost('a', { name: 'Maya' }), gained('b', { name: 'Maya', after: 2 * DAY, before: 3 * DAY })],
    ],
    ['different lists', [lost('a', { name: 'Maya' }), change('b', 'followed', { name: 'Maya' })]],
    [
      'two leavers share the name',
      [lost('a', { name: 'Maya' }), lost('c', { name: 'Maya' }), gained('b', { name: 'Maya' })],
    ],
    [
      'two newcomers share the name',
      [lost('a', { name: 'Maya' }), gained('b', { name: 'Maya' }), gained('c', { name: 'Maya' })],
    ],
    [
      'two newcomers share the follow date',
      [
        lost('a', { followDate: FOLLOWED_AT }),
        gained('b', { followDate: FOLLOWED_AT }),
        gained('c', { followDate: FOLLOWED_AT }),
      ],
    ],
    [
      'the name matches but the follow dates differ',
      [
        lost('a', { name: 'Maya', followDate: FOLLOWED_AT }),
        gained('b', { name: 'Maya', followDate: FOLLOWED_AT + 1000 }),
      ],
    ],
    [
      'the follow date matches but the names differ',
      [
        lost('a', { name: 'Maya', followDate: FOLLOWED_AT }),
        gained('b', { name: 'Leo', followDate: FOLLOWED_AT }),
      ],
    ],
    [
      'name and follow date point at different newcomers',
      [
        lost('a', { name: 'Maya', followDate: FOLLOWED_AT }),
        gained('b', { name: 'Maya' }),
        gained('c', { followDate: FOLLOWED_AT }),
      ],
    ],
    [
      'two leavers each linked to the same newcomer by a different signal',
      [
        lost('a', { name: 'Maya' }),
        lost('c', { followDate: FOLLOWED_AT }),
        gained('b', { name: 'Maya', followDate: FOLLOWED_AT }),
      ],
    ],
    [
      'the lost account came back later',
      [
        lost('a', { name: 'Maya' }),
        gained('b', { name: 'Maya' }),
        change('a', 'new-follower', { after: 2 * DAY, before: 4 * DAY }),
      ],
    ],
    [
      'different tracked accounts (or platforms)',
      [
        change('a', 'lost-follower', { name: 'Maya' }, 'instagram:me'),
        change('b', 'new-follower', { name: 'Maya' }, 'tiktok:me'),
      ],
    ],
    [
      'friend changes alone',
      [change('a', 'lost-friend', { name: 'Maya' }), change('b', 'new-friend', { name: 'Maya' })],
    ],
    ['a newcomer only', [gained('b', { name: 'Maya' })]],
    ['nothing', []],
  ])('does not pair: %s', (_case, changes) => {
    expect(renamePairs(changes)).toEqual([]);
  });

  it('says what linked them, the list, and the window', () => {
    const [pair] = renamePairs([
      lost('maya_old', { followDate: FOLLOWED_AT, after: DAY / 2 }),
      gained('maya_new', { followDate: FOLLOWED_AT }),
    ]);
    expect(pair).toEqual({
      accountId: 'instagram:me',
      list: 'followers',
      from: 'maya_old',
      to: 'maya_new',
      after: DAY,
      before: 2 * DAY,
      by: 'follow-date',
    });
  });
});
