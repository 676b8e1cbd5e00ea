import type { AccountBackup, Backup } from '../data/backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../data/backup-format';
import type { Member } from '../domain/ledger';
import { eventsOf } from './change-sets';
import { readList } from './list-state';
import { LEDGER_STORES, type LedgerDb, type PersonRecord } from './schema';

const iso = (time: number) => new Date(time).toISOString();

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
        .map(({ handle, kind, after, before, endedBy, name, firstSeen }) => ({
          handle,
          kind,
          after: iso(after),
          before: iso(before),
          ...(endedBy ? { endedBy } : {}),
          ...(name ? { displayName: name } : {}),
          ...(firstSeen ? { firstSeen: iso(firstSeen) } : {}),
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
        ...(person?.renamedFrom ? { renamedFrom: person.renamedFrom } : {}),
        ...(person?.notRenamedFrom?.length ? { notRenamedFrom: person.notRenamedFrom } : {}),
        ...(person?.saidUnfollowedAt !== undefined ? { saidUnfollowed: iso(person.saidUnfollowedAt) } : {}),
        ...(person?.stillFollowingAt !== undefined ? { stillFollowing: iso(person.stillFollowingAt) } : {}),
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
