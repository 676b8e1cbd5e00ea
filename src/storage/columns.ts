import type { Member } from '../domain/ledger';
import type { Row } from '../domain/types';

/**
 * Members stored column-wise: IndexedDB structured-clones a few flat arrays many times faster than
 * 100,000 small objects, and that cloning dominated closing a large capture and opening the popup.
 * All columns have one entry per member; "" and 0 stand for "not known" and "not missing".
 */
export interface MemberColumns {
  handles: string[];
  names: string[];
  /** 1 for a verified mark. */
  verified: number[];
  firstSeen: number[];
  lastSeen: number[];
  missingSince: number[];
}

/** A batch's rows, column-wise for the same reason: a 100,000-row capture arrives as 200 of them. */
export interface RowColumns {
  handles: string[];
  names: string[];
  verified: number[];
  /** Follow date from a data download, 0 when unknown. */
  since: number[];
}

export function membersToColumns(members: readonly Member[]): MemberColumns {
  const columns: MemberColumns = { handles: [], names: [], verified: [], firstSeen: [], lastSeen: [], missingSince: [] };
  for (const member of members) {
    columns.handles.push(member.handle);
    columns.names.push(member.displayName ?? '');
    columns.verified.push(member.verified ? 1 : 0);
    columns.firstSeen.push(member.firstSeen);
    columns.lastSeen.push(member.lastSeen);
    columns.missingSince.push(member.missingSince ?? 0);
  }
  return columns;
}

/** Appends the members of `columns` to `into`, so several chunks decode into one array without copies. */
export function appendMembers(into: Member[], columns: MemberColumns): Member[] {
  const { handles, names, verified, firstSeen, lastSeen, missingSince } = columns;
  for (let i = 0; i < handles.length; i++) {
    const member: Member = { handle: handles[i], firstSeen: firstSeen[i], lastSeen: lastSeen[i] };
    if (names[i]) member.displayName = names[i];
    if (verified[i]) member.verified = true;
    if (missingSince[i]) member.missingSince = missingSince[i];
    into.push(member);
  }
  return into;
}

export function rowsToColumns(rows: readonly Row[]): RowColumns {
  const columns: RowColumns = { handles: [], names: [], verified: [], since: [] };
  for (const row of rows) {
    columns.handles.push(row.handle);
    columns.names.push(row.displayName ?? '');
    columns.verified.push(row.verified === undefined ? -1 : row.verified ? 1 : 0);
    columns.since.push(row.since ?? 0);
  }
  return columns;
}

export function appendRows(into: Row[], columns: RowColumns): Row[] {
  const { handles, names, verified, since } = columns;
  for (let i = 0; i < handles.length; i++) {
    const row: Row = { handle: handles[i] };
    if (names[i]) row.displayName = names[i];
    // A row says "not verified" apart from saying nothing: only the former clears a stored mark.
    if (verified[i] !== -1) row.verified = verified[i] === 1;
    if (since[i]) row.since = since[i];
    into.push(row);
  }
  return into;
}
