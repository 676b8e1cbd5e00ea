import { describe, expect, it } from 'vitest';

import { followAge } from '../../src/domain/follow-age';
import { applyCapture } from './support/apply-capture';

const DAY = 86_400_000;
const NOW = 1_000 * DAY;

describe('followAge', () => {
  it.each([
    // [what, firstSeen, capture ends, download ends, basis, days]
    [
      'a follow date a download gave, older than any capture',
      NOW - 200 * DAY,
      [NOW - 20 * DAY],
      [NOW - DAY],
      'follow-date',
      200,
    ],
    ['first seen by a page capture', NOW - 20 * DAY, [NOW - 20 * DAY], [], 'first-seen', 20],
    // Must not claim a follow date:
    [
      'first seen by a capture even with a download later',
      NOW - 20 * DAY,
      [NOW - 20 * DAY, NOW - DAY],
      [NOW - DAY],
      'first-seen',
      20,
    ],
    [
      'a date no capture ended at, but no download that could hold it',
      NOW - 9 * DAY,
      [NOW - 20 * DAY],
      [],
      'first-seen',
      9,
    ],
    [
      'a date after every download (a stale capture)',
      NOW - 3 * DAY,
      [NOW - 20 * DAY],
      [NOW - 5 * DAY],
      'first-seen',
      3,
    ],
    [
      'a row of a download with no date, dated by the download',
      NOW - 5 * DAY,
      [NOW - 5 * DAY],
      [NOW - 5 * DAY],
      'first-seen',
      5,
    ],
    ['seen today', NOW - 1000, [NOW - 1000], [], 'first-seen', 0],
  ] as const)('%s', (_case, firstSeen, captures, downloads, basis, days) => {
    expect(followAge(firstSeen, new Set(captures), downloads, NOW)).toEqual({
      since: firstSeen,
      basis,
      days,
    });
  });

  it('never counts negative days when the clock is behind', () => {
    expect(followAge(NOW + DAY, new Set([NOW + DAY]), [], NOW).days).toBe(0);
  });
});

describe('a download’s follow date reaches a member first seen by a capture', () => {
  const state = {
    members: [{ handle: 'ana', firstSeen: NOW - 20 * DAY, lastSeen: NOW - 20 * DAY }],
    baselineAt: null,
    baselineHeader: null,
  };
  const fold = (since?: number) =>
    applyCapture(state, {
      list: 'following',
      endedAt: NOW,
      rows: [{ handle: 'ana', ...(since === undefined ? {} : { since }) }],
      complete: false,
      short: false,
      header: null,
    }).next.members[0].firstSeen;

  it.each([
    ['an older follow date wins', NOW - 200 * DAY, NOW - 200 * DAY],
    ['a newer one (a follow again since) does not', NOW - 5 * DAY, NOW - 20 * DAY],
    ['a page row, with no date, changes nothing', undefined, NOW - 20 * DAY],
  ])('%s', (_case, since, firstSeen) => {
    expect(fold(since)).toBe(firstSeen);
  });
});
