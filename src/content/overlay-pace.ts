import type { OverlayView } from './overlay-view';

/** A count that moves on is drawn at most this often: a person reads a few figures a second, no more. */
export const COUNT_GAP_MS = 250;

/**
 * Passes to `draw` the views worth drawing. The capture looks at the page several times a second while
 * the person scrolls, and each look may move only the count of rows read: such a view waits until
 * the last one drawn is `COUNT_GAP_MS` old, and the latest one waiting is drawn then. Any other
 * change is drawn at once; a view the same as the one on screen is not drawn again.
 */
export function paceViews(draw: (view: OverlayView | null) => void) {
  let shown: OverlayView | null = null;
  let drawnAt = -Infinity;
  let waiting: OverlayView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function drawNow(view: OverlayView | null) {
    clearTimeout(timer);
    timer = undefined;
    shown = view;
    drawnAt = Date.now();
    draw(view);
  }

  return (view: OverlayView | null) => {
    const changed = view && shown ? changedKeys(view, shown) : null;
    if (changed?.length === 0) {
      clearTimeout(timer);
      timer = undefined;
      return;
    }
    const gap = drawnAt + COUNT_GAP_MS - Date.now();
    if (!changed?.every((key) => key === 'read') || gap <= 0) return drawNow(view);
    waiting = view;
    timer ??= setTimeout(() => drawNow(waiting), gap);
  };
}

/** The fields whose value differs; a count or a message read again is a new object with the same value. */
function changedKeys(a: OverlayView, b: OverlayView): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof OverlayView)[]);
  return [...keys].filter((key) => a[key] !== b[key] && JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
