import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { SendOutcome } from '../../src/content/batch-sender';
import { createRowBatches, FLUSH_DELAY_MS, MAX_BATCH_ROWS } from '../../src/content/row-batches';
import type { CaptureBatch } from '../../src/domain/capture';

let sent: CaptureBatch[];

function batches() {
  return createRowBatches({
    capture: { id: 's1', platform: 'instagram', owner: 'me.shop', list: 'followers' },
    send: async (message): Promise<SendOutcome> => {
      sent.push(message);
      return { kind: 'sent', reply: { read: 0, complete: false } };
    },
    header: () => ({ value: 5000, unit: 1 }),
    verified: () => true,
    ownerHere: () => true,
    onOwnerGone: () => undefined,
    onOutcome: () => undefined,
  });
}

/** One page of the site's list: 12 rows, as a fast scroll brings them every few frames. */
const page = (index: number) => Array.from({ length: 12 }, (_, i) => ({ handle: `fan_${index * 12 + i}` }));
const handlesSent = () => sent.flatMap((message) => message.rows.map((row) => row.handle));

beforeEach(() => {
  vi.useFakeTimers();
  sent = [];
});
afterEach(() => vi.useRealTimers());

describe('row batches', () => {
  it('a fast scroll: pages read within a moment go in one message, every account once and in order', async () => {
    const rows = batches();
    for (let index = 0; index < 8; index++) {
      rows.add([...page(index), ...(index > 0 ? page(index - 1) : [])]);
      await vi.advanceTimersByTimeAsync(30);
    }
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(sent).toHaveLength(1);
    expect(handlesSent()).toEqual(Array.from({ length: 96 }, (_, i) => `fan_${i}`));
    expect(rows.read()).toBe(96);
  });

  it('a batch is sent at the latest a moment after its first row, however the scroll goes on', async () => {
    const rows = batches();
    for (let index = 0; index < 40; index++) {
      rows.add(page(index));
      await vi.advanceTimersByTimeAsync(30);
    }
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    // 1.2 s of scrolling: four or five messages, not one per page.
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.length).toBeLessThanOrEqual(5);
    expect(sent.map((message) => message.seq)).toEqual(sent.map((_, i) => i));
    expect(new Set(handlesSent()).size).toBe(480);
    expect(handlesSent()).toHaveLength(480);
  });

  it('no message holds more than its cap', async () => {
    const rows = batches();
    // A list that renders every row it loaded (none of the sites' lists is known to, but nothing says not).
    rows.add(Array.from({ length: MAX_BATCH_ROWS * 2 + 5 }, (_, i) => ({ handle: `fan_${i}` })));
    expect(sent.map((message) => message.rows.length)).toEqual([MAX_BATCH_ROWS, MAX_BATCH_ROWS, 5]);
    sent = [];
    const more = batches();
    for (let index = 0; index < 30; index++) more.add(page(index));
    expect(sent.every((message) => message.rows.length <= MAX_BATCH_ROWS)).toBe(true);
    await vi.advanceTimersByTimeAsync(FLUSH_DELAY_MS);
    expect(handlesSent()).toHaveLength(360);
  });
});
