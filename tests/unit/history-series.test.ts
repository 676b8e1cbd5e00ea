import { describe, expect, it } from 'vitest';

import { startOfLocalDay } from '../../src/domain/daily';
import { historyDays } from '../../src/domain/history-series';
import type { LedgerEvent } from '../../src/domain/ledger';

const at = (date: string, hour = 10) => startOfLocalDay(date) + hour * 3_600_000;
const event = (kind: LedgerEvent['kind'], date: string): LedgerEvent => ({
  handle: `${kind}-${date}`,
  kind,
  after: at(date) - 86_400_000,
  before: at(date),
});

describe('historyDays', () => {
  it('derives not following back and fans, and counts each day’s changes by the capture that proved them', () => {
    const days = historyDays(
      [{ date: '2026-03-01', followers: 30, following: 20, mutuals: 10 }],
      [
        event('new-follower', '2026-03-01'),
        event('new-follower', '2026-03-01'),
        event('lost-follower', '2026-03-01'),
        event('lost-friend', '2026-03-01'),
        event('followed', '2026-03-01'),
      ],
    );
    expect(days).toEqual([
      {
        date: '2026-03-01',
        captured: true,
        followers: 30,
        following: 20,
        mutuals: 10,
        notFollowingBack: 10,
        fans: 20,
        newFollowers: 2,
        lostFollowers: 1,
        newFriends: 0,
        lostFriends: 1,
      },
    ]);
  });

  it('fills the days between captures with gaps, not zeros, across a change of month', () => {
    const days = historyDays(
      [
        { date: '2026-03-02', followers: 5, following: 5, mutuals: 1 },
        { date: '2026-02-27', followers: 4, following: 5, mutuals: 1 },
      ],
      [],
    );
    expect(days.map((day) => day.date)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(days[1]).toMatchObject({ captured: false, followers: null, fans: null, newFollowers: null });
    expect(days[3]).toMatchObject({ captured: true, followers: 5, newFollowers: 0, lostFollowers: 0 });
  });

  it('leaves the one-sided views unknown while one list was never captured', () => {
    const [day] = historyDays([{ date: '2026-03-01', followers: 8, following: null, mutuals: null }], []);
    expect(day).toMatchObject({ followers: 8, notFollowingBack: null, fans: null });
  });

  it('has no days without a capture', () => {
    expect(historyDays([], [event('new-follower', '2026-03-01')])).toEqual([]);
  });
});
