import type { EventKind, LedgerEvent } from '../domain/ledger';
import type { AccountId } from './schema';

/** One change as the surfaces use it. */
export interface EventRecord extends LedgerEvent {
  accountId: AccountId;
  /** A lost follower for whom no capture had shown a display name (a sign of a bot or abandoned account). */
  nameless?: true;
  /** The display name a capture showed for the account when it changed. */
  name?: string;
  /** When the ledger first saw the account in the list (a download's follow date where it gave one). */
  firstSeen?: number;
}

/**
 * The changes one capture proved, stored together and column-wise. IndexedDB charges per record: a
 * thousand changes (0.5 % churn of 100,000 followers) cost ~150 ms as separate records, and a few as one.
 */
export interface ChangeSetRecord {
  id?: number;
  accountId: AccountId;
  /** End of the capture that found them: every change in the set happened before it. */
  before: number;
  handles: string[];
  kinds: EventKind[];
  afters: number[];
  /** Who ended a lost friendship; "" for every other change. */
  endedBy: ('them' | 'me' | '')[];
  /** Positions of the lost followers who left without a display name ever seen; absent when none did. */
  nameless?: number[];
  /** Display names known when the changes were found, "" where none was; absent in older sets. A rename is told by them. */
  names?: string[];
  /** Each account's first sighting in the list, 0 where unknown; absent in older sets. A rename is told by a shared follow date. */
  firstSeen?: number[];
}

/** What the ledger knew of an account that changed: its name and when it was first seen in the list. */
export interface ChangedAccount {
  displayName?: string;
  firstSeen: number;
}

/**
 * `events` grouped by the capture end that dates them, in the order given; `nameless` are lost followers
 * without a name; `who` holds what was known of the changed accounts, where it was (an event carrying
 * its own, as a restored one does, keeps it).
 */
export function changeSetsOf(
  accountId: AccountId,
  events: readonly (LedgerEvent & { name?: string; firstSeen?: number })[],
  nameless: ReadonlySet<string> = new Set(),
  who: ReadonlyMap<string, ChangedAccount> = new Map(),
): ChangeSetRecord[] {
  const sets = new Map<number, ChangeSetRecord>();
  for (const event of events) {
    let set = sets.get(event.before);
    if (!set) {
      set = { accountId, before: event.before, handles: [], kinds: [], afters: [], endedBy: [] };
      sets.set(event.before, set);
    }
    if (event.kind === 'lost-follower' && nameless.has(event.handle))
      (set.nameless ??= []).push(set.handles.length);
    set.handles.push(event.handle);
    set.kinds.push(event.kind);
    set.afters.push(event.after);
    set.endedBy.push(event.endedBy ?? '');
    const known =
      event.firstSeen === undefined
        ? who.get(event.handle)
        : { displayName: event.name, firstSeen: event.firstSeen };
    if (known) {
      (set.names ??= new Array<string>(set.handles.length - 1).fill('')).push(known.displayName ?? '');
      (set.firstSeen ??= new Array<number>(set.handles.length - 1).fill(0)).push(known.firstSeen);
    } else {
      set.names?.push('');
      set.firstSeen?.push(0);
    }
  }
  return [...sets.values()];
}

/** The changes of `sets`, in their order; with `handle`, only that account's. */
export function eventsOf(sets: readonly ChangeSetRecord[], handle?: string): EventRecord[] {
  const events: EventRecord[] = [];
  for (const set of sets) {
    const nameless = new Set(set.nameless);
    for (let i = 0; i < set.handles.length; i++) {
      if (handle !== undefined && set.handles[i] !== handle) continue;
      const event: EventRecord = {
        accountId: set.accountId,
        handle: set.handles[i],
        kind: set.kinds[i],
        after: set.afters[i],
        before: set.before,
      };
      if (set.endedBy[i]) event.endedBy = set.endedBy[i] as 'them' | 'me';
      if (nameless.has(i)) event.nameless = true;
      if (set.names?.[i]) event.name = set.names[i];
      if (set.firstSeen?.[i]) event.firstSeen = set.firstSeen[i];
      events.push(event);
    }
  }
  return events;
}
