import type { Landmark } from '../domain/types';
import type { Translatable } from '../i18n/translatable';

/** What a finished capture came to, as the background judged it. */
export interface CaptureResult {
  complete: boolean;
  endReached: boolean;
  read: number;
}

/**
 * Where one reading of a list stands. Each state holds only what is true in it: an unverified list has
 * sent nothing, only a finished capture has a verdict, and a list that can't be read has neither.
 */
export type CapturePhase =
  /** Rows are read; until every landmark was found (`verified`) nothing is sent. */
  | { kind: 'reading'; verified: boolean }
  /** The end was sent and its verdict not yet back. */
  | { kind: 'ending' }
  | { kind: 'finished'; result: CaptureResult }
  /** Saving stopped, or the capture ended for a reason the person must see (a switched account). */
  | { kind: 'failed'; problem: Translatable }
  /** The self-check did not find this landmark: nothing of the list was recorded. */
  | { kind: 'unreadable'; landmark: Landmark };

export const READING: CapturePhase = { kind: 'reading', verified: false };

/** The verdict came back; a problem seen on the way stays what is shown. */
export function finished(phase: CapturePhase, result: CaptureResult): CapturePhase {
  return phase.kind === 'failed' || phase.kind === 'unreadable' ? phase : { kind: 'finished', result };
}

/** A problem ends the capture; the first one is kept, and a list that can't be read stays that. */
export function failed(phase: CapturePhase, problem: Translatable): CapturePhase {
  return phase.kind === 'failed' || phase.kind === 'unreadable' ? phase : { kind: 'failed', problem };
}

/** Every landmark was found: what was read may be sent. */
export function isVerified(phase: CapturePhase): boolean {
  return phase.kind === 'reading' ? phase.verified : phase.kind !== 'unreadable';
}
