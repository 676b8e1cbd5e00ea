import type { AccountBackup, Backup } from '../data/backup-format';
import { membersToColumns } from '../domain/columns';
import type { Member } from '../domain/ledger';
import { LIST_KINDS, type ListKind } from '../domain/types';
import { handlesOf } from '../domain/views';
import { changeSetsOf } from './change-sets';
import { allOrNothing, writeList } from './list-state';
import { protectedHandles } from './people';
import { type RelatedList, relationsRecord } from './relations';
import {
  accountIdOf,
  type AccountRecord,
  type CaptureRecord,
  LEDGER_STORES,
  type LedgerDb,
  type PersonRecord,
} from './schema';

const time = (text: string) => Date.parse(text);

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
            members: membersToColumns(members),
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
        if (person.renamedFrom) annotation.renamedFrom = person.renamedFrom;
        if (person.notRenamedFrom?.length) annotation.notRenamedFrom = person.notRenamedFrom;
        if (person.saidUnfollowed) annotation.saidUnfollowedAt = time(person.saidUnfollowed);
        if (person.stillFollowing) annotation.stillFollowingAt = time(person.stillFollowing);
        if (Object.keys(annotation).length > 2) await tx.objectStore('people').put(annotation);
      }
      const events = account.events.map(({ displayName, firstSeen, ...event }) => ({
        ...event,
        after: time(event.after),
        before: time(event.before),
        ...(displayName ? { name: displayName } : {}),
        ...(firstSeen ? { firstSeen: time(firstSeen) } : {}),
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
