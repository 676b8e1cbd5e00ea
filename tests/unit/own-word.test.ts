import { describe, expect, it } from 'vitest';

import { type FollowingPresence, leaveOutOwnWord, settleOwnWord } from '../../src/domain/own-word';
import type { ListKind } from '../../src/domain/types';

const SAID = 1000;

describe('settleOwnWord: only a complete capture of the following list, begun after the word, settles it', () => {
  const cases: [
    string,
    { list: ListKind; complete: boolean; startedAt: number },
    FollowingPresence,
    string,
  ][] = [
    [
      'gone from a complete following list: confirmed',
      { list: 'following', complete: true, startedAt: 2000 },
      'absent',
      'confirmed',
    ],
    [
      'still in a complete following list: corrected',
      { list: 'following', complete: true, startedAt: 2000 },
      'present',
      'corrected',
    ],
    [
      'begun the moment of the word counts',
      { list: 'following', complete: true, startedAt: SAID },
      'present',
      'corrected',
    ],
    [
      'missing from a complete but short list: not yet',
      { list: 'following', complete: true, startedAt: 2000 },
      'missing',
      'pending',
    ],
    [
      'a partial capture proves no absence',
      { list: 'following', complete: false, startedAt: 2000 },
      'absent',
      'pending',
    ],
    [
      'nor presence against the word',
      { list: 'following', complete: false, startedAt: 2000 },
      'present',
      'pending',
    ],
    [
      'a capture begun before the word may have read the row before',
      { list: 'following', complete: true, startedAt: 999 },
      'absent',
      'pending',
    ],
    [
      'begun before, still there: not a correction either',
      { list: 'following', complete: true, startedAt: 999 },
      'present',
      'pending',
    ],
    [
      'the followers list says nothing about whom the owner follows',
      { list: 'followers', complete: true, startedAt: 2000 },
      'absent',
      'pending',
    ],
  ];
  it.each(cases)('%s', (_name, capture, presence, outcome) => {
    expect(settleOwnWord(SAID, capture, presence)).toBe(outcome);
  });
});

describe('leaveOutOwnWord', () => {
  const items = ['a', 'b', 'c'].map((handle) => ({ handle }));
  it.each([
    ['nobody said', [], ['a', 'b', 'c'], 0],
    ['one in the list', ['b'], ['a', 'c'], 1],
    ['one not in the list is not counted', ['b', 'z'], ['a', 'c'], 1],
    ['all of them', ['a', 'b', 'c'], [], 3],
  ] as const)('%s', (_name, said, kept, left) => {
    const result = leaveOutOwnWord(items, new Set(said));
    expect(result.kept.map((item) => item.handle)).toEqual(kept);
    expect(result.left).toBe(left);
  });
});
