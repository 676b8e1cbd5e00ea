import 'fake-indexeddb/auto';

import { describe, expect, it } from 'vitest';

import type { LedgerEvent } from '../../src/domain/ledger';
import { changeSetsOf, eventsOf } from '../../src/storage/change-sets';
import { personHistory } from '../../src/storage/ledger-reader';
import { openLedgerDb } from '../../src/storage/open-ledger-db';

const events: LedgerEvent[] = [
  { handle: 'ana', kind: 'new-follower', after: 1, before: 5 },
  { handle: 'bo', kind: 'lost-follower', after: 3, before: 5 },
  { handle: 'bo', kind: 'lost-friend', after: 3, before: 5, endedBy: 'them' },
  { handle: 'cy', kind: 'unfollowed', after: 5, before: 9 },
];

describe('change sets', () => {
  it('group the changes of each capture into one record and give back exactly the same changes', () => {
    const sets = changeSetsOf('instagram:me', events);
    expect(sets.map((set) => [set.before, set.handles])).toEqual([
      [5, ['ana', 'bo', 'bo']],
      [9, ['cy']],
    ]);
    expect(eventsOf(sets)).toEqual(events.map((event) => ({ ...event, accountId: 'instagram:me' })));
  });

  it('mark the lost followers who left without a display name, and nothing else of theirs', () => {
    const sets = changeSetsOf('instagram:me', events, new Set(['bo', 'cy']));
    expect(sets.map((set) => set.nameless)).toEqual([[1], undefined]);
    expect(eventsOf(sets).filter((event) => event.nameless)).toEqual([
      { handle: 'bo', kind: 'lost-follower', after: 3, before: 5, accountId: 'instagram:me', nameless: true },
    ]);
  });

  it("give one account's changes on request", () => {
    expect(eventsOf(changeSetsOf('instagram:me', events), 'bo').map((event) => event.kind)).toEqual([
      'lost-follower',
      'lost-friend',
    ]);
  });

  it("an account's history comes from its own ledger only, newest first", async () => {
    const db = await openLedgerDb('change-sets-history');
    for (const set of [
      ...changeSetsOf('instagram:me', events),
      ...changeSetsOf('tiktok:me', [{ handle: 'bo', kind: 'followed', after: 0, before: 20 }]),
    ]) {
      await db.add('events', set);
    }
    const history = await personHistory(db, 'instagram:me', 'bo');
    expect(history.events.map((event) => [event.accountId, event.kind])).toEqual([
      ['instagram:me', 'lost-follower'],
      ['instagram:me', 'lost-friend'],
    ]);
    db.close();
  });
});
