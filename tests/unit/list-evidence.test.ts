import { describe, expect, it } from 'vitest';

import { movedFrom, trackHeader } from '../../src/domain/header-track';
import { placeList } from '../../src/domain/list-evidence';
import { createStartBound } from '../../src/domain/start-bound';

describe('placeList', () => {
  it.each([
    [[], null],
    [[null, null], null],
    [['followers', null, 'followers'], 'followers'],
    [[null, 'following'], 'following'],
    [['followers', 'following'], 'conflict'],
    [['followers', null, 'following'], 'conflict'],
    [['not-a-list', 'followers'], 'conflict'],
    [['not-a-list', null], 'not-a-list'],
    [['conflict', null], 'conflict'],
  ] as const)('%j → %s', (evidence, placed) => {
    expect(placeList(evidence)).toBe(placed);
  });
});

describe('createStartBound', () => {
  it('allows a few starts in a window, refuses a storm, and allows again once the window has passed', () => {
    const bound = createStartBound(3, 60_000);
    expect([0, 10, 20].map((at) => bound.tryStart(at))).toEqual([true, true, true]);
    // Hundreds of attempts a second start nothing more.
    for (let at = 21; at < 6000; at += 3) expect(bound.tryStart(at)).toBe(false);
    expect(bound.tryStart(60_000)).toBe(true);
    expect(bound.tryStart(60_005)).toBe(false);
  });
});

describe('trackHeader', () => {
  it('keeps the first count, follows the latest, and keeps the last when the header is gone for a moment', () => {
    let track = trackHeader({ first: null, now: null }, null);
    expect(movedFrom(track)).toBeUndefined();
    track = trackHeader(track, { value: 40, unit: 1 });
    expect(track).toEqual({ first: { value: 40, unit: 1 }, now: { value: 40, unit: 1 } });
    expect(movedFrom(track)).toBeUndefined();
    track = trackHeader(track, { value: 400, unit: 1 });
    track = trackHeader(track, null);
    expect(track.now).toEqual({ value: 400, unit: 1 });
    expect(movedFrom(track)).toEqual({ value: 40, unit: 1 });
  });
});
