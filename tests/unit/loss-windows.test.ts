import { describe, expect, it } from 'vitest';

import type { EventRecord } from '../../src/storage/change-sets';
import type { CaptureRecord } from '../../src/storage/schema';
import { lossWindows } from '../../src/ui/history/loss-windows';

const capture = (endedAt: number, extra: Partial<CaptureRecord> = {}): CaptureRecord => ({
  id: `c${endedAt}`,
  accountId: 'instagram:me',
  list: 'followers',
  startedAt: endedAt - 1,
  updatedAt: endedAt,
  endedAt,
  read: 10,
  header: null,
  endReached: true,
  complete: true,
  status: 'closed',
  ...extra,
});
const lost = (handle: string, after: number, before: number, nameless?: true): EventRecord => ({
  accountId: 'instagram:me',
  handle,
  kind: 'lost-follower',
  after,
  before,
  ...(nameless ? { nameless } : {}),
});

describe('lossWindows', () => {
  it('makes one window per complete followers capture after the first, and a name sign only a page could show', () => {
    const windows = lossWindows({
      captures: [
        capture(10),
        capture(15, { complete: false }),
        capture(17, { list: 'following' }),
        capture(20, { source: 'import' }),
        capture(30),
      ],
      events: [
        lost('paged', 10, 20, true),
        lost('imported', 20, 30, true),
        lost('named', 20, 30),
        { ...lost('friend', 20, 30), kind: 'lost-friend' },
      ],
    });
    expect(windows).toEqual([
      { after: 10, before: 20, lost: [{ handle: 'paged', nameSeen: false }] },
      {
        after: 20,
        before: 30,
        lost: [
          { handle: 'imported', nameSeen: null },
          { handle: 'named', nameSeen: true },
        ],
      },
    ]);
  });

  it('has no window before a second complete capture', () => {
    expect(lossWindows({ captures: [capture(10), capture(15, { complete: false })], events: [] })).toEqual(
      [],
    );
  });
});
