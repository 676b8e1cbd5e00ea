import { describe, expect, it } from 'vitest';

import { judgeCapture } from '../../src/domain/capture-rules';

const exact = (value: number) => ({ value, unit: 1 });

describe('judgeCapture', () => {
  it.each([
    // read, header, endReached → complete, short
    [1234, exact(1234), true, true, false],
    [1180, exact(1234), true, true, true], // 4.4 % short: within Instagram's tolerance
    [1172, exact(1234), true, true, true], // 5 % short, rounded down: still within
    [1171, exact(1234), true, false, true], // beyond 5 %: the list did not load fully
    [1234, exact(1234), false, false, true], // end not reached: never complete
    [0, exact(0), true, true, false], // an empty list read to its end is complete
    [30, exact(31), true, true, true],
    [28, exact(31), true, false, true],
    [12300, { value: 12300, unit: 100 }, true, true, true], // "12.3K" cannot prove nobody was missed
    [11630, { value: 12300, unit: 100 }, true, false, true],
    [11640, { value: 12300, unit: 100 }, true, true, true], // 5 % below the smallest "12.3K" can mean
    [500, null, true, false, true], // no header: coverage unknown, so not complete
  ])('read %i of %o, end reached %s → complete %s, short %s', (read, header, endReached, complete, short) => {
    expect(judgeCapture({ read, header, endReached, tolerance: 0.05 })).toEqual({ complete, short });
  });
});
