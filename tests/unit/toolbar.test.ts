import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it } from 'vitest';

import { createToolbar } from '../../src/background/toolbar';
import { openLedgerDb } from '../../src/storage/open-ledger-db';
import type { ToolbarState } from '../../src/storage/rhythm';
import { writeRhythm } from '../../src/storage/rhythm';
import { type CaptureRecord, type LedgerDb } from '../../src/storage/schema';

const DAY = 86_400_000;
const ACCOUNT = 'instagram:me';

function capture(
  id: string,
  list: 'followers' | 'following',
  endedAt: number,
  complete: boolean,
): CaptureRecord {
  return {
    id,
    accountId: ACCOUNT,
    list,
    startedAt: endedAt - 1000,
    updatedAt: endedAt,
    endedAt,
    read: 3,
    header: null,
    endReached: true,
    complete,
    status: 'closed',
  };
}

describe('the toolbar', () => {
  let db: LedgerDb;
  let n = 0;
  let now = 0;
  let shown: [number, ToolbarState | null][] = [];
  const toolbar = () =>
    createToolbar({
      db: async () => db,
      now: () => now,
      show: async (tab, state) => void shown.push([tab, state]),
      siteTabs: async () => [
        { tabId: 7, accountId: ACCOUNT },
        { tabId: 8, accountId: 'tiktok:other' },
      ],
    });

  beforeEach(async () => {
    db = await openLedgerDb(`toolbar-test-${n++}`);
    shown = [];
    await db.put('accounts', {
      id: ACCOUNT,
      platform: 'instagram',
      handle: 'me',
      firstCaptureAt: 0,
      lastCaptureAt: 0,
    });
    await db.put('captures', capture('f1', 'followers', 10 * DAY, true));
    // A later partial capture proves no absence: the reminder still counts from the complete one.
    await db.put('captures', capture('f2', 'followers', 12 * DAY, false));
    await db.put('captures', capture('g1', 'following', 11 * DAY, true));
    await db.add('events', {
      accountId: ACCOUNT,
      before: 10 * DAY,
      handles: ['a', 'b', 'c'],
      kinds: ['new-follower', 'new-follower', 'lost-friend'],
      afters: [9 * DAY, 9 * DAY, 9 * DAY],
      endedBy: ['', '', 'them'],
    });
  });

  it('counts unseen changes and the lists older than the rhythm, for the tab it was asked about', async () => {
    now = 17.5 * DAY;
    await toolbar().refresh(4, ACCOUNT);
    expect(shown).toEqual([
      [
        4,
        {
          seenAt: null,
          unseen: { 'new-follower': 2, 'lost-friend': 1 },
          unseenTotal: 3,
          unseenSince: 10 * DAY,
          due: [{ list: 'followers', lastCompleteAt: 10 * DAY, days: 7 }],
        },
      ],
    ]);
    await writeRhythm(db, 'off');
    await toolbar().refresh(4, ACCOUNT);
    expect(shown[1][1]?.due).toEqual([]);
  });

  it('opening the popup returns what was new, then counts it seen on every tab of that account', async () => {
    now = 11 * DAY;
    const before = await toolbar().opened(ACCOUNT);
    expect(before?.unseenTotal).toBe(3);
    expect(shown).toEqual([[7, expect.objectContaining({ unseenTotal: 0 })]]);
    const after = await toolbar().opened(ACCOUNT);
    expect(after).toMatchObject({ seenAt: 11 * DAY, unseenTotal: 0, unseen: {} });
    expect(await toolbar().opened('instagram:nobody')).toBeNull();
  });
});
