import type { CountReading } from './types';

/**
 * The profile header's count for the list being captured, read again while the capture runs: the
 * verdict is judged against the count that holds at the end, and a count that moved is shown.
 */
export interface HeaderTrack {
  /** The first count read in this capture. */
  first: CountReading | null;
  /** The count that holds now: the latest reading, or the last one when the header can't be read for a moment. */
  now: CountReading | null;
}

export function trackHeader(track: HeaderTrack, reading: CountReading | null): HeaderTrack {
  if (!reading) return track;
  if (track.now?.value === reading.value && track.now.unit === reading.unit) return track;
  return { first: track.first ?? reading, now: reading };
}

/** The count at the start, when the header now shows another one. */
export function movedFrom(track: HeaderTrack): CountReading | undefined {
  const { first, now } = track;
  return first && now && first.value !== now.value ? first : undefined;
}
