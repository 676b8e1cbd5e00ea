/** Hears every change to the page's tree; returns a function that stops hearing it. */
export type ListenToPage = (listener: (records: readonly MutationRecord[]) => void) => () => void;

/**
 * One observer of the whole page for every part of the content script. A list re-renders on every
 * frame of a scroll, and each observer of the document costs the page's main thread a call (and an
 * array of records) per frame: the capture, the badge and the toolbar share this one.
 */
export function watchPage(doc: Document): { listen: ListenToPage; stop(): void } {
  const listeners = new Set<(records: readonly MutationRecord[]) => void>();
  const observer = new MutationObserver((records) => {
    for (const listener of listeners) listener(records);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      observer.disconnect();
      listeners.clear();
    },
  };
}
