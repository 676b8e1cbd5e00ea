import { localDay } from './daily';
import type { HistoryDay } from './history-series';
import type { LedgerEvent } from './ledger';
import type { ListKind } from './types';

/** What a period of the history adds up to: the page a social team sends a client. */
export interface PeriodReport {
  /** Local days, YYYY-MM-DD, both included. */
  from: string;
  to: string;
  gained: number;
  lost: number;
  net: number;
  /** Followers after the last capture before the period; null when none came before it. */
  startFollowers: number | null;
  /** Lost over the followers at the start; null when that size is unknown or zero. */
  churn: number | null;
  lostFriends: LedgerEvent[];
  /** Followers' likely or confirmed renames in the period: counted in neither gained nor lost. */
  renamed: number;
  /** Up to three days with the most followers gained and lost, most first. */
  biggestDays: { date: string; gained: number; lost: number }[];
}

const BIGGEST = 3;

/** A YYYY-MM-DD range the report can be made for: two real dates, the first not after the second. */
export function isPeriod(from: string, to: string): boolean {
  const real = (date: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(date) && localDay(new Date(`${date}T12:00:00`).getTime()) === date;
  return real(from) && real(to) && from <= to;
}

/** Changes count in the period when the capture that proved them fell in it, as the history dates them. */
export function periodReport(
  days: readonly HistoryDay[],
  events: readonly LedgerEvent[],
  from: string,
  to: string,
  renames: readonly { list: ListKind; before: number }[] = [],
): PeriodReport {
  const within = (change: { before: number }) => {
    const date = localDay(change.before);
    return date >= from && date <= to;
  };
  const inPeriod = events.filter(within);
  const count = (kind: LedgerEvent['kind']) => inPeriod.filter((event) => event.kind === kind).length;
  const gained = count('new-follower');
  const lost = count('lost-follower');
  let startFollowers: number | null = null;
  for (const day of days) if (day.date < from && day.followers !== null) startFollowers = day.followers;
  const biggestDays = days
    .filter((day) => day.date >= from && day.date <= to && (day.newFollowers || day.lostFollowers))
    .map((day) => ({ date: day.date, gained: day.newFollowers ?? 0, lost: day.lostFollowers ?? 0 }))
    .sort((a, b) => b.gained + b.lost - (a.gained + a.lost) || a.date.localeCompare(b.date))
    .slice(0, BIGGEST);
  return {
    from,
    to,
    gained,
    lost,
    net: gained - lost,
    startFollowers,
    churn: startFollowers ? lost / startFollowers : null,
    lostFriends: inPeriod.filter((event) => event.kind === 'lost-friend'),
    renamed: renames.filter((pair) => pair.list === 'followers' && within(pair)).length,
    biggestDays,
  };
}
