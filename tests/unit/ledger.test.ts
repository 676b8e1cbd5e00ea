import { describe, expect, it } from 'vitest';

import type { ListState } from '../../src/domain/ledger';
import type { CountReading } from '../../src/domain/types';
import { applyCapture, type FinishedCapture } from './support/apply-capture';

const DAY = 86_400_000;
const exact = (value: number): CountReading => ({ value, unit: 1 });
const rows = (...handles: string[]) => handles.map((handle) => ({ handle }));
const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

function capture(at: number, handles: string[], over: Partial<FinishedCapture> = {}): FinishedCapture {
  return {
    list: 'followers',
    endedAt: at,
    rows: rows(...handles),
    complete: true,
    short: false,
    header: exact(handles.length),
    ...over,
  };
}

/** Applies captures in order, collecting every event. */
function run(...captures: FinishedCapture[]) {
  let state: ListState = { members: [], baselineAt: null, baselineHeader: null };
  const events = [];
  for (const next of captures) {
    const result = applyCapture(state, next);
    state = result.next;
    events.push(...result.events);
  }
  return { state, events };
}
const memberHandles = (state: ListState) => state.members.map((m) => m.handle).sort();

describe('applyCapture', () => {
  it('takes the first complete capture as the baseline, with no events', () => {
    const { state, events } = run(capture(DAY, ['a', 'b', 'c']));
    expect(events).toEqual([]);
    expect(memberHandles(state)).toEqual(['a', 'b', 'c']);
    expect(state.baselineAt).toBe(DAY);
  });

  it('dates new and lost followers by the window between the two complete captures', () => {
    const { events } = run(capture(DAY, ['a', 'b', 'c']), capture(3 * DAY, ['a', 'c', 'd']));
    expect(events).toEqual([
      { handle: 'd', kind: 'new-follower', after: DAY, before: 3 * DAY },
      { handle: 'b', kind: 'lost-follower', after: DAY, before: 3 * DAY },
    ]);
  });

  it('uses followed / unfollowed for the following list', () => {
    const { events } = run(
      capture(DAY, ['a', 'b'], { list: 'following' }),
      capture(2 * DAY, ['b', 'c'], { list: 'following' }),
    );
    expect(events.map((e) => [e.handle, e.kind])).toEqual([
      ['c', 'followed'],
      ['a', 'unfollowed'],
    ]);
  });

  it('never records a loss from a partial capture, but counts its presence', () => {
    const { state, events } = run(
      capture(DAY, ['a', 'b', 'c']),
      capture(2 * DAY, ['a', 'x'], { complete: false, short: true, header: exact(4) }),
    );
    expect(events).toEqual([{ handle: 'x', kind: 'new-follower', after: DAY, before: 2 * DAY }]);
    expect(memberHandles(state)).toEqual(['a', 'b', 'c', 'x']);
    expect(state.baselineAt).toBe(DAY);
  });

  it('calls nobody new before a complete capture exists', () => {
    const { events, state } = run(
      capture(DAY, ['a'], { complete: false, short: true, header: exact(3) }),
      capture(2 * DAY, ['a', 'b', 'c']),
    );
    expect(events).toEqual([]);
    expect(memberHandles(state)).toEqual(['a', 'b', 'c']);
  });

  it('dates a loss from the last capture that saw them, even a partial one', () => {
    const { events } = run(
      capture(DAY, ['a', 'b']),
      capture(2 * DAY, ['b'], { complete: false, short: true }),
      capture(4 * DAY, ['a']),
    );
    expect(events).toEqual([{ handle: 'b', kind: 'lost-follower', after: 2 * DAY, before: 4 * DAY }]);
  });

  it('marks absentees of a short complete capture missing, and a reappearance clears them without an event', () => {
    const first = capture(DAY, range('f', 100));
    const short = capture(2 * DAY, range('f', 97), { short: true, header: exact(100) });
    const back = capture(3 * DAY, range('f', 100));
    const afterShort = run(first, short);
    expect(afterShort.events).toEqual([]);
    expect(afterShort.state.members.filter((m) => m.missingSince === 2 * DAY).map((m) => m.handle)).toEqual([
      'f97',
      'f98',
      'f99',
    ]);
    const afterBack = run(first, short, back);
    expect(afterBack.events).toEqual([]);
    expect(afterBack.state.members.every((m) => m.missingSince === undefined)).toBe(true);
    expect(afterBack.state.members.every((m) => !('missingSince' in m))).toBe(true);
  });

  it('turns missing into lost when the next complete capture agrees', () => {
    const { events, state } = run(
      capture(DAY, range('f', 100)),
      capture(2 * DAY, range('f', 97), { short: true, header: exact(100) }),
      capture(3 * DAY, range('f', 97), { short: true, header: exact(100) }),
    );
    expect(events.map((e) => [e.handle, e.kind, e.after, e.before])).toEqual([
      ['f97', 'lost-follower', DAY, 3 * DAY],
      ['f98', 'lost-follower', DAY, 3 * DAY],
      ['f99', 'lost-follower', DAY, 3 * DAY],
    ]);
    expect(state.members).toHaveLength(97);
  });

  it('keeps missing accounts missing through a partial capture', () => {
    const { events, state } = run(
      capture(DAY, range('f', 10)),
      capture(2 * DAY, range('f', 9), { short: true, header: exact(10) }),
      capture(3 * DAY, ['f0'], { complete: false, short: true }),
    );
    expect(events).toEqual([]);
    expect(state.members.find((m) => m.handle === 'f9')?.missingSince).toBe(2 * DAY);
  });

  it('header 103 → 101 with 3 new and 5 absent: the 5 are lost at once', () => {
    const before = range('f', 100);
    const after = [...before.slice(5), 'n0', 'n1', 'n2'];
    const { events } = run(
      capture(DAY, before, { header: exact(103), short: true }),
      capture(2 * DAY, after, { header: exact(101), short: true }),
    );
    expect(events.filter((e) => e.kind === 'new-follower').map((e) => e.handle)).toEqual(['n0', 'n1', 'n2']);
    expect(events.filter((e) => e.kind === 'lost-follower').map((e) => e.handle)).toEqual(range('f', 5));
  });

  it('does not trust a header change that does not add up, nor an abbreviated one', () => {
    const before = range('f', 100);
    const after = [...before.slice(5), 'n0', 'n1', 'n2'];
    const mismatched = run(
      capture(DAY, before, { header: exact(103), short: true }),
      capture(2 * DAY, after, { header: exact(102), short: true }),
    );
    expect(mismatched.events.filter((e) => e.kind === 'lost-follower')).toEqual([]);
    const coarse = run(
      capture(DAY, before, { header: { value: 100, unit: 10 }, short: true }),
      capture(2 * DAY, after, { header: { value: 100, unit: 10 }, short: true }),
    );
    expect(coarse.events.filter((e) => e.kind === 'lost-follower')).toEqual([]);
  });

  it('keeps the newest display name and verified mark', () => {
    const { state } = run(
      capture(DAY, [], { rows: [{ handle: 'a', displayName: 'Old' }], header: exact(1) }),
      capture(2 * DAY, [], { rows: [{ handle: 'a', displayName: 'New', verified: true }], header: exact(1) }),
    );
    expect(state.members).toEqual([
      { handle: 'a', displayName: 'New', verified: true, firstSeen: DAY, lastSeen: 2 * DAY },
    ]);
  });
});
