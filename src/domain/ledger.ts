import { emptyMembers, type MemberTable, type RowColumns } from './columns';
import type { HandleIndex } from './handle-index';
import type { CountReading, ListKind } from './types';

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

/** A list's state column-wise, as a close reads, folds and writes it: no object per member. */
export interface ListTableState {
  members: MemberTable;
  baselineAt: number | null;
  baselineHeader: CountReading | null;
}

export interface FinishedCapture {
  list: ListKind;
  endedAt: number;
  /** Every row read, duplicates included. */
  rows: RowColumns;
  /** The accounts read, each once: handle to its row (`indexRows`), the owner left out. */
  rowAt: HandleIndex;
  complete: boolean;
  short: boolean;
  header: CountReading | null;
}

export interface FoldedCapture {
  next: ListTableState;
  events: LedgerEvent[];
  /** Each previous member's position in the new state, -1 for those who left; newcomers follow the last. */
  moved: Int32Array;
}

const ENTERED: Record<ListKind, EventKind> = { followers: 'new-follower', following: 'followed' };
const LEFT: Record<ListKind, EventKind> = { followers: 'lost-follower', following: 'unfollowed' };

/**
 * Folds one finished capture into a list's state, returning the new state and the changes it proves.
 * Column to column, with positions instead of objects: at a million members, objects and their garbage
 * were most of what closing a capture cost. Rows keep the list's order, newcomers at the end.
 */
export function applyCapture(prev: ListTableState, capture: FinishedCapture): FoldedCapture {
  const now = capture.endedAt;
  const { rows, rowAt } = capture;
  const old = prev.members;
  const events: LedgerEvent[] = [];
  // For each member, the row that saw them, or -1; a row matches one member only.
  const matched = new Uint8Array(rows.handles.length);
  const rowOf = new Int32Array(old.handles.length);
  // A list is read back in much the order it was stored: the row after the last match is tried first,
  // by comparing strings, and only a miss is looked up. Only rows each read once are all in `rowAt`.
  const distinct = rowAt.size === rows.handles.length;
  let next = 0;
  let absentCount = 0;
  for (let i = 0; i < old.handles.length; i++) {
    const handle = old.handles[i];
    const at =
      distinct && next < rows.handles.length && rows.handles[next] === handle ? next : rowAt.get(handle);
    if (at === undefined || matched[at]) {
      rowOf[i] = -1;
      absentCount++;
    } else {
      matched[at] = 1;
      rowOf[i] = at;
      next = at + 1;
    }
  }
  const newcomers: number[] = [];
  const baselineAt = prev.baselineAt;
  rowAt.forEach((at) => {
    if (matched[at]) return;
    newcomers.push(at);
    // Without a complete capture before, nobody can be called new: they may simply not have been read.
    if (baselineAt !== null)
      events.push({ handle: rows.handles[at], kind: ENTERED[capture.list], after: baselineAt, before: now });
  });
  // A download's follow date is older evidence than the capture that first saw them: it wins.
  const firstSeenOf = (i: number) =>
    rowOf[i] < 0 ? old.firstSeen[i] : Math.min(old.firstSeen[i], rows.since[rowOf[i]] || Infinity);
  const arrivedAt = (at: number) => Math.min(rows.since[at] || now, now);

  let leaves: (i: number) => boolean = () => false;
  if (capture.complete) {
    const allAbsentLeft =
      !capture.short ||
      headerChangeAccountsFor(prev, capture, absentCount, () => {
        let count = 0;
        const baselineAt = prev.baselineAt!;
        for (let i = 0; i < old.handles.length; i++) if (firstSeenOf(i) > baselineAt) count++;
        for (const at of newcomers) if (arrivedAt(at) > baselineAt) count++;
        return count;
      });
    // A second complete capture that agrees turns "missing" into "lost".
    leaves = (i) => rowOf[i] < 0 && (allAbsentLeft || old.missingSince[i] !== 0);
  }

  let leftCount = 0;
  for (let i = 0; i < old.handles.length; i++) if (leaves(i)) leftCount++;
  const members = emptyMembers(old.handles.length - leftCount + newcomers.length);
  const moved = new Int32Array(old.handles.length);
  let out = 0;
  for (let i = 0; i < old.handles.length; i++) {
    const at = rowOf[i];
    moved[i] = out;
    if (at < 0) {
      if (leaves(i)) {
        events.push({
          handle: old.handles[i],
          kind: LEFT[capture.list],
          after: old.lastSeen[i],
          before: now,
        });
        moved[i] = -1;
        continue;
      }
      members.handles.push(old.handles[i]);
      members.names.push(old.names[i]);
      members.verified[out] = old.verified[i];
      members.firstSeen[out] = old.firstSeen[i];
      members.lastSeen[out] = old.lastSeen[i];
      members.missingSince[out] = capture.complete && !old.missingSince[i] ? now : old.missingSince[i];
    } else {
      // The row's name and mark win over what was known; reappearing clears "missing" without an event.
      members.handles.push(old.handles[i]);
      members.names.push(rows.names[at] || old.names[i]);
      members.verified[out] = rows.verified[at] === -1 ? old.verified[i] : rows.verified[at];
      members.firstSeen[out] = firstSeenOf(i);
      members.lastSeen[out] = Math.max(old.lastSeen[i], now);
    }
    out++;
  }
  for (const at of newcomers) {
    members.handles.push(rows.handles[at]);
    members.names.push(rows.names[at]);
    members.verified[out] = rows.verified[at] === 1 ? 1 : 0;
    members.firstSeen[out] = arrivedAt(at);
    members.lastSeen[out] = now;
    out++;
  }
  if (!capture.complete) return { next: { ...prev, members }, events, moved };
  return { next: { members, baselineAt: now, baselineHeader: capture.header }, events, moved };
}

/**
 * "Header 103 → 101 with 3 new and 5 absent: the 5 are lost." Only exact headers can prove it, and the
 * newcomers counted are everyone first seen since the baseline, in this capture or a partial one between.
 */
function headerChangeAccountsFor(
  prev: ListTableState,
  capture: FinishedCapture,
  absentCount: number,
  newcomersSinceBaseline: () => number,
): boolean {
  const before = prev.baselineHeader;
  const after = capture.header;
  if (!before || !after || before.unit !== 1 || after.unit !== 1 || prev.baselineAt === null) return false;
  return absentCount === newcomersSinceBaseline() - (after.value - before.value);
}
