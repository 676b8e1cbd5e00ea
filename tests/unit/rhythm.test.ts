import { describe, expect, it } from 'vitest';

import { badgeText, dueLists } from '../../src/domain/rhythm';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 30, 12);

describe('dueLists', () => {
  it('reminds about a list whose last complete capture is older than the rhythm, with its age in days', () => {
    const lastComplete = { followers: NOW - 9 * DAY, following: NOW - 2 * DAY };
    expect(dueLists('weekly', lastComplete, NOW)).toEqual([
      { list: 'followers', lastCompleteAt: NOW - 9 * DAY, days: 9 },
    ]);
    expect(dueLists('daily', lastComplete, NOW).map((due) => due.list)).toEqual(['followers', 'following']);
    expect(dueLists('off', lastComplete, NOW)).toEqual([]);
  });

  it('counts a list never read completely as due, with no age', () => {
    expect(dueLists('weekly', { followers: NOW - DAY, following: null }, NOW)).toEqual([
      { list: 'following', lastCompleteAt: null, days: null },
    ]);
  });

  it('does not remind within the period', () => {
    expect(dueLists('daily', { followers: NOW - DAY + 1, following: NOW }, NOW)).toEqual([]);
  });
});

describe('badgeText', () => {
  it('shows the unseen count, capped, with a mark when a capture is due', () => {
    expect(badgeText(0, false)).toBe('');
    expect(badgeText(0, true)).toBe('!');
    expect(badgeText(12, true)).toBe('12!');
    expect(badgeText(120, false)).toBe('99+');
  });
});
