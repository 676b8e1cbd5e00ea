import type { CountReading } from './types';

/**
 * How a finished capture counts as evidence (DESIGN.md, "the one rule"): presence always counts;
 * absence only when the capture is complete — the end of the list was reached and the accounts read
 * cover the header count within the site's tolerance (Instagram lists show 0–5 % fewer rows than the
 * header says, for deactivated accounts).
 */
export interface CaptureVerdict {
  complete: boolean;
  /**
   * A complete capture that may still have missed someone: fewer rows than the header count, or a
   * header too coarse ("12.3K") to prove otherwise. Its absentees are "missing", not yet "lost".
   */
  short: boolean;
}

export function judgeCapture(input: {
  read: number;
  header: CountReading | null;
  endReached: boolean;
  tolerance: number;
}): CaptureVerdict {
  const { read, header, endReached, tolerance } = input;
  if (!endReached || header === null) return { complete: false, short: true };
  const fewestPossible = header.value - Math.floor(header.unit / 2);
  const complete = read >= Math.floor(fewestPossible * (1 - tolerance));
  const short = header.unit !== 1 || read < header.value;
  return { complete, short };
}
