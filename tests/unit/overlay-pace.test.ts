import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { COUNT_GAP_MS, paceViews } from '../../src/content/overlay-pace';
import type { CaptureView, OverlayView } from '../../src/content/overlay-view';

const reading = (read: number, more: Partial<CaptureView> = {}): CaptureView => ({
  platform: 'instagram',
  list: 'followers',
  read,
  header: { value: 3000, unit: 1 },
  phase: 'reading',
  assisting: false,
  ...more,
});

let drawn: (OverlayView | null)[];
const counts = () => drawn.map((view) => (view && 'read' in view ? view.read : null));

beforeEach(() => {
  vi.useFakeTimers();
  drawn = [];
});
afterEach(() => vi.useRealTimers());

describe('overlay pace', () => {
  it('a count moving on every look is drawn a few times a second, and its latest value always', async () => {
    const show = paceViews((view) => drawn.push(view));
    for (let read = 12; read <= 12 * 40; read += 12) {
      show(reading(read));
      await vi.advanceTimersByTimeAsync(30);
    }
    // 1.2 s of looks every 30 ms: the first at once, then one per gap.
    expect(drawn.length).toBeLessThanOrEqual(Math.ceil(1200 / COUNT_GAP_MS) + 1);
    await vi.advanceTimersByTimeAsync(COUNT_GAP_MS);
    expect(counts().at(-1)).toBe(480);
    expect(counts()).toEqual([...counts()].sort((a, b) => a! - b!));
  });

  it('any change besides the count is drawn at once, with the count it came with', async () => {
    const show = paceViews((view) => drawn.push(view));
    show(reading(12));
    show(reading(24));
    expect(counts()).toEqual([12]);
    show(reading(36, { phase: 'ending' }));
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toMatchObject({ read: 36, phase: 'ending' });
    await vi.advanceTimersByTimeAsync(COUNT_GAP_MS * 2);
    expect(drawn).toHaveLength(2);
    show(null);
    expect(drawn.at(-1)).toBeNull();
  });

  it('a view the same as the one on screen is not drawn, and cancels a count still waiting', async () => {
    const show = paceViews((view) => drawn.push(view));
    show(reading(12));
    show(reading(12));
    expect(drawn).toHaveLength(1);
    show(reading(24));
    show(reading(12));
    await vi.advanceTimersByTimeAsync(COUNT_GAP_MS * 2);
    expect(counts()).toEqual([12]);
  });
});
