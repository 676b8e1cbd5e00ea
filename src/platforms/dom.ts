/** DOM reading that both site adapters share. */
/** Of the headings outside any dialog, the one whose text is the handle: the header has rendered for that profile. */
export function headingNaming(headings: Iterable<Element>, owner: string): Element | null {
  for (const heading of headings) {
    if (
      !heading.closest('[role="dialog"]') &&
      heading.textContent?.trim().replace(/^@/, '').toLowerCase() === owner
    )
      return heading;
  }
  return null;
}

/** Whether the site made `element` scroll its own content (computed overflow-y auto or scroll). */
export function isScrollable(element: Element): boolean {
  const overflow = element.ownerDocument.defaultView?.getComputedStyle(element).overflowY;
  return overflow === 'auto' || overflow === 'scroll';
}

/**
 * Of `candidates` in document order, the element that really scrolls: its overflow allows it and its
 * content is taller than it (SITES: nested candidates exist). While none is taller yet (a short list,
 * or one still loading), the last one whose overflow allows it: the innermost of nested candidates.
 */
export function scrollingElement(candidates: Iterable<HTMLElement>): HTMLElement | null {
  let mayScroll: HTMLElement | null = null;
  for (const element of candidates) {
    if (!isScrollable(element)) continue;
    if (element.scrollHeight > element.clientHeight) return element;
    mayScroll = element;
  }
  return mayScroll;
}

/**
 * The elements matching `selector` in `roots` and below them. A read of the few rows a render added
 * looks only there: a virtualized list draws a handful of new rows per frame among a dozen it showed.
 */
export function matchingIn(roots: Iterable<Element>, selector: string): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    if (root.matches(selector)) found.push(root);
    const below = root.querySelectorAll(selector);
    for (let i = 0; i < below.length; i++) found.push(below[i]);
  }
  return found;
}
