import type { Platform } from '../domain/types';
import type { Translatable } from '../i18n/translatable';
import type { OverlayView } from './overlay-view';

/** How long the result stays on screen after the list was closed. */
const RESULT_LINGER_MS = 6000;

/**
 * What the box shows while no list is read: why an open list is not read, or for a while the result
 * of the list just closed. A reason not to read stays over any result.
 */
export function createIdleOverlay(
  platform: Platform,
  show: (view: OverlayView | null) => void,
  reading: () => boolean,
) {
  let refusal: Translatable | null = null;
  let lingerTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    /** Shows why the open list is not read, once per reason; null takes the reason away. */
    refuse(reason: Translatable | null) {
      if (reason?.key === refusal?.key) return;
      refusal = reason;
      if (reason) show({ platform, refusal: reason });
      else if (!reading()) show(null);
    },
    /** Shows a closed list's result for a while, unless what closed it is why the next can't be read. */
    linger(view: OverlayView) {
      if (refusal) return;
      show(view);
      clearTimeout(lingerTimer);
      lingerTimer = setTimeout(() => {
        if (!reading() && !refusal) show(null);
      }, RESULT_LINGER_MS);
    },
    stopLinger() {
      clearTimeout(lingerTimer);
    },
  };
}
