import type { Member } from './ledger';
import { relate, type Relations, stateCounts } from './relations';
import { handlesOf } from './views';

/** One day of the daily history: the size of each list after that day's last capture. */
export interface DailyPoint {
  /** Local calendar day, YYYY-MM-DD. */
  date: string;
  /** Null while that list has never been captured. */
  followers: number | null;
  following: number | null;
  mutuals: number | null;
}

export function localDay(time: number): string {
  const day = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** Local midnight at the start of a YYYY-MM-DD day. */
export function startOfLocalDay(date: string): number {
  return new Date(`${date}T00:00:00`).getTime();
}

/** `relations`, when the caller has them for these lists, spare working the mutuals out again. */
export function dailyPoint(
  time: number,
  followers: readonly Member[] | null,
  following: readonly Member[] | null,
  relations?: Relations,
): DailyPoint {
  const mutuals =
    followers && following
      ? stateCounts(relations ?? relate(handlesOf(followers), handlesOf(following))).mutuals
      : null;
  return {
    date: localDay(time),
    followers: followers?.length ?? null,
    following: following?.length ?? null,
    mutuals,
  };
}
