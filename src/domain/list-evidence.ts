import type { ListKind } from './types';

/**
 * What one piece of evidence says about which list is open: one of the owner's lists, a list that is
 * not one of them (TikTok's Suggested or Friends), two readings that contradict each other, or nothing.
 */
export type ListEvidence = ListKind | 'not-a-list' | 'conflict' | null;

/**
 * Joins independent pieces of evidence (the URL, the dialog's heading or tabs, the click that opened
 * it). They must not contradict each other and at least one must name the list: a list recorded as the
 * other one is far worse than no list, so any disagreement is 'conflict' and silence is null.
 */
export function placeList(evidence: readonly ListEvidence[]): ListEvidence {
  let placed: ListEvidence = null;
  for (const piece of evidence) {
    if (piece === null) continue;
    if (piece === 'conflict' || (placed !== null && placed !== piece)) return 'conflict';
    placed = piece;
  }
  return placed;
}

/** A placement that names one of the owner's lists. */
export function isOwnList(placed: ListEvidence): placed is ListKind {
  return placed === 'followers' || placed === 'following';
}
