import type { CountReading, ListKind, Row } from './types';

/** Someone the ledger believes is in a list, with the evidence for it. Times are epoch ms. */
export interface Member {
  handle: string;
  displayName?: string;
  verified?: boolean;
  /** When a capture first saw them in this list. */
  firstSeen: number;
  /** When a capture last saw them: the start of the window if they later leave. */
  lastSeen: number;
  /** Set when a complete but short capture did not see them; cleared when they reappear. */
  missingSince?: number;
}

/** What the ledger knows about one list of one account. */
export interface ListState {
  members: Member[];
  /** End of the last complete capture: before it, absence from the list was not yet evidence. */
  baselineAt: number | null;
  /** Header count at that capture, to tell whether a short capture's absentees really left. */
  baselineHeader: CountReading | null;
}

export type EventKind =
  'new-follower' | 'lost-follower' | 'new-friend' | 'lost-friend' | 'followed' | 'unfollowed';

/** A change, dated by the window in which it happened: never an invented exact time. */
export interface LedgerEvent {
  handle: string;
  kind: EventKind;
  after: number;
  before: number;
  endedBy?: 'them' | 'me';
}

export interface FinishedCapture {
  list: ListKind;
  endedAt: number;
  /** Distinct accounts read, each once. */
  rows: Row[];
  complete: boolean;
  short: boolean;
  header: CountReading | null;
}

const ENTERED: Record<ListKind, EventKind> = { followers: 'new-follower', following: 'followed' };
const LEFT: Record<ListKind, EventKind> = { followers: 'lost-follower', following: 'unfollowed' };

/** Folds one finished capture into a list's state, returning the new state and the changes it proves. */
export function applyCapture(
  prev: ListState,
  capture: FinishedCapture,
): { next: ListState; events: LedgerEvent[] } {
  const now = capture.endedAt;
  const events: LedgerEvent[] = [];
  // Positions, not rows, and a mark per row instead of deleting from the map: this runs over 100,000 rows.
  const rowAt = new Map<string, number>();
  for (let i = 0; i < capture.rows.length; i++) rowAt.set(capture.rows[i].handle, i);
  const matched = new Uint8Array(capture.rows.length);
  const members: Member[] = [];
  const absent: Member[] = [];

  for (const member of prev.members) {
    const at = rowAt.get(member.handle);
    if (at === undefined || matched[at]) {
      members.push(member);
      absent.push(member);
      continue;
    }
    matched[at] = 1;
    // A download's follow date is older evidence than the capture that first saw them: it wins.
    const firstSeen = Math.min(member.firstSeen, capture.rows[at].since ?? Infinity);
    members.push(seenIn(capture.rows[at], firstSeen, Math.max(member.lastSeen, now), member));
  }
  for (const at of rowAt.values()) {
    if (matched[at]) continue;
    const row = capture.rows[at];
    members.push(seenIn(row, Math.min(row.since ?? now, now), now));
    // Without a complete capture before, nobody can be called new: they may simply not have been read.
    if (prev.baselineAt !== null) {
      events.push({ handle: row.handle, kind: ENTERED[capture.list], after: prev.baselineAt, before: now });
    }
  }

  if (!capture.complete) return { next: { ...prev, members }, events };

  const allAbsentLeft = !capture.short || headerChangeAccountsFor(prev, capture, members, absent.length);
  // A second complete capture that agrees turns "missing" into "lost".
  const left = new Set(
    absent.filter((m) => allAbsentLeft || m.missingSince !== undefined).map((m) => m.handle),
  );
  const stillAbsent = new Set(absent.map((m) => m.handle));
  const kept: Member[] = [];
  for (const member of members) {
    if (left.has(member.handle)) {
      events.push({ handle: member.handle, kind: LEFT[capture.list], after: member.lastSeen, before: now });
    } else if (stillAbsent.has(member.handle)) {
      kept.push({ ...member, missingSince: now });
    } else {
      kept.push(member);
    }
  }
  return { next: { members: kept, baselineAt: now, baselineHeader: capture.header }, events };
}

/**
 * "Header 103 → 101 with 3 new and 5 absent: the 5 are lost." Only exact headers can prove it, and the
 * newcomers counted are everyone first seen since the baseline, in this capture or a partial one between.
 */
function headerChangeAccountsFor(
  prev: ListState,
  capture: FinishedCapture,
  members: Member[],
  absentCount: number,
): boolean {
  const before = prev.baselineHeader;
  const after = capture.header;
  if (!before || !after || before.unit !== 1 || after.unit !== 1 || prev.baselineAt === null) return false;
  const baselineAt = prev.baselineAt;
  const newcomers = members.filter((member) => member.firstSeen > baselineAt).length;
  return absentCount === newcomers - (after.value - before.value);
}

/**
 * A member as a capture saw them: the row's name and mark win over what was known. Reappearing clears
 * "missing" without a new event: they never really left. Built field by field, not spread: this runs
 * for every one of 100,000 members when a capture closes.
 */
function seenIn(row: Row, firstSeen: number, lastSeen: number, known?: Member): Member {
  const member: Member = { handle: row.handle, firstSeen, lastSeen };
  const displayName = row.displayName ?? known?.displayName;
  if (displayName !== undefined) member.displayName = displayName;
  const verified = row.verified ?? known?.verified;
  if (verified !== undefined) member.verified = verified;
  return member;
}
