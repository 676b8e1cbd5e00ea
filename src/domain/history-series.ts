import { type DailyPoint, localDay, startOfLocalDay } from './daily';
import type { LedgerEvent } from './ledger';

/** The series of the daily history: list sizes drawn as lines, that day's changes as bars. */
export const SIZE_SERIES = ['followers', 'following', 'mutuals', 'notFollowingBack', 'fans'] as const;
export const CHANGE_SERIES = ['newFollowers', 'lostFollowers', 'newFriends', 'lostFriends'] as const;
export type SizeSeries = (typeof SIZE_SERIES)[number];
export type ChangeSeries = (typeof CHANGE_SERIES)[number];
export type SeriesId = SizeSeries | ChangeSeries;

/** One calendar day; every value is null on a day without a capture, which the chart leaves as a gap. */
export interface HistoryDay extends Record<SeriesId, number | null> {
  date: string;
  captured: boolean;
}

const CHANGE_OF_KIND: Partial<Record<LedgerEvent['kind'], ChangeSeries>> = {
  'new-follower': 'newFollowers',
  'lost-follower': 'lostFollowers',
  'new-friend': 'newFriends',
  'lost-friend': 'lostFriends',
};

/** The next calendar day; by the calendar, not +24 h, so a daylight-saving change skips or repeats no day. */
function nextDay(date: string): string {
  const day = new Date(startOfLocalDay(date));
  day.setDate(day.getDate() + 1);
  return localDay(day.getTime());
}

const minus = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/**
 * Every day from the first captured one to the last: the sizes a day's last capture left (the two
 * one-sided views are a list less the mutuals), and the changes dated by a capture that day. A change
 * is counted on the day of the capture that proved it, the end of its window.
 */
export function historyDays(points: readonly DailyPoint[], events: readonly LedgerEvent[]): HistoryDay[] {
  if (points.length === 0) return [];
  const byDate = new Map(points.map((point) => [point.date, point]));
  const changes = new Map<string, Record<ChangeSeries, number>>();
  for (const event of events) {
    const series = CHANGE_OF_KIND[event.kind];
    if (!series) continue;
    const date = localDay(event.before);
    let counts = changes.get(date);
    if (!counts)
      changes.set(date, (counts = { newFollowers: 0, lostFollowers: 0, newFriends: 0, lostFriends: 0 }));
    counts[series] += 1;
  }
  const sorted = [...byDate.keys()].sort();
  const last = sorted[sorted.length - 1];
  const days: HistoryDay[] = [];
  for (let date = sorted[0]; date <= last; date = nextDay(date)) {
    const point = byDate.get(date);
    const counts = changes.get(date);
    days.push({
      date,
      captured: point !== undefined,
      followers: point?.followers ?? null,
      following: point?.following ?? null,
      mutuals: point?.mutuals ?? null,
      notFollowingBack: point ? minus(point.following, point.mutuals) : null,
      fans: point ? minus(point.followers, point.mutuals) : null,
      newFollowers: point ? (counts?.newFollowers ?? 0) : null,
      lostFollowers: point ? (counts?.lostFollowers ?? 0) : null,
      newFriends: point ? (counts?.newFriends ?? 0) : null,
      lostFriends: point ? (counts?.lostFriends ?? 0) : null,
    });
  }
  return days;
}
