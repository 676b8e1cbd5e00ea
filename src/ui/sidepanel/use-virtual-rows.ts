import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
  type VirtualizerOptions,
} from '@tanstack/virtual-core';
import { type MutableRef, useLayoutEffect, useReducer, useState } from 'preact/hooks';

/**
 * Preact binding for @tanstack/virtual-core, the way its React adapter binds it: only the rows in view
 * (plus a few) are in the DOM, so a 100,000-row list costs what a 30-row one does.
 */
export function useVirtualRows(count: number, scroller: MutableRef<HTMLElement | null>, rowHeight: number) {
  const [, rerender] = useReducer((tick: number) => tick + 1, 0);
  const options: VirtualizerOptions<HTMLElement, HTMLElement> = {
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    // The window's height until the list is measured, so the first render already draws the rows in view.
    initialRect: { width: 0, height: window.innerHeight },
    overscan: 8,
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    onChange: () => rerender(0),
  };
  const [virtualizer] = useState(() => new Virtualizer(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
