import type { AccountBackup, Backup } from '../data/backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../data/backup-format';
import type { Member } from '../domain/ledger';
import { LIST_KINDS, type ListKind } from '../domain/types';
import { handlesOf } from '../domain/views';
import { changeSetsOf, eventsOf } from './change-sets';
import { allOrNothing, readList, writeList } from './list-state';
import { protectedHandles } from './people';
import { type RelatedList, relationsRecord } from './relations';
import {
  type AccountId,
  accountIdOf,
  type AccountRecord,
  type CaptureRecord,
  LEDGER_STORES,
  type LedgerDb,
  type PersonRecord,
} from './schema';

const iso = (time: number) => new Date(time).toISOString();
const time = (text: string) => Date.parse(text);

/** The whole ledger as the backup format of DESIGN.md, in a stable order so equal ledgers give equal files. */
export async function exportBackup(db: LedgerDb, now: number): Promise<Backup> {
  const tx = db.transaction([...LEDGER_STORES], 'readwrite');
  const accounts = (await tx.objectStore('accounts').getAll()).sort((a, b) => a.id.localeCompare(b.id));
  const result: AccountBackup[] = [];
  for (const account of accounts) {
    const range = IDBKeyRange.bound([account.id, ''], [account.id, '\uffff']);
    const [followers, following, people, changeSets, captures, daily] = await Promise.all([
      readList(tx, account.id, 'followers'),
      readList(tx, account.id, 'following'),
      tx.objectStore('people').getAll(range),
      tx
        .objectStore('events')
        .index('byAccount')
        .getAll(IDBKeyRange.bound([account.id, 0], [account.id, Infinity])),
      tx.objectStore('captures').index('byAccountList').getAll(range),
      tx.objectStore('daily').getAll(range),
    ]);
    const baseline = (list: {
      state: { baselineAt: number | null; baselineHeader: { value: number; unit: number } | null };
    }) =>
      list.state.baselineAt === null
        ? undefined
        : {
            at: iso(list.state.baselineAt),
            headerCount: list.state.baselineHeader?.value ?? null,
            ...(list.state.baselineHeader && list.state.baselineHeader.unit !== 1
              ? { headerUnit: list.state.baselineHeader.unit }
              : {}),
          };
    result.push({
      platform: account.platform,
      handle: account.handle,
      people: peopleOf(followers.state.members, following.state.members, people),
      events: eventsOf(changeSets)
        .map(({ handle, kind, after, before, endedBy }) => ({
          handle,
          kind,
          after: iso(after),
          before: iso(before),
          ...(endedBy ? { endedBy } : {}),
        }))
        .sort(
          (a, b) =>
            a.before.localeCompare(b.before) ||
            a.handle.localeCompare(b.handle) ||
            a.kind.localeCompare(b.kind),
        ),
      captures: captures
        .filter((capture) => capture.status === 'closed' && capture.endedAt !== null)
        .sort((a, b) => a.startedAt - b.startedAt || a.list.localeCompare(b.list))
        .map((capture) => ({
          list: capture.list,
          startedAt: iso(capture.startedAt),
          endedAt: iso(capture.endedAt!),
          read: capture.read,
          headerCount: capture.header?.value ?? null,
          ...(capture.header && capture.header.unit !== 1 ? { headerUnit: capture.header.unit } : {}),
          endReached: capture.endReached,
          complete: capture.complete,
          ...(capture.source ? { source: capture.source } : {}),
        })),
      daily: daily
        .filter((point) => point.followers !== null && point.following !== null && point.mutuals !== null)
        .map(({ date, followers: f, following: g, mutuals }) => ({
          date,
          followers: f!,
          following: g!,
          mutuals: mutuals!,
        })),
      baselines: { followers: baseline(followers), following: baseline(following) },
    });
  }
  await tx.done;
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: iso(now), accounts: result };
}

/** Everyone in either list, and anyone annotated, with what the ledger knows of them. */
function peopleOf(
  followers: Member[],
  following: Member[],
  annotations: PersonRecord[],
): AccountBackup['people'] {
  const byHandle = new Map<string, { follower?: Member; followed?: Member; person?: PersonRecord }>();
  const entry = (handle: string) => byHandle.get(handle) ?? byHandle.set(handle, {}).get(handle)!;
  for (const member of followers) entry(member.handle).follower = member;
  for (const member of following) entry(member.handle).followed = member;
  for (const person of annotations) entry(person.handle).person = person;
  return [...byHandle.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([handle, { follower, followed, person }]) => {
      const member = follower ?? followed;
      const seen = [follower, followed].filter((m): m is Member => m !== undefined);
      return {
        handle,
        ...(member?.displayName !== undefined ? { displayName: member.displayName } : {}),
        followsMe: follower !== undefined,
        iFollow: followed !== undefined,
        protected: person?.protected === true,
        ...(person?.note ? { note: person.note } : {}),
        ...(person?.tags?.length ? { tags: person.tags } : {}),
        ...(person?.reviewedAt !== undefined ? { reviewed: iso(person.reviewedAt) } : {}),
        ...(member?.verified ? { verified: true } : {}),
        ...(seen.length
          ? {
              firstSeen: iso(Math.min(...seen.map((m) => m.firstSeen))),
              lastSeen: iso(Math.max(...seen.map((m) => m.lastSeen))),
            }
          : {}),
        ...(follower?.missingSince !== undefined
          ? { missingFromFollowersSince: iso(follower.missingSince) }
          : {}),
        ...(followed?.missingSince !== undefined
          ? { missingFromFollowingSince: iso(followed.missingSince) }
          : {}),
      };
    });
}

