import type { Member } from '../domain/ledger';
import type { Row } from '../domain/types';

/**
 * Members stored column-wise: IndexedDB structured-clones a few flat arrays many times faster than
 * 100,000 small objects, and that cloning dominated closing a large capture and opening the popup.
 * The numbers are typed arrays, which clone as one block of memory instead of number by number;
 * chunks written before that hold plain arrays, read the same way. All columns have one entry per
 * member; "" and 0 stand for "not known" and "not missing".
 */
export interface MemberColumns {
  handles: string[];
  names: string[];
  /** 1 for a verified mark. */
  verified: ArrayLike<number>;
  firstSeen: ArrayLike<number>;
  lastSeen: ArrayLike<number>;
  missingSince: ArrayLike<number>;
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
  const count = members.length;
  const handles: string[] = [];
  const names: string[] = [];
  const verified = new Uint8Array(count);
  const firstSeen = new Float64Array(count);
  const lastSeen = new Float64Array(count);
  const missingSince = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const member = members[i];
    handles.push(member.handle);
    names.push(member.displayName ?? '');
    verified[i] = member.verified ? 1 : 0;
    firstSeen[i] = member.firstSeen;
    lastSeen[i] = member.lastSeen;
    missingSince[i] = member.missingSince ?? 0;
  }
  return { handles, names, verified, firstSeen, lastSeen, missingSince };
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
