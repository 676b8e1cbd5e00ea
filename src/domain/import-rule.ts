import { type CaptureVerdict, judgeCapture } from './capture-rules';
import type { CountReading, Row } from './types';

/**
 * Why an import counts as complete or partial (DESIGN.md, "Imports follow the same rule"):
 * - `covers-count`: it holds as many as the last header count seen for the list, within the tolerance;
 * - `short-of-count`: it holds fewer, so it was made for a date range (or the list grew since);
 * - `count-newer`: the last header count was seen after the download was made: it can't speak for now;
 * - `all-time`: no count known, and the person said the download was made for "All time";
 * - `range`: no count known, and the person did not say so.
 */
export type ImportBasis = 'covers-count' | 'short-of-count' | 'count-newer' | 'all-time' | 'range';

export function judgeImport(input: {
  read: number;
  lastHeader: { header: CountReading; at: number } | null;
  downloadAt: number;
  allTime: boolean;
  tolerance: number;
}): CaptureVerdict & { basis: ImportBasis } {
  const { read, lastHeader, downloadAt, allTime, tolerance } = input;
  if (lastHeader && lastHeader.at > downloadAt) return { complete: false, short: true, basis: 'count-newer' };
  if (lastHeader) {
    const verdict = judgeCapture({ read, header: lastHeader.header, endReached: true, tolerance });
    return { ...verdict, basis: verdict.complete ? 'covers-count' : 'short-of-count' };
  }
  return allTime
    ? { complete: true, short: false, basis: 'all-time' }
    : { complete: false, short: true, basis: 'range' };
}

/**
 * When a download's lists were true: the date its own files carry, never later than now (a clock once
 * ahead, a zip dated in the future) and never earlier than the newest follow it holds.
 */
export function downloadDate(filesDated: number | null, rows: readonly Row[], now: number): number {
  let newestFollow = -Infinity;
  for (const row of rows) if (row.since !== undefined && row.since > newestFollow) newestFollow = row.since;
  return Math.min(now, Math.max(filesDated ?? now, newestFollow));
}
