/**
 * How long the user has followed an account, and on what evidence: the follow date a data download
 * gave, or else when a capture first saw them in the following list. Never a follow date that
 * nothing showed.
 */
export interface FollowAge {
  since: number;
  basis: 'follow-date' | 'first-seen';
  /** Whole days from `since` to now. */
  days: number;
}

const DAY_MS = 86_400_000;

/**
 * `captureEnds`: when each capture and download of the following list ended (a first sighting is dated
 * by one of them); `downloadEnds`: those of downloads. A date that is no capture's end came from a row's
 * follow date, which only a download carries, and only one that ended after it can have held it.
 */
export function followAge(
  firstSeen: number,
  captureEnds: ReadonlySet<number>,
  downloadEnds: readonly number[],
  now: number,
): FollowAge {
  const fromDownload = !captureEnds.has(firstSeen) && downloadEnds.some((end) => end >= firstSeen);
  return {
    since: firstSeen,
    basis: fromDownload ? 'follow-date' : 'first-seen',
    days: Math.max(0, Math.floor((now - firstSeen) / DAY_MS)),
  };
}
