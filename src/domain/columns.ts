import { HandleIndex } from './handle-index';
import type { Member } from './ledger';
import type { Row } from './types';

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

export function membersToColumns(members: readonly Member[]): MemberTable {
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
  for (let i = 0; i < columns.handles.length; i++) into.push(memberAt(columns, i));
  return into;
}

/** One member built from its columns: pages and the first rows build only the members they show. */
export function memberAt(columns: MemberColumns, i: number): Member {
  const member: Member = {
    handle: columns.handles[i],
    firstSeen: columns.firstSeen[i],
    lastSeen: columns.lastSeen[i],
  };
  if (columns.names[i]) member.displayName = columns.names[i];
  if (columns.verified[i]) member.verified = true;
  if (columns.missingSince[i]) member.missingSince = columns.missingSince[i];
  return member;
}

/** Stored chunks joined into one set of columns, the numbers as typed arrays (older chunks hold plain arrays). */
export function joinMembers(chunks: readonly MemberColumns[]): MemberTable {
  let count = 0;
  for (const chunk of chunks) count += chunk.handles.length;
  const joined = emptyMembers(count);
  joined.handles = joinArrays(chunks.map((chunk) => chunk.handles));
  joined.names = joinArrays(chunks.map((chunk) => chunk.names));
  let at = 0;
  for (const chunk of chunks) {
    joined.verified.set(chunk.verified, at);
    joined.firstSeen.set(chunk.firstSeen, at);
    joined.lastSeen.set(chunk.lastSeen, at);
    joined.missingSince.set(chunk.missingSince, at);
    at += chunk.handles.length;
  }
  return joined;
}

/** One array of many, in one native copy: pushing a million strings one by one costs several times more. */
function joinArrays<T>(arrays: readonly T[][]): T[] {
  return ([] as T[]).concat(...arrays);
}

/** Columns whose numbers are typed arrays, as a close works on them and writes them. */
export interface MemberTable extends MemberColumns {
  verified: Uint8Array;
  firstSeen: Float64Array;
  lastSeen: Float64Array;
  missingSince: Float64Array;
}

/** A table for `count` members, the strings to be pushed and the numbers to be set. */
export function emptyMembers(count: number): MemberTable {
  return {
    handles: [],
    names: [],
    verified: new Uint8Array(count),
    firstSeen: new Float64Array(count),
    lastSeen: new Float64Array(count),
    missingSince: new Float64Array(count),
  };
}

/** Members `start` to `end` as a table of their own: a typed array's view would clone its whole buffer. */
export function sliceMembers(table: MemberTable, start: number, end: number): MemberTable {
  return {
    handles: table.handles.slice(start, end),
    names: table.names.slice(start, end),
    verified: table.verified.slice(start, end),
    firstSeen: table.firstSeen.slice(start, end),
    lastSeen: table.lastSeen.slice(start, end),
    missingSince: table.missingSince.slice(start, end),
  };
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

/** A capture's batches joined into one set of columns, duplicates kept (see `indexRows`). */
export function joinRows(batches: readonly RowColumns[]): RowColumns {
  return {
    handles: joinArrays(batches.map((batch) => batch.handles)),
    names: joinArrays(batches.map((batch) => batch.names)),
    verified: joinArrays(batches.map((batch) => batch.verified)),
    since: joinArrays(batches.map((batch) => batch.since)),
  };
}

/**
 * Each account read once: its handle stands for its last row (the list may re-render with fresher
 * data), in the order the accounts were first read. Its size is the number of distinct accounts read.
 */
export function indexRows(rows: RowColumns): HandleIndex {
  return new HandleIndex(rows.handles);
}