/**
 * Replaces the whole ledger with a backup's, in one transaction: if anything fails, the ledger is as
 * it was. The backup must already have passed `checkBackup`. Its captures get ids no earlier restore
 * used: whatever was kept by capture id (the background's lists) is read again.
 */
export async function restoreBackup(db: LedgerDb, backup: Backup): Promise<void> {
  const restoreId = crypto.randomUUID();
  const tx = db.transaction([...LEDGER_STORES], 'readwrite');
  return allOrNothing(tx, async () => {
    await Promise.all(LEDGER_STORES.map((store) => tx.objectStore(store).clear()));
    const restoredAt = time(backup.exportedAt);
    for (const account of backup.accounts) {
      const accountId = accountIdOf(account.platform, account.handle);
      const captures: CaptureRecord[] = account.captures.map((capture, index) => ({
        id: `restored:${restoreId}:${accountId}:${index}`,
        accountId,
        list: capture.list,
        startedAt: time(capture.startedAt),
        updatedAt: time(capture.endedAt),
        endedAt: time(capture.endedAt),
        read: capture.read,
        header:
          capture.headerCount === null ? null : { value: capture.headerCount, unit: capture.headerUnit ?? 1 },
        endReached: capture.endReached,
        complete: capture.complete,
        status: 'closed',
        ...(capture.source ? { source: capture.source } : {}),
      }));
      for (const capture of captures) await tx.objectStore('captures').put(capture);
      const times = captures.flatMap((capture) => [capture.startedAt, capture.endedAt!]);
      const record: AccountRecord = {
        id: accountId,
        platform: account.platform,
        handle: account.handle,
        firstCaptureAt: times.length ? Math.min(...times) : restoredAt,
        lastCaptureAt: times.length ? Math.max(...times) : restoredAt,
      };
      await tx.objectStore('accounts').put(record);

      const related: Record<ListKind, RelatedList> = {
        followers: { handles: [], revision: null },
        following: { handles: [], revision: null },
      };
      for (const list of LIST_KINDS) {
        const inList = list === 'followers' ? 'followsMe' : 'iFollow';
        const missing = list === 'followers' ? 'missingFromFollowersSince' : 'missingFromFollowingSince';
        const members: Member[] = account.people
          .filter((person) => person[inList])
          .map((person) => ({
            handle: person.handle,
            ...(person.displayName !== undefined ? { displayName: person.displayName } : {}),
            ...(person.verified ? { verified: true } : {}),
            firstSeen: person.firstSeen ? time(person.firstSeen) : restoredAt,
            lastSeen: person.lastSeen ? time(person.lastSeen) : restoredAt,
            ...(person[missing] ? { missingSince: time(person[missing]!) } : {}),
          }));
        const baseline = account.baselines?.[list] ?? lastComplete(account, list);
        if (members.length === 0 && !baseline && !account.captures.some((capture) => capture.list === list))
          continue;
        const revision = await writeList(
          tx,
          accountId,
          list,
          {
            members,
            baselineAt: baseline ? time(baseline.at) : null,
            baselineHeader:
              baseline?.headerCount == null
                ? null
                : { value: baseline.headerCount, unit: baseline.headerUnit ?? 1 },
          },
          null,
        );
        related[list] = { handles: handlesOf(members), revision };
      }
      if (related.followers.revision !== null || related.following.revision !== null) {
        await tx
          .objectStore('relations')
          .put(relationsRecord(accountId, related, protectedHandles(account.people)));
      }
      for (const person of account.people) {
        const annotation: PersonRecord = { accountId, handle: person.handle };
        if (person.protected) annotation.protected = true;
        if (person.reviewed) annotation.reviewedAt = time(person.reviewed);
        if (person.note) annotation.note = person.note;
        if (person.tags?.length) annotation.tags = person.tags;
        if (Object.keys(annotation).length > 2) await tx.objectStore('people').put(annotation);
      }
      const events = account.events.map((event) => ({
        ...event,
        after: time(event.after),
        before: time(event.before),
      }));
      for (const set of changeSetsOf(accountId, events)) await tx.objectStore('events').add(set);
      for (const point of account.daily) await tx.objectStore('daily').put({ ...point, accountId });
    }
  });
}

function lastComplete(account: AccountBackup, list: ListKind) {
  const complete = account.captures.filter((capture) => capture.list === list && capture.complete);
  const last = complete.sort((a, b) => a.endedAt.localeCompare(b.endedAt)).at(-1);
  return last && { at: last.endedAt, headerCount: last.headerCount, headerUnit: last.headerUnit };
}

/** Removes one account's ledger (or every ledger, with null) and nothing else. */
export async function deleteLedger(db: LedgerDb, accountId: AccountId | null): Promise<void> {
  const tx = db.transaction([...LEDGER_STORES], 'readwrite');
  if (accountId === null) {
    await Promise.all(LEDGER_STORES.map((store) => tx.objectStore(store).clear()));
    return tx.done;
  }
  return allOrNothing(tx, async () => {
    const range = IDBKeyRange.bound([accountId, ''], [accountId, '\uffff']);
    const numbered = IDBKeyRange.bound([accountId, 0], [accountId, Infinity]);
    await tx.objectStore('accounts').delete(accountId);
    await tx.objectStore('relations').delete(accountId);
    for (const store of ['lists', 'memberChunks', 'daily', 'checkpoints', 'people'] as const)
      await tx.objectStore(store).delete(range);
    for (const capture of await tx.objectStore('captures').index('byAccountList').getAll(range)) {
      await tx.objectStore('batches').delete(IDBKeyRange.bound([capture.id, 0], [capture.id, Infinity]));
      await tx.objectStore('captures').delete(capture.id);
    }
    for (const key of await tx.objectStore('events').index('byAccount').getAllKeys(numbered))
      await tx.objectStore('events').delete(key);
  });
}
