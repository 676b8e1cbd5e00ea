import { describe, expect, it } from 'vitest';

import { failed, finished, isVerified, READING } from '../../src/content/capture-phase';
import { translatable } from '../../src/i18n/translatable';

const result = { complete: true, endReached: true, read: 3 };
const restarted = translatable('extensionRestarted');
const noAnswer = translatable('noAnswer');

describe('the capture phase', () => {
  it('sends nothing before the list is verified, nor once it is unreadable', () => {
    expect(isVerified(READING)).toBe(false);
    expect(isVerified({ kind: 'reading', verified: true })).toBe(true);
    expect(isVerified({ kind: 'ending' })).toBe(true);
    expect(isVerified({ kind: 'unreadable', landmark: 'rows' })).toBe(false);
  });

  it('keeps the first problem over a verdict that comes later, and an unreadable list over both', () => {
    expect(finished({ kind: 'ending' }, result)).toEqual({ kind: 'finished', result });
    const problem = failed({ kind: 'ending' }, restarted);
    expect(finished(problem, result)).toBe(problem);
    expect(failed(problem, noAnswer)).toBe(problem);
    expect(failed({ kind: 'finished', result }, noAnswer)).toEqual({ kind: 'failed', problem: noAnswer });
    const unreadable = { kind: 'unreadable', landmark: 'count' } as const;
    expect(failed(unreadable, noAnswer)).toBe(unreadable);
    expect(finished(unreadable, result)).toBe(unreadable);
  });
});
