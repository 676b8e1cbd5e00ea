import type { ReviewEntry, ReviewView, ViewId } from './review-views';

/** What a view lists: the items themselves, or their count beside a way to build them when shown. */
export type ViewItems<T> = T[] | { size: number; protectedCount: number; build: () => T[] };

/**
 * Builds review views that keep protected accounts out. A list that is costly to build is given as its
 * size and protected count, and built only when the view is shown.
 */
export function viewBuilder(protectedSet: ReadonlySet<string>) {
  return function view<T extends { handle: string }>(
    id: ViewId,
    label: string,
    items: ViewItems<T>,
    toEntry: (item: T) => ReviewEntry,
    empty: string,
    notYet?: string,
  ): ReviewView {
    let built: T[] | undefined = Array.isArray(items) ? items : undefined;
    const listed = () => (notYet ? [] : (built ??= (items as { build: () => T[] }).build()));
    const protectedCount = notYet
      ? 0
      : Array.isArray(items)
        ? items.filter((item) => protectedSet.has(item.handle)).length
        : items.protectedCount;
    const size = notYet ? 0 : Array.isArray(items) ? items.length : items.size;
    let entries: ReviewEntry[] | undefined;
    return {
      id,
      label,
      count: size - protectedCount,
      protectedCount,
      empty,
      unavailable: notYet,
      get entries() {
        const all = listed();
        return (entries ??= (
          protectedSet.size ? all.filter((item) => !protectedSet.has(item.handle)) : all
        ).map(toEntry));
      },
    };
  };
}
