import { describe, expect, it } from 'vitest';

import { startOfLocalDay } from '../../src/domain/daily';
import { historyDays } from '../../src/domain/history-series';
import type { LedgerEvent } from '../../src/domain/ledger';
import { isPeriod, periodReport } from '../../src/domain/period-report';

const at = (date: string) => startOfLocalDay(date) + 10 * 3_600_000;
const change = (
  kind: LedgerEvent['kind'],
  date: string,
  handle: string,
  endedBy?: 'them' | 'me',
): LedgerEvent => ({
  handle,
  kind,
  after: at(date) - 86_400_000,
  before: at(date),
  ...(endedBy ? { endedBy } : {}),
});
const events = [
  change('new-follower', '2026-03-02', 'a'),
  change('lost-follower', '2026-03-05', 'b'),
  change('lost-follower', '2026-03-05', 'c'),
  change('lost-friend', '2026-03-05', 'c', 'them'),
  change('new-follower', '2026-03-08', 'd'),
  change('new-follower', '2026-03-09', 'e'),
];
const days = historyDays(
  [
    { date: '2026-03-01', followers: 100, following: 10, mutuals: 5 },
    { date: '2026-03-02', followers: 101, following: 10, mutuals: 5 },
    { date: '2026-03-05', followers: 99, following: 10, mutuals: 4 },
    { date: '2026-03-08', followers: 100, following: 10, mutuals: 4 },
    { date: '2026-03-09', followers: 101, following: 10, mutuals: 4 },
  ],
  events,
);

describe('periodReport', () => {
  it('adds up the changes proven by captures inside the period, and the churn against the size before it', () => {
    const report = periodReport(days, events, '2026-03-02', '2026-03-08');
    expect(report).toMatchObject({ gained: 2, lost: 2, net: 0, startFollowers: 100, churn: 0.02 });
    expect(report.lostFriends.map((event) => [event.handle, event.endedBy])).toEqual([['c', 'them']]);
    expect(report.biggestDays).toEqual([
      { date: '2026-03-05', gained: 0, lost: 2 },
      { date: '2026-03-02', gained: 1, lost: 0 },
      { date: '2026-03-08', gained: 1, lost: 0 },
    ]);
  });

  it.each([
    ['the period starts with the first capture: no size before it', '2026-03-01', '2026-03-09'],
    ['the period ends before any capture', '2026-02-01', '2026-02-10'],
  ])('gives no churn when %s', (_case, from, to) => {
    expect(periodReport(days, events, from, to).churn).toBeNull();
  });

  it('counts nothing outside the period', () => {
    expect(periodReport(days, events, '2026-03-06', '2026-03-07')).toMatchObject({
      gained: 0,
      lost: 0,
      net: 0,
      biggestDays: [],
      lostFriends: [],
    });
  });
});

describe('isPeriod', () => {
  it.each([
    ['2026-03-01', '2026-03-31', true],
    ['2026-03-05', '2026-03-05', true],
    ['2026-03-31', '2026-03-01', false],
    ['2026-02-30', '2026-03-01', false],
    ['', '2026-03-01', false],
    ['03/01/2026', '2026-03-02', false],
  ])('%s to %s: %s', (from, to, valid) => {
    expect(isPeriod(from, to)).toBe(valid);
  });
});
