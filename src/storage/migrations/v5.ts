import type { Migration } from './migration';

/** The records this migration rewrites, as versions 1 to 4 stored them: an object per person, row and change. */
interface MemberV1 {
  handle: string;
  displayName?: string;
  verified?: boolean;
  firstSeen: number;
  lastSeen: number;
  missingSince?: number;
}
interface RowV1 {
  handle: string;
  displayName?: string;
  verified?: boolean;
  since?: number;
}
interface EventV1 {
  accountId: string;
  captureId: string;
  handle: string;
  kind: string;
  after: number;
  before: number;
  endedBy?: 'them' | 'me';
}

/**
 * Members and open batches column-wise, and events grouped into one change set per capture, without
 * the capture id (the set's end time names the capture). Structured-cloning 100,000 small objects and
 * writing a thousand event records dominated closing a 100,000-follower capture.
 *
 * Self-contained, so no later change to the live column helpers changes what it writes. It writes the
 * members' numbers as typed arrays, as it did when version 6 shipped; version 5 as first shipped wrote
 * plain arrays, which the readers accept as well.
 */
export const v5: Migration = async (_db, tx) => {
  for (
    let cursor = await tx.objectStore('memberChunks').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const { members, ...key } = cursor.value as { members: MemberV1[] };
    await cursor.update({ ...key, ...memberColumns(members) });
  }
  for (let cursor = await tx.objectStore('batches').openCursor(); cursor; cursor = await cursor.continue()) {
    const { rows, ...key } = cursor.value as { rows: RowV1[] };
    await cursor.update({ ...key, ...rowColumns(rows) });
  }

  const events = tx.objectStore('events');
  const old = (await events.getAll()) as EventV1[];
  await events.clear();
  events.deleteIndex('byHandle');
  events.createIndex('byHandle', 'handles', { multiEntry: true });
  for (const accountId of new Set(old.map((event) => event.accountId))) {
    const sets = changeSets(
      accountId,
      old.filter((event) => event.accountId === accountId),
    );
    for (const set of sets) await events.add(set);
  }
};

function memberColumns(members: readonly MemberV1[]) {
  const count = members.length;
  const verified = new Uint8Array(count);
  const firstSeen = new Float64Array(count);
  const lastSeen = new Float64Array(count);
  const missingSince = new Float64Array(count);
  members.forEach((member, i) => {
    verified[i] = member.verified ? 1 : 0;
    firstSeen[i] = member.firstSeen;
    lastSeen[i] = member.lastSeen;
    missingSince[i] = member.missingSince ?? 0;
  });
  const handles = members.map((member) => member.handle);
  const names = members.map((member) => member.displayName ?? '');
  return { handles, names, verified, firstSeen, lastSeen, missingSince };
}

/** -1 keeps "said nothing about the mark" apart from "not verified". */
function rowColumns(rows: readonly RowV1[]) {
  return {
    handles: rows.map((row) => row.handle),
    names: rows.map((row) => row.displayName ?? ''),
    verified: rows.map((row) => (row.verified === undefined ? -1 : row.verified ? 1 : 0)),
    since: rows.map((row) => row.since ?? 0),
  };
}

/** One account's events grouped by the capture end that dates them, in the order given. */
function changeSets(accountId: string, events: readonly EventV1[]) {
  const sets = new Map<
    number,
    {
      accountId: string;
      before: number;
      handles: string[];
      kinds: string[];
      afters: number[];
      endedBy: string[];
    }
  >();
  for (const event of events) {
    let set = sets.get(event.before);
    if (!set) {
      set = { accountId, before: event.before, handles: [], kinds: [], afters: [], endedBy: [] };
      sets.set(event.before, set);
    }
    set.handles.push(event.handle);
    set.kinds.push(event.kind);
    set.afters.push(event.after);
    set.endedBy.push(event.endedBy ?? '');
  }
  return [...sets.values()];
}
