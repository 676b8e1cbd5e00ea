import type { EventKind } from './ledger';
import type { ListKind } from './types';

/**
 * One change as the pairing reads it. `name`: the display name a capture showed; `followDate`: a follow
 * date that a data download gave (never a first sighting), epoch ms.
 */
export interface ChangeFacts {
  accountId: string;
  handle: string;
  kind: EventKind;
  after: number;
  before: number;
  name?: string;
  followDate?: number;
}

/** "@from → @to, likely renamed": one account that left and one that came, in the same change set. */
export interface RenamePair {
  accountId: string;
  list: ListKind;
  from: string;
  to: string;
  after: number;
  before: number;
  /** What the two share. */
  by: 'name' | 'follow-date';
}

const LEFT: Partial<Record<EventKind, ListKind>> = { 'lost-follower': 'followers', unfollowed: 'following' };
const ENTERED: Partial<Record<EventKind, ListKind>> = { 'new-follower': 'followers', followed: 'following' };

type Signal = 'name' | 'followDate';

/**
 * DESIGN.md: "A rename is not a loss." The sites give no stable ids, so a renamed account looks like one
 * account lost and one new in the same window of the same list. They are offered as a likely rename
 * only when one signal links exactly one leaver to exactly one newcomer: the same display name (never an
 * empty one) or the same download follow date. Two on either side sharing it, the other signal known on
 * both and different, two signals pointing at different partners, or the leaver coming back later: no
 * pair. A wrong pairing would hide a real loss, so every doubt leaves the two as they were.
 */
export function renamePairs(changes: readonly ChangeFacts[]): RenamePair[] {
  const cameBack = returns(changes);
  const windows = new Map<string, { list: ListKind; gone: ChangeFacts[]; came: ChangeFacts[] }>();
  for (const change of changes) {
    const list = LEFT[change.kind] ?? ENTERED[change.kind];
    if (!list) continue;
    const key = `${change.accountId}\n${list}\n${change.before}`;
    const window = windows.get(key) ?? windows.set(key, { list, gone: [], came: [] }).get(key)!;
    if (ENTERED[change.kind]) window.came.push(change);
    else if (!cameBack.has(`${change.accountId}\n${list}\n${change.handle}\n${change.before}`))
      window.gone.push(change);
  }
  const pairs: RenamePair[] = [];
  for (const { list, gone, came } of windows.values()) {
    const byName = uniqueMatches(gone, came, 'name');
    const byDate = uniqueMatches(gone, came, 'followDate');
    const partners = new Map<ChangeFacts, ChangeFacts | null>();
    const suitors = new Map<ChangeFacts, number>();
    for (const matches of [byName, byDate])
      for (const [old, next] of matches) {
        const known = partners.get(old);
        partners.set(old, known === undefined || known === next ? next : null);
      }
    for (const next of partners.values()) if (next) suitors.set(next, (suitors.get(next) ?? 0) + 1);
    for (const [old, next] of partners) {
      if (
        !next ||
        suitors.get(next) !== 1 ||
        disagree(old, next, 'name') ||
        disagree(old, next, 'followDate')
      )
        continue;
      pairs.push({
        accountId: old.accountId,
        list,
        from: old.handle,
        to: next.handle,
        after: Math.max(old.after, next.after),
        before: old.before,
        by: byName.get(old) === next ? 'name' : 'follow-date',
      });
    }
  }
  return pairs;
}

/** Leavers whose signal value no other leaver shares, matched to the one newcomer that carries it. */
function uniqueMatches(
  gone: readonly ChangeFacts[],
  came: readonly ChangeFacts[],
  signal: Signal,
): Map<ChangeFacts, ChangeFacts> {
  const only = (side: readonly ChangeFacts[]) => {
    const byValue = new Map<string | number, ChangeFacts | null>();
    for (const change of side) {
      const value = change[signal];
      if (value === undefined || value === '') continue;
      byValue.set(value, byValue.has(value) ? null : change);
    }
    return byValue;
  };
  const newcomers = only(came);
  const matches = new Map<ChangeFacts, ChangeFacts>();
  for (const [value, old] of only(gone)) {
    const next = newcomers.get(value);
    if (old && next) matches.set(old, next);
  }
  return matches;
}

/** Both sides carry the signal and it differs: the signals contradict each other. */
function disagree(old: ChangeFacts, next: ChangeFacts, signal: Signal): boolean {
  const a = old[signal];
  const b = next[signal];
  return a !== undefined && a !== '' && b !== undefined && b !== '' && a !== b;
}

/** `account, list, handle, before` of every leaver who entered the same list again later. */
function returns(changes: readonly ChangeFacts[]): Set<string> {
  const entries = new Map<string, number[]>();
  for (const change of changes) {
    const list = ENTERED[change.kind];
    if (!list) continue;
    const key = `${change.accountId}\n${list}\n${change.handle}`;
    (entries.get(key) ?? entries.set(key, []).get(key)!).push(change.before);
  }
  const back = new Set<string>();
  for (const change of changes) {
    const list = LEFT[change.kind];
    if (!list) continue;
    const key = `${change.accountId}\n${list}\n${change.handle}`;
    if (entries.get(key)?.some((before) => before > change.before)) back.add(`${key}\n${change.before}`);
  }
  return back;
}
