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

type Signal = (change: ChangeFacts) => string | number | undefined;
const byName: Signal = (change) => change.name || undefined;

interface Window {
  accountId: string;
  list: ListKind;
  gone: ChangeFacts[];
  came: ChangeFacts[];
}

/**
 * DESIGN.md: "A rename is not a loss." The sites give no stable ids, so a renamed account looks like one
 * account lost and one new in the same window of the same list. They are offered as a likely rename
 * only when one signal links exactly one leaver to exactly one newcomer: the same display name (never an
 * empty one) or the same download follow date. Two on either side sharing it, the other signal known on
 * both and different, two signals pointing at different partners, or the leaver coming back later: no
 * pair. A wrong pairing would hide a real loss, so every doubt leaves the two as they were.
 * `followDateOf` says which follow date a change carries (by default its own `followDate`). Runs over
 * every change of a ledger each time one is read: windows are keyed by number, not by built strings.
 */
export function renamePairs(
  changes: readonly ChangeFacts[],
  followDateOf: (change: ChangeFacts) => number | undefined = (change) => change.followDate,
): RenamePair[] {
  const windows = new Map<number, Window[]>();
  for (const change of changes) {
    const list = LEFT[change.kind] ?? ENTERED[change.kind];
    if (!list) continue;
    let group = windows.get(change.before);
    if (!group) windows.set(change.before, (group = []));
    let window = group.find((one) => one.list === list && one.accountId === change.accountId);
    if (!window) group.push((window = { accountId: change.accountId, list, gone: [], came: [] }));
    (ENTERED[change.kind] ? window.came : window.gone).push(change);
  }
  const found: { old: ChangeFacts; next: ChangeFacts; list: ListKind; by: RenamePair['by'] }[] = [];
  for (const group of windows.values())
    for (const { list, gone, came } of group)
      if (gone.length && came.length)
        found.push(...pairsIn(gone, came, followDateOf).map((p) => ({ ...p, list })));
  if (found.length === 0) return [];
  const cameBack = returns(changes, new Set(found.map(({ old }) => old.handle)));
  return found
    .filter(
      ({ old, list }) =>
        !cameBack.get(`${old.accountId}\n${list}\n${old.handle}`)?.some((at) => at > old.before),
    )
    .map(({ old, next, list, by }) => ({
      accountId: old.accountId,
      list,
      from: old.handle,
      to: next.handle,
      after: Math.max(old.after, next.after),
      before: old.before,
      by,
    }));
}

/** The pairs of one window of one list, by either signal, leaving out every pair a signal doubts. */
function pairsIn(
  gone: readonly ChangeFacts[],
  came: readonly ChangeFacts[],
  followDateOf: (change: ChangeFacts) => number | undefined,
) {
  const signals: Signal[] = [byName, followDateOf];
  const [named, dated] = signals.map((signal) => uniqueMatches(gone, came, signal));
  const partners = new Map<ChangeFacts, ChangeFacts | null>();
  for (const matches of [named, dated])
    for (const [old, next] of matches) {
      const known = partners.get(old);
      partners.set(old, known === undefined || known === next ? next : null);
    }
  const suitors = new Map<ChangeFacts, number>();
  for (const next of partners.values()) if (next) suitors.set(next, (suitors.get(next) ?? 0) + 1);
  const pairs: { old: ChangeFacts; next: ChangeFacts; by: RenamePair['by'] }[] = [];
  for (const [old, next] of partners) {
    if (!next || suitors.get(next) !== 1 || signals.some((signal) => disagree(old, next, signal))) continue;
    pairs.push({ old, next, by: named.get(old) === next ? 'name' : 'follow-date' });
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
      const value = signal(change);
      if (value !== undefined) byValue.set(value, byValue.has(value) ? null : change);
    }
    return byValue;
  };
  const matches = new Map<ChangeFacts, ChangeFacts>();
  const leavers = only(gone);
  if (leavers.size === 0) return matches;
  const newcomers = only(came);
  for (const [value, old] of leavers) {
    const next = newcomers.get(value);
    if (old && next) matches.set(old, next);
  }
  return matches;
}

/** Both sides carry the signal and it differs: the signals contradict each other. */
function disagree(old: ChangeFacts, next: ChangeFacts, signal: Signal): boolean {
  const a = signal(old);
  const b = signal(next);
  return a !== undefined && b !== undefined && a !== b;
}

/** When each of `handles` entered a list, by `account, list, handle`: a leaver who came back later was no rename. */
function returns(changes: readonly ChangeFacts[], handles: ReadonlySet<string>): Map<string, number[]> {
  const entries = new Map<string, number[]>();
  for (const change of changes) {
    const list = ENTERED[change.kind];
    if (!list || !handles.has(change.handle)) continue;
    const key = `${change.accountId}\n${list}\n${change.handle}`;
    (entries.get(key) ?? entries.set(key, []).get(key)!).push(change.before);
  }
  return entries;
}
