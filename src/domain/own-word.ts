import type { ListKind } from './types';

/**
 * "I unfollowed": the person's own word that they stopped following an account. It is theirs, not
 * evidence: only a complete capture of the following list, begun after they said it, settles it.
 */
export type OwnWordOutcome = 'pending' | 'confirmed' | 'corrected';

/** Where the account stands in the following list the capture left: read, missing (short capture) or gone. */
export type FollowingPresence = 'present' | 'missing' | 'absent';

export function settleOwnWord(
  saidAt: number,
  capture: { list: ListKind; complete: boolean; startedAt: number },
  presence: FollowingPresence,
): OwnWordOutcome {
  // A capture begun before the word may have read the row before the person unfollowed.
  if (capture.list !== 'following' || !capture.complete || capture.startedAt < saidAt) return 'pending';
  // Absent from a complete but short capture is "missing", not gone: it proves nothing yet.
  if (presence === 'missing') return 'pending';
  return presence === 'absent' ? 'confirmed' : 'corrected';
}

/** Leaves the accounts the person said they unfollowed out of a list, and says how many. */
export function leaveOutOwnWord<T extends { handle: string }>(
  items: readonly T[],
  said: ReadonlySet<string>,
): { kept: T[]; left: number } {
  if (said.size === 0) return { kept: [...items], left: 0 };
  const kept = items.filter((item) => !said.has(item.handle));
  return { kept, left: items.length - kept.length };
}
