import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createLookSchedule, LOOK_MS, READING_LOOK_MS } from '../../src/content/look-schedule';

describe('the look schedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('changes coming together are looked at once; a look waits for no later change', () => {
    const look = vi.fn();
    const looks = createLookSchedule(look);
    looks.soon();
    vi.advanceTimersByTime(LOOK_MS - 1);
    looks.soon();
    expect(look).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(look).toHaveBeenCalledTimes(1);
  });

  it('a slow look while reading is brought forward by a change that must be looked at soon, never put off', () => {
    const look = vi.fn();
    const looks = createLookSchedule(look);
    looks.soon(READING_LOOK_MS);
    vi.advanceTimersByTime(10);
    looks.within(LOOK_MS);
    vi.advanceTimersByTime(LOOK_MS);
    expect(look).toHaveBeenCalledTimes(1);
    // A look due sooner than asked stays as it is.
    looks.soon(10);
    looks.within(LOOK_MS);
    vi.advanceTimersByTime(10);
    expect(look).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(READING_LOOK_MS);
    expect(look).toHaveBeenCalledTimes(2);
    expect(looks.count()).toBe(2);
  });
});
