import { type Relations, stateCounts } from './relations';

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

/** The lists' sizes, null for a list never captured, and who is in both. */
export function dailyPoint(
  time: number,
  followers: number | null,
  following: number | null,
  relations: Relations,
): DailyPoint {
  return {
    date: localDay(time),
    followers,
    following,
    mutuals: followers !== null && following !== null ? stateCounts(relations).mutuals : null,
  };
}
